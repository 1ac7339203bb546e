import { type Adapter, queueFunction } from '@conectamos/consent';

/** Options of `linkedinInsight`. */
export interface LinkedInInsightOptions {
  /**
   * The Insight Tag's partner ID, the digits in `_linkedin_partner_id = "1234567"` of the snippet
   * Campaign Manager gives you (Account assets › Insight Tag).
   * @see https://www.linkedin.com/help/lms/answer/a418880
   */
  partnerId: string;
  /**
   * Conversion IDs by event name: `consent.track(event)` sends that conversion. A `conversionId`
   * in the event's props (as campaigns send) takes precedence.
   * @see https://github.com/linkedin/linkedin-gtm-community-template/blob/main/template.tpl
   */
  conversions?: Record<string, number | string>;
}

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
const isDigits = (value: unknown, pattern: RegExp): value is number | string =>
  (typeof value === 'number' || typeof value === 'string') && pattern.test(String(value));

/** A conversion ID: digits, as a number or a string. */
const conversionId = (option: string, id: unknown): number | string =>
  isDigits(id, /^\d+$/) ? id : fail(option, 'digits like 1234567', id);

/**
 * The LinkedIn Insight Tag (marketing, site only): page views, retargeting and conversions for
 * LinkedIn ad campaigns. LinkedIn has no opt-out call, so a revoke silences `window.lintrk`.
 * @see https://www.linkedin.com/help/lms/answer/a418880
 */
export function linkedinInsight(options: LinkedInInsightOptions): Adapter {
  if (!isDigits(options?.partnerId, /^\d{3,10}$/))
    fail('partnerId', '3 to 10 digits like "1234567"', options?.partnerId);
  const partnerId = String(options.partnerId);
  const map = options.conversions ?? {};
  if (typeof map !== 'object' || Array.isArray(map))
    fail('conversions', 'an object of event: conversion id', map);
  // A Map, so an event named like an Object.prototype member never finds one.
  const conversions = new Map(Object.entries(map));
  for (const [event, id] of conversions) conversionId(`conversions[${JSON.stringify(event)}]`, id);

  let lintrk: (...args: unknown[]) => void = () => {};
  // While revoked, window.lintrk is this no-op, and the vendor's function waits in `vendor`.
  const silent: Lintrk = () => {};
  let vendor: Lintrk | undefined;
  let revoked = false;
  let viewed = false;
  const silence = (w: LinkedInGlobals): void => {
    // A stub still holding calls is dropped with them: they were never sent.
    if (w.lintrk !== silent) vendor = w.lintrk?.q ? undefined : w.lintrk;
    w.lintrk = silent;
  };

  return {
    id: 'linkedin-insight',
    vendor: 'LinkedIn',
    category: 'marketing',
    surfaces: ['site'],
    purpose:
      'Measures which LinkedIn ads bring visits and sign-ups, and shows our ads on LinkedIn to people who visited.',
    cookies: [
      {
        name: 'li_fat_id',
        purpose: 'Retargeting and conversion tracking for LinkedIn ad campaigns',
        duration: '30 days',
        provider: 'LinkedIn Insight Tag',
      },
    ],
    csp: __CSP_HOSTS__
      ? {
          scriptSrc: ['https://snap.licdn.com'],
          // px.ads.linkedin.com and numbered siblings collect; www.linkedin.com serves the ID sync.
          connectSrc: ['https://*.ads.linkedin.com', 'https://www.linkedin.com'],
          imgSrc: ['https://*.ads.linkedin.com', 'https://www.linkedin.com'],
        }
      : undefined,
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    optOutUrl: 'https://www.linkedin.com/help/lms/answer/62931',
    load(ctx) {
      const w = ctx.window as unknown as LinkedInGlobals;
      revoked = false;
      if (w.lintrk === silent) w.lintrk = vendor;
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
      const id = props?.conversionId ?? conversions.get(event);
      if (id !== undefined) lintrk('track', { conversion_id: conversionId('conversionId', id) });
    },
    // LinkedIn does not document SPA page views; its GTM template sends lintrk('track') with no
    // conversion, and the script reads the URL itself when called, so `path` is not needed.
    page() {
      lintrk('track');
    },
  };
}
