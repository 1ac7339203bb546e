import type { Consent, ConsentState } from '@conectamos/consent';
import {
  type Context,
  createContext,
  createElement,
  type ReactElement,
  type ReactNode,
  useContext,
  useMemo,
} from 'react';
import type { VendorId } from './register';
import { undecidedState } from './undecided';

/** What the provider hands the hooks: the instance and the three functions `useSyncExternalStore` takes. */
export interface Binding {
  consent: Consent<VendorId>;
  subscribe(onChange: () => void): () => void;
  getSnapshot(): ConsentState;
  /** The undecided state, one object per instance: React requires the server snapshot to be stable. */
  getServerSnapshot(): ConsentState;
}

// Made on first use, not at import: importing a package does nothing (scripts/check-inert.ts proves it).
let context: Context<Binding | null> | undefined;
const consentContext = (): Context<Binding | null> => {
  context ??= createContext<Binding | null>(null);
  return context;
};

const bind = (consent: Consent<VendorId>): Binding => {
  const undecided = undecidedState(consent.state.policyVersion);
  return {
    consent,
    // `on('change')`, not `subscribe`: React reads the snapshot itself and needs no call at once.
    subscribe: (onChange) => consent.on('change', () => onChange()),
    getSnapshot: () => consent.state,
    getServerSnapshot: () => undecided,
  };
};

/** Props of {@link ConsentProvider}. */
export interface ConsentProviderProps {
  /** The app's one consent instance, from `createConsent` (create it in a module, not in a component). */
  consent: Consent<VendorId>;
  /** The app. */
  children?: ReactNode;
}

/**
 * Makes a consent instance available to {@link useConsent}, {@link useGranted} and {@link ConsentGate}
 * below it. It renders nothing of its own and loads nothing: vendors load through the instance.
 *
 * @example
 * const consent = createConsent({ policyVersion: '2026-11-01', adapters: [intercom({ appId })] });
 * createRoot(el).render(<ConsentProvider consent={consent}><App /></ConsentProvider>);
 */
export function ConsentProvider({ consent, children }: ConsentProviderProps): ReactElement {
  const binding = useMemo(() => bind(consent), [consent]);
  return createElement(consentContext().Provider, { value: binding }, children);
}

/** The provider's binding, or an error naming the hook that needs one. */
export function useBinding(hook: string): Binding {
  const binding = useContext(consentContext());
  if (!binding) throw new Error(`${hook}: no <ConsentProvider consent={consent}> above this component`);
  return binding;
}
