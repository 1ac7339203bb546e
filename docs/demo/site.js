/**
 * The demo's consent setup, as a frontend engineer would write it with the ESM packages:
 * the policy's first-party cookies, the seven vendor adapters, and a local vendor that works offline.
 */
import { createConsent } from '@conectamos/consent';
import { googleAds } from '@conectamos/consent-google-ads';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { hubspot } from '@conectamos/consent-hubspot';
import { intercom } from '@conectamos/consent-intercom';
import { linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { posthog } from '@conectamos/consent-posthog';
import { stripe } from '@conectamos/consent-stripe';

/** A vendor served from this machine, so the whole cycle (load, cookie, revoke) is visible offline. */
export const localAnalytics = (id = 'local-analytics') => ({
  id,
  vendor: 'Local demo analytics',
  category: 'analytics',
  purpose: 'A stand-in tracker served by the demo server, to show the consent cycle without internet.',
  privacyPolicyUrl: 'https://conectamos.org/privacy',
  cookies: [{ name: '_la_id', purpose: 'Demo visitor id', duration: '1 year', provider: 'Demo' }],
  csp: { scriptSrc: ["'self'"] },
  load: (ctx) => {
    window.localAnalytics ??= Object.assign((...args) => window.localAnalytics.q.push(args), { q: [] });
    return ctx.loadScript(`/vendor/local-analytics.js?${id}`);
  },
  optOut: () => window.localAnalytics?.('opt-out'),
  track: (event, props) => window.localAnalytics?.('track', event, props),
  page: (path) => window.localAnalytics?.('page', path),
});

const first = (name, category, purpose, duration) => ({
  name,
  category,
  purpose,
  duration,
  provider: 'Conectamos',
});

export function startConsent() {
  return createConsent({
    policyVersion: '2026-11-01',
    surface: location.pathname.startsWith('/app') ? 'platform' : 'site',
    cookies: [
      first('session_id', 'necessary', 'Keeps you signed in to the platform', 'Session'),
      first('csrf_token', 'necessary', 'Protects forms against cross-site request forgery', 'Session'),
      first('auth_token', 'necessary', 'Keeps you logged in across pages', '30 days'),
      first(
        'ui_preferences',
        'functional',
        'Sidebar state, column widths and notification settings',
        '1 year',
      ),
      first('lang', 'functional', 'Your language', '1 year'),
      first('timezone', 'functional', 'Your time zone', '1 year'),
      first('onboarding_state', 'functional', 'Where you left the onboarding', '90 days'),
      first('_cnct_sess', 'analytics', 'Internal session analytics for feature adoption', '30 days'),
    ],
    adapters: [
      localAnalytics(),
      googleAnalytics({ measurementId: 'G-DEMO12345' }),
      posthog({ apiKey: 'phc_demoKeyForTheConectamosDemo0123456789' }),
      googleAds({ conversionId: 'AW-123456789' }),
      hubspot({ portalId: '1234567' }),
      linkedinInsight({ partnerId: '123456' }),
      intercom({ appId: 'demo1234', region: 'eu' }),
      stripe({ publishableKey: 'pk_test_demoKeyForTheConectamosDemo' }),
    ],
  });
}
