// @vitest-environment node
/**
 * The drop-in is built with `__CSP_HOSTS__` false: host lists that only a server's CSP header needs cost
 * every visitor bytes. The npm packages and the CLI, which do compute CSP, keep them. Runs on the build
 * (`npm test` builds first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { consent, fixture, root } from '../cli/run';

const built = (path: string): string => readFileSync(join(root, 'packages', path), 'utf8');
const dropIn = built('browser/dist/consent.js');
const csp = consent('csp', fixture('conectamos.json')).stdout;

// One host per adapter that appears in its CSP declaration and nowhere else in its code.
const cspOnlyHosts: [adapter: string, host: string][] = [
  ['google-analytics', 'analytics.google.com'],
  ['google-ads', 'pagead2.googlesyndication.com'],
  ['hubspot', 'hubapi.com'],
  ['linkedin-insight', 'ads.linkedin.com'],
  ['stripe', 'hooks.stripe.com'],
  ['intercom', 'intercom-attachments-5.com'],
];

describe('CSP host lists stay where CSP is computed', () => {
  test.each(cspOnlyHosts)(
    '%s: %s is in the npm package and `consent csp`, not in consent.js',
    (adapter, host) => {
      expect(built(`${adapter}/dist/index.js`)).toContain(host);
      expect(csp).toContain(host);
      expect(dropIn).not.toContain(host);
    },
  );

  test('the drop-in still holds every adapter (their script URLs are there)', () => {
    for (const url of [
      'https://www.googletagmanager.com/gtag/js',
      'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      'https://js.stripe.com',
      'https://widget.intercom.io/widget/',
      'hs-scripts.com/',
      'i.posthog.com',
    ])
      expect(dropIn).toContain(url);
  });
});
