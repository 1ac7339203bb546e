import type { Category } from '@conectamos/consent';
import type { BannerStrings } from './banner-strings';
import { OPTIONAL_CATEGORIES } from './categories';
import type { Build } from './dom';

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
  t: BannerStrings;
  /** The cookie policy, already checked to be an http(s) URL. */
  policyUrl: string | undefined;
  /** The categories the site uses: the banner names only their purposes. */
  categories: readonly Category[];
  /** What the buttons do. */
  actions: BannerActions;
}

/**
 * The banner: a labelled region fixed to the bottom of the viewport, over the page (the page never
 * moves) and without a focus trap. "Only necessary" and "Accept all" are the same element with the
 * same class, side by side: a harder reject is not valid consent.
 */
export function createBanner({ h, t, policyUrl, categories, actions }: BannerSetup): HTMLElement {
  return h(
    'section',
    { role: 'region', 'aria-labelledby': 'banner-title', class: 'banner' },
    h(
      'div',
      { class: 'banner-text' },
      h('p', { class: 'banner-title', id: 'banner-title' }, t.bannerTitle),
      h('p', {}, explanation(t, categories), ' ', policyUrl && h('a', { href: policyUrl }, t.policy)),
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

/**
 * What the banner says: the strictly necessary sentence, then, if the site uses any optional category,
 * the purposes of those in use only ("to remember your settings and understand how the site is used").
 */
function explanation(t: BannerStrings, categories: readonly Category[]): string {
  const purposes = OPTIONAL_CATEGORIES.filter((category) => categories.includes(category)).map(
    (category) => t[`${category}Purpose`],
  );
  const last = purposes.pop();
  if (last === undefined) return t.bannerNecessary;
  const list = purposes.length > 0 ? `${purposes.join(', ')} ${t.and} ${last}` : last;
  // A function, so a `$` in an override is not read as a replacement pattern.
  return `${t.bannerNecessary} ${t.bannerOptional.replace('{purposes}', () => list)}`;
}
