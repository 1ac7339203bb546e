import type { Consent, ConsentUpdate } from '@conectamos/consent';

/**
 * "Accept all", as one commit (one `change`, one storage write): every category, and every vendor the
 * visitor had switched off individually switched back on. Under Global Privacy Control marketing keeps
 * its value, as with `consent.acceptAll()`: accepting everything is not an explicit grant of advertising.
 */
export function acceptAll(consent: Consent): void {
  const { source, optedOut } = consent.state;
  const vendors: Record<string, boolean> = {};
  // Only registered vendors: a stored opt-out of a vendor no longer configured is left alone.
  for (const { id } of consent.adapters) if (optedOut.includes(id)) vendors[id] = true;
  const categories: ConsentUpdate['categories'] = { functional: true, analytics: true };
  if (source !== 'gpc') categories.marketing = true;
  consent.update({ categories, vendors });
}
