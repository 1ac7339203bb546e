import {
  type Adapter,
  type Consent,
  type ConsentOptions,
  createConsent,
  type SiteCookie,
} from '@conectamos/consent';
import { type ConsentUI, type ConsentUIOptions, mountConsentUI } from '@conectamos/consent-ui';
import { testAdapter } from '../helpers/adapter';
import { makeWindow, type TestWindow } from '../helpers/window';

/** Vendors like the policy's, written against the public contract. */
export const policyVendors = (): Adapter[] => [
  testAdapter({
    id: 'google-analytics',
    vendor: 'Google Analytics',
    category: 'analytics',
    purpose: 'Page views and sessions in aggregate.',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
    cookies: [
      { name: '_ga', purpose: 'Visitor id', duration: '2 years', provider: 'Google Analytics' },
      { name: /^_ga_/, purpose: 'Session state', duration: '2 years', provider: 'Google Analytics' },
    ],
  }),
  testAdapter({
    id: 'posthog',
    vendor: 'PostHog',
    category: 'analytics',
    cookies: [
      { name: /^ph_/, label: 'ph_*', purpose: 'Product analytics', duration: '1 year', provider: 'PostHog' },
    ],
  }),
  testAdapter({
    id: 'hubspot',
    vendor: 'HubSpot',
    category: 'marketing',
    cookies: [{ name: 'hubspotutk', purpose: 'Visitor identity', duration: '180 days', provider: 'HubSpot' }],
  }),
  testAdapter({ id: 'stripe', vendor: 'Stripe', category: 'necessary', cookies: [] }),
];

/** The site's own cookies, as the policy lists them. */
export const siteCookies: SiteCookie[] = [
  {
    name: 'session_id',
    purpose: 'Session',
    duration: 'Session',
    provider: 'Conectamos',
    category: 'necessary',
  },
  { name: 'lang', purpose: 'Language', duration: '1 year', provider: 'Conectamos', category: 'functional' },
  {
    name: '_cnct_sess',
    purpose: 'Internal analytics',
    duration: '30 days',
    provider: 'Conectamos',
    category: 'analytics',
  },
];

/** The categories a decision grants, in the policy's order: `['necessary', 'analytics']`. */
export const granted = (consent: Consent): string[] =>
  Object.entries(consent.state.categories)
    .filter(([, on]) => on)
    .map(([category]) => category);

/** A mounted UI in its own window, and ways to reach inside its shadow root. */
export interface Mounted {
  win: TestWindow;
  consent: Consent;
  ui: ConsentUI;
  root: ShadowRoot;
  banner: HTMLElement;
  /** The dialog: built the first time it opens, so this throws before that. */
  dialog(): HTMLDialogElement;
  /** The button whose text is exactly this: in the dialog while it is open, else in the banner. */
  button(text: string): HTMLButtonElement;
  /** The switch named this (category or vendor). */
  toggle(name: string): HTMLInputElement;
}

/** Mounts the UI over a fresh consent store in an isolated window. */
export function mount(
  setup: {
    adapters?: Adapter[];
    cookies?: SiteCookie[];
    options?: Partial<ConsentUIOptions>;
    /** Where the consent instance keeps its decision, for how long, and where it sends receipts. */
    record?: Pick<ConsentOptions, 'storageKey' | 'maxAgeDays' | 'receipts'>;
    win?: TestWindow;
  } = {},
): Mounted {
  const win = setup.win ?? makeWindow();
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    adapters: setup.adapters ?? policyVendors(),
    cookies: setup.cookies ?? siteCookies,
    ...setup.record,
  });
  const ui = mountConsentUI(consent, { policyUrl: '/cookies', window: win, ...setup.options });
  // The newest mount, when a test mounts twice in one window.
  const root = [...win.document.querySelectorAll('conectamos-consent')].pop()!.shadowRoot!;
  const find = <T extends Element>(selector: string, test: (el: T) => boolean, what: string): T => {
    const dialog = root.querySelector('dialog');
    const found = [...(dialog?.open ? dialog : root).querySelectorAll<T>(selector)].find(test);
    if (!found) throw new Error(`no ${what}`);
    return found;
  };
  return {
    win,
    consent,
    ui,
    root,
    banner: root.querySelector('.banner')!,
    dialog: () => dialogIn(root),
    button: (text) => find<HTMLButtonElement>('button', (b) => b.textContent === text, `button "${text}"`),
    toggle: (name) =>
      find<HTMLInputElement>(
        '[role=switch]',
        (s) => s.getAttribute('aria-label') === name,
        `switch "${name}"`,
      ),
  };
}

/** The dialog in a mounted UI's shadow root: built the first time it opens, so this throws before that. */
export function dialogIn(root: ShadowRoot): HTMLDialogElement {
  const dialog = root.querySelector('dialog');
  if (!dialog) throw new Error('no dialog: it is built the first time it opens');
  return dialog;
}
