/**
 * Stripe.js as data: what it is, what it keeps in the browser, which hosts it needs, which options it
 * takes. Each fact is a constant of its own; `manifest` gathers them for tools. The factory imports only
 * the constants it needs, never `manifest`, so CSP hosts and schemas never reach a visitor's browser.
 * Plain literals only: importing this module does nothing.
 */
import type { PolicyNote, VendorI18n, VendorManifest } from '@conectamos/consent';

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

/** The Spanish of the texts above: the policy's and, through the drop-in's dialog chunk, the dialog's. */
export const i18n = {
  es: {
    purposes: [[purpose, 'Procesa los pagos al finalizar la compra y los revisa para detectar fraude.']],
    cookies: [
      { purpose: 'Prevención de fraude: reconoce el dispositivo', duration: '1 año' },
      { purpose: 'Prevención de fraude: la sesión de pago', duration: '30 minutos' },
    ],
  },
} as const satisfies VendorI18n<typeof cookies>;

/** What the policy says besides the purpose: when Stripe.js loads, and what it sends. */
const notes = [
  {
    text: 'Stripe.js loads only when you start a payment, whatever your cookie choice: payments and their fraud checks are strictly necessary, so its cookies are not deleted when you withdraw consent.',
    i18n: {
      es: 'Stripe.js solo se carga cuando inicias un pago, sea cual sea tu elección de cookies: los pagos y sus controles de fraude son estrictamente necesarios, así que sus cookies no se borran al retirar el consentimiento.',
    },
  },
  {
    when: { option: 'advancedFraudSignals', equals: true },
    text: "It sends signals about the device and the activity on the page to Stripe's fraud detection (Radar).",
    i18n: {
      es: 'Envía a la detección de fraude de Stripe (Radar) señales sobre el dispositivo y la actividad en la página.',
    },
  },
  {
    when: { option: 'advancedFraudSignals', equals: false },
    text: "Stripe's advanced fraud signals are switched off.",
    i18n: { es: 'Las señales avanzadas de fraude de Stripe están desactivadas.' },
  },
] as const satisfies readonly PolicyNote[];

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
  i18n,
  notes,
  csp,
  options,
} as const satisfies VendorManifest;
