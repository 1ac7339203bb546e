import type { Adapter, Consent, FromSchema } from '@conectamos/consent';
import {
  category,
  cookies,
  id,
  type manifest,
  onDemand,
  PUBLISHABLE_KEY,
  privacyPolicyUrl,
  purpose,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * Options of `stripe()`: `publishableKey`, `pk_live_…` or `pk_test_…` (secret `sk_…` and restricted `rk_…`
 * keys are refused: they must never reach a browser), and `advancedFraudSignals`, default `true` (the policy
 * counts fraud prevention at checkout as strictly necessary; `false` loads Stripe.js with
 * `?advancedFraudSignals=false`, as `loadStripe.setLoadParameters` does). Described in `manifest.options`.
 * @see https://docs.stripe.com/keys
 * @see https://docs.stripe.com/disputes/prevention/advanced-fraud-detection
 */
export type StripeOptions = FromSchema<typeof manifest.options>;

/**
 * Options of the Stripe instance, passed to `Stripe(publishableKey, options)`.
 * @see https://docs.stripe.com/js/initializing
 */
export interface StripeConstructorOptions {
  /** The connected account to act for (Connect). */
  stripeAccount?: string;
  /** The Stripe API version to use, e.g. `'2026-09-30.endive'`. */
  apiVersion?: string;
  /** The locale of Elements and error messages, e.g. `'es'`; default `'auto'`. */
  locale?: string;
  /** Beta features to opt into. */
  betas?: string[];
}

/** The Stripe methods named here. For the whole API, type `getStripe<Stripe>()` with `Stripe` from `@stripe/stripe-js`. */
export interface StripeInstance {
  /** Creates an Elements group. @see https://docs.stripe.com/js/elements_object/create */
  elements(options?: Record<string, unknown>): unknown;
  /** Confirms a PaymentIntent with the Payment Element. @see https://docs.stripe.com/js/payment_intents/confirm_payment */
  confirmPayment(options: Record<string, unknown>): Promise<unknown>;
}

/** The adapter `stripe()` returns; it carries the validated key for `getStripe`. */
export interface StripeAdapter extends Adapter<'stripe'> {
  /** The publishable key `Stripe()` is called with. */
  readonly publishableKey: string;
}

type StripeGlobals = { Stripe?: (key: string, options?: StripeConstructorOptions) => unknown };

// From js.stripe.com only, never bundled or self-hosted (PCI): https://docs.stripe.com/js/including.
// Pinned to the release train @stripe/stripe-js v10 pins (RELEASE_TRAIN = 'endive', src/shared.ts) rather than
// the legacy unversioned /v3: Stripe ships breaking changes only in a new train, twice a year, so a checkout
// written against this one keeps working. https://docs.stripe.com/sdks/stripejs-versioning
const STRIPE_JS = 'https://js.stripe.com/endive/stripe.js';
// Secret and restricted keys: named by their prefix only, never echoed into an error or a log.
const SECRET_KEY = /^\s*(sk|rk)_/;

const checkKey = (key: unknown): string => {
  const secret = typeof key === 'string' && SECRET_KEY.exec(key);
  if (secret)
    throw new TypeError(
      `stripe: publishableKey must look like "pk_live_...", got a secret key "${secret[1]}_...": secret and restricted keys must never reach a browser (roll it if it was published)`,
    );
  if (typeof key !== 'string' || !new RegExp(PUBLISHABLE_KEY).test(key))
    throw new TypeError(
      `stripe: publishableKey must look like "pk_live_..." or "pk_test_...", got ${JSON.stringify(key)}`,
    );
  return key;
};

/** Per consent instance: the window Stripe.js was loaded into, and one Stripe instance per set of options. */
interface Checkout {
  win?: StripeGlobals;
  instances: Map<string, Promise<unknown>>;
}

// The package's only state. Keyed by the consent object, so two consents (two apps, two test windows) never
// share a window or an instance, and the entry goes when its consent is collected.
const checkouts = new WeakMap<Consent, Checkout>();

const checkoutOf = (consent: Consent): Checkout => {
  const checkout = checkouts.get(consent) ?? { instances: new Map() };
  checkouts.set(consent, checkout);
  return checkout;
};

/**
 * Stripe.js, strictly necessary and on demand: nothing is loaded until checkout asks for it with
 * `getStripe(consent)` or `consent.load('stripe')`. Nothing to revoke: its cookies are declared for the policy tables.
 */
export function stripe(options: StripeOptions): StripeAdapter {
  const { publishableKey, advancedFraudSignals = true } = { ...options };
  if (typeof advancedFraudSignals !== 'boolean')
    throw new TypeError(
      `stripe: advancedFraudSignals must be true or false, got ${JSON.stringify(advancedFraudSignals)}`,
    );
  return {
    id,
    vendor,
    category,
    surfaces,
    onDemand,
    publishableKey: checkKey(publishableKey),
    purpose,
    privacyPolicyUrl,
    cookies: [...cookies],
    load(ctx) {
      checkoutOf(ctx.consent).win = ctx.window as StripeGlobals;
      return ctx.loadScript(advancedFraudSignals ? STRIPE_JS : `${STRIPE_JS}?advancedFraudSignals=false`);
    },
  };
}

/**
 * Loads Stripe.js through the consent gate and resolves to `Stripe(publishableKey, options)`, created once per
 * consent instance and set of options. Rejects when no `stripe()` adapter is registered, when the script fails,
 * or when it ran without defining `window.Stripe`.
 */
export function getStripe<T = StripeInstance>(
  consent: Consent,
  options?: StripeConstructorOptions,
): Promise<T> {
  const adapter = consent.adapters.find((a) => a.id === 'stripe') as StripeAdapter | undefined;
  if (!adapter?.publishableKey)
    return Promise.reject(
      new Error(
        'getStripe: no stripe adapter is registered: add stripe({ publishableKey }) to createConsent({ adapters })',
      ),
    );
  const checkout = checkoutOf(consent);
  const key = JSON.stringify(options ?? {});
  let instance = checkout.instances.get(key);
  if (!instance) {
    instance = consent.load('stripe').then(() => {
      const Stripe = checkout.win?.Stripe;
      if (typeof Stripe !== 'function')
        throw new Error('getStripe: Stripe.js loaded but window.Stripe is missing');
      return Stripe(adapter.publishableKey, options);
    });
    checkout.instances.set(key, instance);
    // A failure is not kept, so a later call tries again.
    instance.catch(() => checkout.instances.delete(key));
  }
  return instance as Promise<T>;
}
