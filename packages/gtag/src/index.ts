import {
  type AdapterContext,
  CATEGORIES,
  type Category,
  type Consent,
  type ConsentState,
  queueFunction,
} from '@conectamos/consent';

/** The seven Google Consent Mode v2 types. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** A Consent Mode command's parameters: each type granted or denied. */
export type ConsentModeParams = Record<ConsentType, 'granted' | 'denied'>;

/**
 * Which of our categories grants each Consent Mode type. Plain data, shared by both Google adapters.
 * @see https://developers.google.com/tag-platform/security/guides/consent
 */
export const CONSENT_MODE: Readonly<Record<ConsentType, Category>> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'analytics',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  security_storage: 'necessary',
};

/** The Consent Mode parameters for a set of granted categories. */
export const consentModeFor = (categories: ConsentState['categories']): ConsentModeParams =>
  Object.fromEntries(
    Object.entries(CONSENT_MODE).map(([type, category]) => [
      type,
      categories[category] ? 'granted' : 'denied',
    ]),
  ) as ConsentModeParams;

/** Where gtag.js comes from. */
export const GTAG_URL = 'https://www.googletagmanager.com/gtag/js';

/** The gtag command function. */
export type Gtag = (...args: unknown[]) => void;

/** The globals gtag.js uses. */
export interface GoogleGlobals {
  dataLayer?: ArrayLike<unknown>[];
  gtag?: Gtag;
}

/** Google tag ids: GA4 `G-…`, Google tag `GT-…`, Google Ads `AW-…`. */
export const GOOGLE_TAG_ID = /^(G|GT|AW)-[A-Z0-9]+$/;

// A page may push anything onto dataLayer, null included.
const isConsent = (entry: ArrayLike<unknown> | null | undefined): boolean => entry?.[0] === 'consent';

// From the end, without copying: dataLayer grows with every event a page sends, and this runs on every change.
const lastConsent = (layer: ArrayLike<unknown>[]): Partial<ConsentModeParams> | undefined => {
  for (let i = layer.length - 1; i >= 0; i--)
    if (isConsent(layer[i])) return layer[i]![2] as Partial<ConsentModeParams>;
};

// The Google adapters running under each consent instance, so Consent Mode also reflects a visitor
// switching off one Google vendor alone; keyed by the instance, so it goes when the instance does.
const googleAdapters = new WeakMap<Consent, Set<string>>();

/**
 * Sets up gtag for a Google adapter and injects gtag.js once for all of them. On first use it creates
 * `dataLayer` and the `gtag` stub, and pushes Consent Mode `default` with every type denied before
 * anything else, then an `update` with the current choice before `js`, so no `config` can ever run
 * under an assumed grant. It then keeps Consent Mode in step with the store: the categories, less those
 * of Google adapters the visitor opted out of (opting out of Google Ads denies the ad types even while
 * marketing stays granted). What was pushed is read back from `dataLayer`, so nothing is pushed twice.
 */
export function useGtag(
  ctx: AdapterContext,
  tagId: string,
  adapterId: string,
): { gtag: Gtag; loaded: Promise<unknown> } {
  if (!GOOGLE_TAG_ID.test(tagId))
    throw new TypeError(`gtag: tag id must look like "G-XXXXXXX" or "AW-123", got "${tagId}"`);
  const { consent } = ctx;
  const win = ctx.window as unknown as GoogleGlobals & Window;
  win.dataLayer ??= [];
  const layer = win.dataLayer;
  // gtag.js reads the real Arguments object and silently ignores arrays.
  const gtag = queueFunction(win, 'gtag', (args) => (win.dataLayer ?? layer).push(args));
  const first = !layer.some(isConsent);
  if (first) {
    gtag('consent', 'default', {
      // Nothing granted: every one of the seven types denied.
      ...consentModeFor({} as ConsentState['categories']),
      wait_for_update: 500,
    });
    // With ad storage denied, ad click ids are redacted from requests rather than stored.
    gtag('set', 'ads_data_redaction', true);
  }
  const sync = (state: ConsentState): void => {
    // Asked of the store rather than read from the state: on the platform surface marketing is never
    // granted, so the ad types stay denied there whatever the visitor chose on the site.
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c, consent.isGranted(c)])) as Record<
      Category,
      boolean
    >;
    for (const a of consent.adapters)
      if (googleAdapters.get(consent)?.has(a.id) && state.optedOut.includes(a.id))
        categories[a.category] = false;
    const params = consentModeFor(categories);
    const last = lastConsent(win.dataLayer ?? layer);
    if (Object.entries(params).some(([type, value]) => last?.[type as ConsentType] !== value))
      gtag('consent', 'update', params);
  };
  const known = googleAdapters.get(consent);
  if (known) known.add(adapterId);
  else {
    googleAdapters.set(consent, new Set([adapterId]));
    consent.subscribe(sync);
  }
  sync(consent.state);
  if (first) gtag('js', new Date());
  const existing = [...ctx.document.scripts].find((s) => s.src.startsWith(`${GTAG_URL}?`));
  return { gtag, loaded: ctx.loadScript(existing?.src ?? `${GTAG_URL}?id=${encodeURIComponent(tagId)}`) };
}
