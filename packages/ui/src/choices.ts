import type { Consent, ConsentUpdate } from '@conectamos/consent';

/** "Accept all": every category, and every vendor the visitor had switched off individually. */
export function acceptEverything(consent: Consent): void {
  const out = consent.state.optedOut;
  consent.acceptAll();
  for (const id of out) consent.optIn(id);
}

/**
 * Stores the dialog's switches: the categories, then each vendor's own switch.
 * Opt-outs go first and opt-ins last, so a vendor switched off never loads for a moment in between.
 */
export function saveChoice(consent: Consent, { categories, vendors = {} }: ConsentUpdate): void {
  const out = consent.state.optedOut;
  const switches = Object.entries(vendors) as [string, boolean][];
  for (const [id, on] of switches) if (!on && !out.includes(id)) consent.optOut(id);
  consent.set(categories ?? {});
  for (const [id, on] of switches) if (on && out.includes(id)) consent.optIn(id);
}
