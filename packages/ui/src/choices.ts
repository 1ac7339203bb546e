import type { Choice, Consent, DecisionAction, DecisionContext } from '@conectamos/consent';
import { categoriesInUse, OPTIONAL_CATEGORIES } from './categories';
import type { Lang } from './languages';

/**
 * What a decision made with a button of `surface` (the banner or the dialog) tells its receipt: the
 * button, the language, and every text the surface showed, as its `textContent` at the moment of the
 * click. The core hashes it only when receipts are sent, after the decision has taken effect.
 */
export const decidedIn = (surface: Element, action: DecisionAction, lang: Lang): DecisionContext => ({
  action,
  lang,
  text: surface.textContent ?? '',
});

/**
 * "Accept all", as one commit (one `change`, one storage write): every category the site uses (the
 * others stay denied, nothing was asked about them), and every vendor the visitor had switched off
 * individually switched back on. Under Global Privacy Control marketing stays denied unless it was
 * granted explicitly, as with `consent.acceptAll()`: accepting everything is not an explicit grant of advertising.
 */
export function acceptAll(consent: Consent, context: DecisionContext): void {
  const { source, optedOut } = consent.state;
  const inUse = categoriesInUse(consent);
  const categories: Choice = {};
  for (const category of OPTIONAL_CATEGORIES)
    categories[category] = inUse.includes(category) && !(category === 'marketing' && source === 'gpc');
  const vendors: Record<string, boolean> = {};
  // Only registered vendors: a stored opt-out of a vendor no longer configured is left alone.
  for (const { id } of consent.adapters) if (optedOut.includes(id)) vendors[id] = true;
  consent.update({ categories, vendors }, context);
}

/** "Only necessary" and "Reject all": `consent.rejectAll()`, with the receipt's context. */
export const rejectAll = (consent: Consent, context: DecisionContext): void =>
  consent.update({ categories: { functional: false, analytics: false, marketing: false } }, context);
