import { CATEGORIES, type Category, type Consent, type ConsentState } from '@conectamos/consent';

/**
 * The state before any decision, as the server sees it: the decision lives in the visitor's browser, so
 * the server renders this, and the browser's first (hydration) render must render the same.
 */
export const undecidedState = (policyVersion: string): ConsentState => ({
  decided: false,
  policyVersion,
  decidedAt: null,
  expiresAt: null,
  categories: { necessary: true, functional: false, analytics: false, marketing: false },
  optedOut: [],
  source: 'default',
});

/**
 * What `consent.isGranted(name)` answers before a decision: only the strictly necessary, and a necessary
 * vendor where its surfaces allow it (the rule of core's `mayRun`, for the undecided state).
 */
export function grantedBeforeDecision(consent: Consent, name: string): boolean {
  if (CATEGORIES.includes(name as Category)) return name === 'necessary';
  const adapter = consent.adapters.find((a) => a.id === name);
  // An unknown id gets the core's own error, which names the known ids.
  if (!adapter) return consent.isGranted(name);
  return adapter.category === 'necessary' && (adapter.surfaces?.includes(consent.surface) ?? true);
}
