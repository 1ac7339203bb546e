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

/**
 * The banner: a labelled region fixed to the bottom of the viewport, over the page (the page never
 * moves) and without a focus trap. "Only necessary" and "Accept all" are the same element with the
 * same class, side by side: a harder reject is not valid consent.
 */
export function createBanner(
  h: Build,
  t: UIStrings,
  policyUrl: string | undefined,
  actions: BannerActions,
): HTMLElement {
  return h(
    'section',
    { role: 'region', 'aria-labelledby': 'bt', class: 'banner' },
    h(
      'div',
      { class: 'txt' },
      h('p', { class: 'ttl', id: 'bt' }, t.bannerTitle),
      h('p', {}, t.bannerText, ' ', policyUrl && h('a', { href: policyUrl }, t.policy)),
    ),
    h(
      'div',
      { class: 'act' },
      h('button', { class: 'btn alt', onclick: actions.preferences }, t.preferences),
      h('button', { class: 'btn', onclick: actions.onlyNecessary }, t.onlyNecessary),
      h('button', { class: 'btn', onclick: actions.acceptAll }, t.acceptAll),
    ),
  );
}
