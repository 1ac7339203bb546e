import type { Choice, Consent } from '@conectamos/consent';
import { categoriesInUse, OPTIONAL_CATEGORIES } from './categories';

/**
 * "Accept all", as one commit (one `change`, one storage write): every category the site uses (the
 * others stay denied, nothing was asked about them), and every vendor the visitor had switched off
 * individually switched back on. Under Global Privacy Control marketing stays denied unless it was
 * granted explicitly, as with `consent.acceptAll()`: accepting everything is not an explicit grant of advertising.
 */
export function acceptAll(consent: Consent): void {
  const { source, optedOut } = consent.state;
  const inUse = categoriesInUse(consent);
  const categories: Choice = {};
  for (const category of OPTIONAL_CATEGORIES)
    categories[category] = inUse.includes(category) && !(category === 'marketing' && source === 'gpc');
  const vendors: Record<string, boolean> = {};
  // Only registered vendors: a stored opt-out of a vendor no longer configured is left alone.
  for (const { id } of consent.adapters) if (optedOut.includes(id)) vendors[id] = true;
  consent.update({ categories, vendors });
}
