import type { Category, Consent, ConsentState } from '@conectamos/consent';
import { useSyncExternalStore } from 'react';
import { useBinding } from './provider';
import type { VendorId } from './register';
import { grantedBeforeDecision } from './undecided';

/** What {@link useConsent} returns. */
export interface UseConsent {
  /** The visitor's decision as this render shows it: undecided on the server and in the hydration render. */
  state: ConsentState;
  /** The instance, for `acceptAll()`, `allow(id)`, `optOut(id)`, `page(path)`… */
  consent: Consent<VendorId>;
}

/**
 * The consent state and instance from the nearest {@link ConsentProvider}; the component re-renders on
 * every change, made here, in the banner or in another tab. The server render and the browser's hydration
 * render both see the undecided state, so their HTML agrees; the stored decision arrives right after.
 *
 * @example
 * const { state, consent } = useConsent();
 * return state.decided ? null : <button onClick={() => consent.acceptAll()}>Accept</button>;
 */
export function useConsent(): UseConsent {
  const { consent, subscribe, getSnapshot, getServerSnapshot } = useBinding('useConsent');
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return { state, consent };
}

/**
 * Whether a category (`'analytics'`) or a vendor (`'intercom'`, by adapter id) may run now, as
 * `consent.isGranted` says; the component re-renders only when that answer changes. On the server and in
 * the hydration render it is the answer before any decision: true only for the strictly necessary.
 * An id no adapter has throws, naming the known ones (a type error too, once {@link Register} is declared).
 *
 * @example
 * const analytics = useGranted('analytics');
 * const chat = useGranted('intercom');
 */
export function useGranted(name: Category | VendorId): boolean {
  const { consent, subscribe } = useBinding('useGranted');
  return useSyncExternalStore(
    subscribe,
    () => consent.isGranted(name),
    () => grantedBeforeDecision(consent, name),
  );
}
