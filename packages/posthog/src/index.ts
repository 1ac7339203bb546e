import { type Adapter, queueArray } from '@conectamos/consent';

/** Options of `posthog()`. */
export interface PostHogOptions {
  /**
   * The project API key, `phc_…` (public: it only sends events). Never a personal API key `phx_…`.
   * @see https://posthog.com/docs/libraries/js
   */
  apiKey: string;
  /**
   * The PostHog Cloud region the project lives in. Default `'eu'` (Frankfurt), as our policy promises.
   * @see https://posthog.com/docs/privacy/data-storage
   */
  region?: 'eu' | 'us';
}

// Strict on purpose: the key goes into a global and a RegExp, so no character may need escaping.
const API_KEY = /^phc_[A-Za-z0-9]{20,}$/;

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
export function posthog(options: PostHogOptions): Adapter {
  const { apiKey, region = 'eu' }: Partial<PostHogOptions> = options ?? {};
  if (typeof apiKey !== 'string' || !API_KEY.test(apiKey))
    throw new TypeError(
      /^phx_/.test(apiKey as string)
        ? // Never echo it: a personal key is a secret that must not end up in a log either.
          'posthog: apiKey must be a project API key "phc_…", got a personal API key "phx_…" (secret: never ship it to browsers)'
        : `posthog: apiKey must look like "phc_" and at least 20 letters or digits, got ${JSON.stringify(apiKey)}`,
    );
  if (region !== 'eu' && region !== 'us')
    throw new TypeError(`posthog: region must be "eu" or "us", got ${JSON.stringify(region)}`);
  const api = `https://${region}.i.posthog.com`;
  const assets = `https://${region}-assets.i.posthog.com`;
  const own = new RegExp(`^ph_${apiKey}_`);
  const purpose = `Product analytics for understanding how features are used within the platform.${region === 'eu' ? ' Data is stored on EU servers.' : ''}`;
  let send: ((...command: unknown[]) => void) | undefined;
  return {
    id: 'posthog',
    vendor: 'PostHog',
    category: 'analytics',
    surfaces: ['site', 'platform'],
    purpose,
    // `__ph_opt_in_out_<key>` is left out on purpose: it IS the opt-out, and without it PostHog captures again.
    cookies: (['cookie', 'localStorage', 'sessionStorage'] as const).map((storage) => ({
      name: own,
      label: 'ph_*',
      storage,
      purpose,
      duration: storage === 'sessionStorage' ? 'Session' : '1 year',
      provider: 'PostHog',
    })),
    csp: __CSP_HOSTS__ ? { scriptSrc: [assets], connectSrc: [api, assets] } : undefined,
    privacyPolicyUrl: 'https://posthog.com/privacy',
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
