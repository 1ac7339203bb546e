import { type Adapter, queueFunction } from '@conectamos/consent';

/**
 * Where the Intercom workspace is hosted. `'ap'` is accepted as another name for `'au'`: it is what
 * Intercom's own npm SDK calls the Australian region, so a value copied from there works unchanged.
 */
export type IntercomRegion = 'us' | 'eu' | 'au' | 'ap';

/** Options of `intercom()`. */
export interface IntercomOptions {
  /**
   * The workspace ID, which Intercom's snippet calls `app_id`: lowercase letters and digits, like `"abc12345"`.
   * @see https://www.intercom.com/help/en/articles/170-integrate-intercom-in-a-single-page-app
   */
  appId: string;
  /**
   * Where the workspace is hosted, which picks `api_base`. Default `'us'`. A European or Australian
   * workspace connected to the US API does not start ("Your workspace is hosted in Europe…").
   * @see https://developers.intercom.com/installing-intercom/web/installation
   */
  region?: IntercomRegion;
}

const API_BASES: Record<IntercomRegion, string> = {
  us: 'https://api-iam.intercom.io',
  eu: 'https://api-iam.eu.intercom.io',
  au: 'https://api-iam.au.intercom.io',
  ap: 'https://api-iam.au.intercom.io',
};

// Intercom documents no format. Every workspace ID it shows is 8 lowercase letters and digits; the
// length is left loose because a refused ID throws at setup and takes the consent UI down with it,
// while a wrong one only fails to load (reported on consent.on('error')). The charset is what matters:
// it keeps the ID safe in the URL and refuses a pasted access token, URL or name.
const APP_ID = /^[a-z0-9]{6,12}$/;

/** The globals Intercom's snippet uses; `Intercom` itself comes from `queueFunction`. */
interface IntercomGlobals {
  intercomSettings?: Record<string, unknown>;
}

/**
 * Intercom Messenger, the support chat: `functional`, on both surfaces. Sets `intercomSettings` and the
 * `Intercom` queue, loads the widget (which boots itself from the settings), reports SPA navigations with
 * `update`, and on withdrawal calls `shutdown`; the core then deletes its `intercom-*` cookies and storage.
 * @see https://developers.intercom.com/installing-intercom/web/methods
 */
export function intercom(options: IntercomOptions): Adapter {
  const appId = options?.appId;
  const region = options?.region ?? 'us';
  if (typeof appId !== 'string' || !APP_ID.test(appId))
    throw new TypeError(
      `intercom: appId must be the workspace ID, lowercase letters and digits like "abc12345", got ${JSON.stringify(appId)}`,
    );
  if (!Object.keys(API_BASES).includes(region))
    throw new TypeError(
      `intercom: region must be "us", "eu" or "au" (or "ap", the same as "au"), got ${JSON.stringify(region)}`,
    );
  const settings = { app_id: appId, api_base: API_BASES[region] };
  let call: ((...args: unknown[]) => void) | undefined;
  let shutDown = false;
  const provider = 'Intercom';

  return {
    id: 'intercom',
    vendor: 'Intercom',
    category: 'functional',
    surfaces: ['site', 'platform'],
    purpose: 'Intercom runs the support chat: it keeps your conversation with us across pages and visits.',
    privacyPolicyUrl: 'https://www.intercom.com/legal/privacy',
    // Names and durations from https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
    cookies: [
      {
        name: `intercom-id-${appId}`,
        purpose: 'Anonymous visitor identifier',
        duration: '9 months',
        provider,
      },
      { name: `intercom-session-${appId}`, purpose: 'Keeps the chat session', duration: '1 week', provider },
      {
        name: `intercom-device-id-${appId}`,
        purpose: 'Device identifier, to prevent abuse',
        duration: '9 months',
        provider,
      },
      // "All cookies are prefixed with intercom- and are created on your domain" (developers.intercom.com).
      {
        name: /^intercom-/,
        label: 'intercom-*',
        purpose: 'Other Messenger state',
        duration: 'Up to 9 months',
        provider,
      },
      // intercom.intercom-state-<app_id>, and the older intercom.intercom-state.
      {
        name: /^intercom\./,
        label: 'intercom.*',
        storage: 'localStorage',
        purpose: 'Messenger state',
        duration: 'Until deleted',
        provider,
      },
    ],
    // https://www.intercom.com/help/en/articles/3894-using-intercom-with-content-security-policy, every region, with
    // *.intercom.io and *.intercomcdn.com for its dozen API, websocket and CDN hosts as Intercom's CSP troubleshooting
    // article advises (the full list is over our size budget). script-src stays exact. The README lists what it
    // needs beyond hosts: style-src 'unsafe-inline', img-src blob: data:, media-src.
    csp: __CSP_HOSTS__
      ? {
          scriptSrc: ['https://app.intercom.io', 'https://widget.intercom.io', 'https://js.intercomcdn.com'],
          connectSrc: [
            'https://*.intercom.io',
            'wss://*.intercom.io',
            'https://*.intercom-messenger.com',
            'wss://*.intercom-messenger.com',
            'https://*.intercomcdn.com',
            'https://uploads.intercomcdn.eu',
            'https://uploads.intercomusercontent.com',
          ],
          imgSrc: [
            'https://*.intercomcdn.com',
            'https://static.intercomassets.com',
            'https://uploads.intercomusercontent.com',
            'https://messenger-apps.intercom.io',
            'https://*.intercom-attachments-5.com',
            'https://*.intercom-attachments-6.com',
            'https://*.intercom-attachments-9.com',
          ],
          frameSrc: ['https://intercom-sheets.com', 'https://www.intercom-reporting.com'],
          fontSrc: ['https://js.intercomcdn.com', 'https://fonts.intercomcdn.com'],
        }
      : undefined,
    load(ctx) {
      const w = ctx.window as Window & IntercomGlobals;
      // Merged, not replaced: the site's own fields (user_id, email, user_hash) identify the visitor.
      w.intercomSettings = { ...w.intercomSettings, ...settings };
      call = queueFunction(w, 'Intercom');
      // The widget boots itself from intercomSettings when it first loads; after a shutdown only `boot` restarts it.
      if (shutDown) call('boot', w.intercomSettings);
      shutDown = false;
      return ctx.loadScript(`https://widget.intercom.io/widget/${encodeURIComponent(appId)}`);
    },
    optOut(ctx) {
      const w = ctx.window as Window & IntercomGlobals;
      queueFunction(w, 'Intercom')('shutdown');
      // A widget script still on its way would otherwise boot itself from app_id after the withdrawal.
      delete w.intercomSettings?.app_id;
      shutDown = true;
    },
    // Intercom reads the URL itself. It throttles `update` to 20 calls per 30 minutes (reset on reload).
    page: () => call?.('update'),
    track: (event, props) => call?.('trackEvent', event, props),
  };
}
