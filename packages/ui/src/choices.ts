import type { Choice, Consent } from '@conectamos/consent';

/** "Accept all": every category, and every vendor the visitor had switched off individually. */
export function acceptEverything(consent: Consent): void {
  const out = consent.state.optedOut;
  consent.acceptAll();
  for (const id of out) consent.optIn(id);
}

/**
 * Stores the dialog's switches: the categories, then each vendor's own switch (`[adapter id, on]`).
 * Opt-outs go first and opt-ins last, so a vendor switched off never loads for a moment in between.
 */
export function saveChoice(consent: Consent, choice: Choice, vendors: [id: string, on: boolean][]): void {
  const out = consent.state.optedOut;
  for (const [id, on] of vendors) if (!on && !out.includes(id)) consent.optOut(id);
  consent.set(choice);
  for (const [id, on] of vendors) if (on && out.includes(id)) consent.optIn(id);
}
