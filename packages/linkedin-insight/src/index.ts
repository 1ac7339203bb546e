import { type Adapter, type FromSchema, queueFunction } from '@conectamos/consent';
import {
  CONVERSION_ID,
  category,
  cookies,
  id,
  type manifest,
  optOutUrl,
  PARTNER_ID,
  privacyPolicyUrl,
  purpose,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * Options of `linkedinInsight()`: `partnerId`, the digits in `_linkedin_partner_id = "1234567"` of the
 * Insight Tag snippet, and `conversions`, conversion IDs by event name (a `conversionId` in the event's
 * props, as campaigns send, wins). Described in `manifest.options`.
 * @see https://www.linkedin.com/help/lms/answer/a418880
 * @see https://github.com/linkedin/linkedin-gtm-community-template/blob/main/template.tpl
 */
export type LinkedInInsightOptions = FromSchema<typeof manifest.options>;

type LintrkParams = { conversion_id: number | string };
type Lintrk = ((command: 'track', params?: LintrkParams) => void) & { q?: unknown[] };

interface LinkedInGlobals {
  _linkedin_partner_id?: string;
  _linkedin_data_partner_ids?: string[];
  _already_called_lintrk?: boolean;
  lintrk?: Lintrk;
}

const SCRIPT = 'https://snap.licdn.com/li.lms-analytics/insight.min.js';

const fail = (option: string, expected: string, got: unknown): never => {
  throw new TypeError(`linkedinInsight: ${option} must be ${expected}, got ${JSON.stringify(got)}`);
};

/** Whether a value is digits matching `pattern`, as a number or a string. */
const isDigits = (value: unknown, pattern: string): value is number | string =>
  (typeof value === 'number' || typeof value === 'string') && new RegExp(pattern).test(String(value));

/** A conversion ID: digits, as a number or a string. */
const conversionId = (option: string, conversion: unknown): number | string =>
  isDigits(conversion, CONVERSION_ID) ? conversion : fail(option, 'digits like 1234567', conversion);

/**
 * The LinkedIn Insight Tag (marketing, site only): page views, retargeting and conversions for
 * LinkedIn ad campaigns. LinkedIn has no opt-out call, so a revoke silences `window.lintrk`.
 * @see https://www.linkedin.com/help/lms/answer/a418880
 */
export function linkedinInsight(options: LinkedInInsightOptions): Adapter<'linkedin-insight'> {
  if (!isDigits(options?.partnerId, PARTNER_ID))
    fail('partnerId', '3 to 10 digits like "1234567"', options?.partnerId);
  const partnerId = String(options.partnerId);
  // Left out means none; null is a mistake, as the schema says.
  const map = options.conversions === undefined ? {} : options.conversions;
  if (typeof map !== 'object' || map === null || Array.isArray(map))
    fail('conversions', 'an object of event: conversion id', map);
  // A Map, so an event named like an Object.prototype member never finds one.
  const conversions = new Map(Object.entries(map));
  for (const [event, conversion] of conversions)
    conversionId(`conversions[${JSON.stringify(event)}]`, conversion);

  let lintrk: (...args: unknown[]) => void = () => {};
  // While revoked, window.lintrk is this no-op, and LinkedIn's function waits in `insightLintrk`.
  const silent: Lintrk = () => {};
  let insightLintrk: Lintrk | undefined;
  let revoked = false;
  let viewed = false;
  const silence = (w: LinkedInGlobals): void => {
    // A stub still holding calls is dropped with them: they were never sent.
    if (w.lintrk !== silent) insightLintrk = w.lintrk?.q ? undefined : w.lintrk;
    w.lintrk = silent;
  };

  return {
    id,
    vendor,
    category,
    surfaces,
    purpose,
    cookies: [...cookies],
    privacyPolicyUrl,
    optOutUrl,
    load(ctx) {
      const w = ctx.window as unknown as LinkedInGlobals;
      revoked = false;
      if (w.lintrk === silent) w.lintrk = insightLintrk;
      w._linkedin_partner_id = partnerId;
      const ids = w._linkedin_data_partner_ids ?? [];
      if (!ids.includes(partnerId)) ids.push(partnerId);
      w._linkedin_data_partner_ids = ids;
      // The script sends a page view of its own on load unless told it was sent; we queue it
      // instead (as LinkedIn's GTM template does), so a revoke before the script runs drops it.
      w._already_called_lintrk = true;
      // LinkedIn's stub queues [command, params] pairs on lintrk.q.
      lintrk = queueFunction(w, 'lintrk', (args, fn) => fn.q!.push([args[0], args[1]]));
      if (!viewed) lintrk('track');
      return ctx.loadScript(SCRIPT).then(() => {
        // The script replaces window.lintrk when it runs, even if consent went in between.
        if (revoked) silence(w);
        else viewed = true;
      });
    },
    // No opt-out exists in the Insight Tag API: stop sending, including the page's own lintrk calls.
    optOut(ctx) {
      revoked = true;
      silence(ctx.window as unknown as LinkedInGlobals);
    },
    track(event, props) {
      const conversion = props?.conversionId ?? conversions.get(event);
      if (conversion !== undefined)
        lintrk('track', { conversion_id: conversionId('conversionId', conversion) });
    },
    // LinkedIn does not document SPA page views; its GTM template sends lintrk('track') with no
    // conversion, and the script reads the URL itself when called, so `path` is not needed.
    page() {
      lintrk('track');
    },
  };
}
