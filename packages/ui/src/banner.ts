import type { Build } from './dom';
import type { UIStrings } from './strings';

/** What the banner's buttons do. */
export interface BannerActions {
  /** "Accept all". */
  acceptAll(): void;
  /** "Only necessary". */
  onlyNecessary(): void;
  /** "Preferences": opens the dialog. */
  preferences(): void;
}

/** What the banner is built from. */
export interface BannerSetup {
  /** Element builder for the page's document. */
  h: Build;
  /** The texts. */
  t: UIStrings;
  /** The cookie policy, already checked to be an http(s) URL. */
  policyUrl: string | undefined;
  /** What the buttons do. */
  actions: BannerActions;
}

/**
 * The banner: a labelled region fixed to the bottom of the viewport, over the page (the page never
 * moves) and without a focus trap. "Only necessary" and "Accept all" are the same element with the
 * same class, side by side: a harder reject is not valid consent.
 */
export function createBanner({ h, t, policyUrl, actions }: BannerSetup): HTMLElement {
  return h(
    'section',
    { role: 'region', 'aria-labelledby': 'banner-title', class: 'banner' },
    h(
      'div',
      { class: 'banner-text' },
      h('p', { class: 'banner-title', id: 'banner-title' }, t.bannerTitle),
      h('p', {}, t.bannerText, ' ', policyUrl && h('a', { href: policyUrl }, t.policy)),
    ),
    h(
      'div',
      { class: 'banner-actions' },
      h('button', { class: 'button secondary', onclick: actions.preferences }, t.preferences),
      h('button', { class: 'button', onclick: actions.onlyNecessary }, t.onlyNecessary),
      h('button', { class: 'button', onclick: actions.acceptAll }, t.acceptAll),
    ),
  );
}
