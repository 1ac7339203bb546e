import { type Adapter, type FromSchema, queueFunction } from '@conectamos/consent';
import {
  APP_ID,
  category,
  cookies,
  id,
  type manifest,
  privacyPolicyUrl,
  purpose,
  REGIONS,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * Options of `intercom()`: `appId`, the workspace ID Intercom's snippet calls `app_id` (lowercase letters
 * and digits, like `"abc12345"`), and `region`, where the workspace is hosted, which picks `api_base`
 * (default `'us'`; `'ap'` is another name for `'au'`). Described in `manifest.options`.
 * @see https://www.intercom.com/help/en/articles/170-integrate-intercom-in-a-single-page-app
 * @see https://developers.intercom.com/installing-intercom/web/installation
 */
export type IntercomOptions = FromSchema<typeof manifest.options>;

/** Where a workspace is hosted. */
export type IntercomRegion = (typeof REGIONS)[number];

// Each region's API; the widget comes from widget.intercom.io whatever the region.
const API_BASES: Record<IntercomRegion, string> = {
  us: 'https://api-iam.intercom.io',
  eu: 'https://api-iam.eu.intercom.io',
  au: 'https://api-iam.au.intercom.io',
  ap: 'https://api-iam.au.intercom.io',
};

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
export function intercom(options: IntercomOptions): Adapter<'intercom'> {
  const appId = options?.appId;
  // Left out means the US; null is a mistake, as the schema says.
  const region = options?.region === undefined ? 'us' : options.region;
  if (typeof appId !== 'string' || !new RegExp(APP_ID).test(appId))
    throw new TypeError(
      `intercom: appId must be the workspace ID, lowercase letters and digits like "abc12345", got ${JSON.stringify(appId)}`,
    );
  if (!REGIONS.includes(region))
    throw new TypeError(
      `intercom: region must be "us", "eu" or "au" (or "ap", the same as "au"), got ${JSON.stringify(region)}`,
    );
  const settings = { app_id: appId, api_base: API_BASES[region] };
  let call: ((...args: unknown[]) => void) | undefined;
  let shutDown = false;

  return {
    id,
    vendor,
    category,
    surfaces,
    purpose,
    privacyPolicyUrl,
    cookies: [...cookies],
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
