import { type Adapter, type FromSchema, queueArray } from '@conectamos/consent';
import {
  API_KEY,
  category,
  cookies,
  id,
  type manifest,
  privacyPolicyUrl,
  purpose,
  purposeEu,
  REGIONS,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * Options of `posthog()`: `apiKey`, the project API key `phc_…` (public: it only sends events), and
 * `region`, `'eu'` (default, Frankfurt, as our policy promises) or `'us'`. Described in `manifest.options`.
 * @see https://posthog.com/docs/libraries/js
 * @see https://posthog.com/docs/privacy/data-storage
 */
export type PostHogOptions = FromSchema<typeof manifest.options>;

/** The snippet's methods; before array.js runs each one queues `[method, ...args]`, as the official stub does. */
const METHODS =
  'alias capture group identify onFeatureFlags opt_in_capturing opt_out_capturing register register_once reset set_config setPersonProperties unregister';

type Stub = Record<string, unknown> & { _i?: unknown[] };

/**
 * PostHog product analytics, loaded the way its HTML snippet does: `window.posthog` as a command array
 * with the `init` arguments on `_i`, then `array.js` from the region's assets host.
 * @see https://posthog.com/docs/libraries/js
 * @see https://posthog.com/docs/privacy/data-collection
 */
export function posthog(options: PostHogOptions): Adapter<'posthog'> {
  const { apiKey, region = 'eu' }: Partial<PostHogOptions> = options ?? {};
  if (typeof apiKey !== 'string' || !new RegExp(API_KEY).test(apiKey))
    throw new TypeError(
      /^phx_/.test(apiKey as string)
        ? // Never echo it: a personal key is a secret that must not end up in a log either.
          'posthog: apiKey must be a project API key "phc_…", got a personal API key "phx_…" (secret: never ship it to browsers)'
        : `posthog: apiKey must look like "phc_" and at least 20 letters or digits, got ${JSON.stringify(apiKey)}`,
    );
  if (!REGIONS.includes(region))
    throw new TypeError(`posthog: region must be "eu" or "us", got ${JSON.stringify(region)}`);
  const api = `https://${region}.i.posthog.com`;
  const assets = `https://${region}-assets.i.posthog.com`;
  const own = new RegExp(`^ph_${apiKey}_`);
  let send: ((...command: unknown[]) => void) | undefined;
  return {
    id,
    vendor,
    category,
    surfaces,
    privacyPolicyUrl,
    purpose: region === 'eu' ? purposeEu : purpose,
    // Only this project's keys: another PostHog project on the same domain keeps its own.
    cookies: cookies.map(({ pattern, ...rest }) =>
      'keep' in rest ? { pattern, ...rest } : { name: own, ...rest },
    ),
    load(ctx) {
      send = queueArray(ctx.window, 'posthog');
      const stub = (ctx.window as unknown as { posthog: Stub }).posthog;
      if (Array.isArray(stub) && !stub._i) {
        stub._i = [
          [
            apiKey,
            {
              api_host: api,
              // Pinned so a new PostHog release cannot change what is collected without a review here.
              defaults: '2026-08-30',
              persistence: 'localStorage+cookie',
              // Else the SDK, still running after a revoke, writes its cookie back on the next register().
              opt_out_persistence_by_default: true,
              capture_pageview: 'history_change',
            },
            'posthog',
          ],
        ];
        const people = queueArray(stub, 'people');
        for (const m of METHODS.split(' ')) stub[m] = (...args: unknown[]) => send!(m, ...args);
        for (const m of ['set', 'set_once'])
          (stub.people as Stub)[m] = (...args: unknown[]) => people(m, ...args);
      }
      // Undoes the opt-out a revoke stored (kept on purpose); PostHog sends `$opt_in` only the first time.
      send('opt_in_capturing');
      return ctx.loadScript(`${assets}/static/array.js`, { crossorigin: 'anonymous' });
    },
    optOut: () => send?.('opt_out_capturing'),
    track: (event, props) => send?.('capture', event, props),
    // No page(): `capture_pageview: 'history_change'` already records SPA navigations; forwarding would count twice.
  };
}
