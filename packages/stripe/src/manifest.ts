/**
 * Stripe.js as data: what it is, what it keeps in the browser, which hosts it needs, which options it
 * takes. Each fact is a constant of its own; `manifest` gathers them for tools. The factory imports only
 * the constants it needs, never `manifest`, so CSP hosts and schemas never reach a visitor's browser.
 * Plain literals only: importing this module does nothing.
 */
import type { VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'stripe';
/** The vendor's name, as visitors see it. */
export const vendor = 'Stripe';
/** Payments and their fraud checks are strictly necessary: no choice blocks them. */
export const category = 'necessary';
/** Checkout may be on the site and in the platform. */
export const surfaces = ['site', 'platform'] as const;
/** Nothing loads until checkout asks, with `getStripe(consent)` or `consent.load('stripe')`. */
export const onDemand = true;
/** What Stripe does with the data. */
export const purpose = 'Processes payments at checkout and checks them for fraud.';
/** Stripe's privacy policy. */
export const privacyPolicyUrl = 'https://stripe.com/privacy';

/** A publishable key: `pk_live_` or `pk_test_`, then at least 10 letters or digits. */
export const PUBLISHABLE_KEY = '^pk_(live|test)_[A-Za-z0-9]{10,}$';

/**
 * The first-party cookies Stripe.js sets for fraud prevention; durations as Stripe's cookie policy and
 * common cookie tables give them. Nothing is deleted on withdrawal: they are strictly necessary.
 * @see https://docs.stripe.com/js/appendix/cookies
 */
export const cookies = [
  {
    name: '__stripe_mid',
    purpose: 'Fraud prevention: recognises the device',
    duration: '1 year',
    provider: vendor,
  },
  {
    name: '__stripe_sid',
    purpose: 'Fraud prevention: the checkout session',
    duration: '30 minutes',
    provider: vendor,
  },
] as const;

// https://docs.stripe.com/security/guide#content-security-policy
const csp = {
  scriptSrc: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://maps.googleapis.com'],
  connectSrc: ['https://api.stripe.com', 'https://maps.googleapis.com'],
  frameSrc: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  imgSrc: ['https://*.stripe.com'],
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['publishableKey'],
  properties: {
    publishableKey: {
      type: 'string',
      pattern: PUBLISHABLE_KEY,
      description:
        'The publishable key (Developers › API keys). Never a secret key "sk_…" or a restricted key "rk_…": those must not reach a browser.',
      expected: 'a publishable key like "pk_live_…" or "pk_test_…"',
      examples: ['pk_test_51AbCdEfGhIjKlMnOp'],
    },
    advancedFraudSignals: {
      type: 'boolean',
      default: true,
      description:
        "Let Stripe.js send device and activity signals to Stripe's fraud detection (Radar). On by default: the policy counts fraud prevention at checkout as strictly necessary; Stripe warns that turning it off weakens fraud detection.",
      expected: 'true or false',
    },
  },
} as const;

/** Stripe as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
export const manifest = {
  id,
  vendor,
  category,
  surfaces,
  onDemand,
  purpose,
  privacyPolicyUrl,
  cookies,
  csp,
  options,
} as const satisfies VendorManifest;
