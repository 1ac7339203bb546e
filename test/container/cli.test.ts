// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Container } from '@conectamos/consent-browser';
import { isActive } from '@conectamos/consent-browser';
import { containerCsp, cookiePolicy, cookieTables } from '@conectamos/consent-container';
import { afterAll, describe, expect, test } from 'vitest';
import { consent, fixture, readFixture } from './run';

// Files no editor or linter should hold in the repository (biome refuses to parse them), written per run.
const scratch = mkdtempSync(join(tmpdir(), 'consent-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const scratchFile = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

const conectamos = readFixture('conectamos.json') as Container;

describe('consent validate', () => {
  test('a good container: exit 0 and a one-line summary', () => {
    expect(consent('validate', fixture('good-minimal.json'))).toEqual({
      status: 0,
      stdout:
        '✓ test/container/fixtures/good-minimal.json is a valid container: 0 adapters, 0 campaigns (0 active today)\n',
      stderr: '',
    });
    const active = conectamos.campaigns!.filter((c) => isActive(c)).length;
    const { status, stdout } = consent('validate', fixture('conectamos.json'));
    expect(status).toBe(0);
    expect(stdout).toMatch(
      `✓ test/container/fixtures/conectamos.json is a valid container: 7 adapters, 2 campaigns (${active} active today)\n`,
    );
  });

  test('warnings follow the summary, one a line, and the exit code stays 0', () => {
    expect(consent('validate', fixture('good-campaigns.json'))).toEqual({
      status: 0,
      stdout: [
        '✓ test/container/fixtures/good-campaigns.json is a valid container: 3 adapters, 4 campaigns (2 active today)',
        '⚠ 6 warnings:',
        'line 16, column 18: $.campaigns[0].adapter (campaign "ended-2020"): Google Ads runs on the site only, and this container\'s surface is "platform": this campaign never fires, except on a page whose script tag says data-surface="site"',
        'line 20, column 14: $.campaigns[0].end (campaign "ended-2020"): ended on 2020-12-31: it sends nothing any more; delete it at your next edit',
        'line 24, column 18: $.campaigns[1].adapter (campaign "starts-2099"): LinkedIn runs on the site only, and this container\'s surface is "platform": this campaign never fires, except on a page whose script tag says data-surface="site"',
        'line 27, column 16: $.campaigns[1].start (campaign "starts-2099"): starts on 2099-01-01: it sends nothing until then',
        'line 37, column 18: $.campaigns[3].adapter (campaign "this-century"): Google Ads runs on the site only, and this container\'s surface is "platform": this campaign never fires, except on a page whose script tag says data-surface="site"',
        'line 1, column 1: $.events: the events the site sends are not listed, so a misspelt event name in a campaign cannot be caught: add "events": ["webinar_registered", …] with the names the site tracks',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test.each([
    [
      'bad-unknown-key.json',
      'line 1, column 46: $.campaing: expected one of the keys $schema, policyVersion, surface, cookieDomain, honorGlobalPrivacyControl, reloadOnRevoke, receipts, adapters, cookies, ui, events, campaigns, found unknown key "campaing" — did you mean "campaigns"?',
    ],
    [
      'bad-unknown-adapter.json',
      'line 1, column 66: $.adapters["facebook-pixel"]: expected one of the adapters google-analytics, google-ads, posthog, hubspot, linkedin-insight, stripe, intercom, found "facebook-pixel"',
    ],
    [
      'bad-adapter-option.json',
      'line 1, column 80: $.adapters["google-ads"].conversionId: expected a conversion ID like "AW-123456789": "AW-" and 6 to 12 digits, found "AW-12345"',
    ],
    [
      'bad-option-name.json',
      'line 3, column 90: $.adapters.posthog.regoin: expected one of the keys apiKey, region, found unknown key "regoin" — did you mean "region"?',
    ],
    [
      'bad-cookie.json',
      'line 6, column 19: $.cookies[0].category: expected one of "necessary", "functional", "analytics", "marketing", found "preferences"',
    ],
    [
      'bad-campaign-adapter.json',
      'line 7, column 18: $.campaigns[0].adapter (campaign "pricing-visit"): expected one of this container\'s adapters: linkedin-insight, found "google-ads"',
    ],
    [
      'bad-trigger.json',
      'line 8, column 13: $.campaigns[0].on (campaign "pricing-visit"): expected one trigger: { "event": "<event name>" }, { "pageview": "<path pattern>" }, { "click": "<CSS selector>" } or { "submit": "<CSS selector>" }, found both "event" and "pageview"',
    ],
    [
      'bad-date.json',
      'line 11, column 14: $.campaigns[0].end (campaign "spring-webinar"): expected a date like "2026-04-30", found "April"',
    ],
    [
      'bad-date-order.json',
      'line 11, column 14: $.campaigns[0].end (campaign "spring-webinar"): expected a date on or after start ("2026-04-30"), found "2026-03-01"',
    ],
    [
      'bad-duplicate-id.json',
      'line 12, column 13: $.campaigns[1].id (campaign "webinar"): expected an id no other campaign uses ($.campaigns[0].id has it), found "webinar"',
    ],
  ])('%s: exit 1 and the problem, with its line and column, on stderr', (name, line) => {
    expect(consent('validate', fixture(name))).toEqual({
      status: 1,
      stdout: '',
      stderr: `✗ test/container/fixtures/${name} is not a valid container: 1 problem\n${line}\n`,
    });
  });

  test('every problem is listed, one per line, in the order of the file', () => {
    const { status, stderr } = consent('validate', fixture('bad-many.json'));
    expect(status).toBe(1);
    expect(stderr.split('\n')).toEqual([
      '✗ test/container/fixtures/bad-many.json is not a valid container: 8 problems',
      'line 2, column 20: $.policyVersion: expected the cookie policy version, like "2026-11-01", found ""',
      'line 3, column 14: $.surface: expected "site" or "platform", found "web"',
      'line 5, column 44: $.adapters["google-analytics"].measurementId: expected a measurement ID like "G-ABC123DEF4": "G-" and capital letters or digits, found "UA-12345-1"',
      'line 6, column 35: $.adapters.stripe.publishableKey: expected a publishable key like "pk_live_…" or "pk_test_…", found a secret key "sk_live_…" (never ship it to browsers; roll it if it was published)',
      'line 10, column 13: $.campaigns[0].id (campaign "Spring Webinar"): expected a kebab-case id like "spring-webinar", found "Spring Webinar"',
      'line 11, column 18: $.campaigns[0].adapter (campaign "Spring Webinar"): expected one of this container\'s adapters: google-analytics, stripe, found "linkedin-insight"',
      'line 12, column 27: $.campaigns[0].on.pageview (campaign "Spring Webinar"): expected a path pattern starting with "/", like "/pricing" or "/blog/*" (no query or #), found "pricing"',
      'line 14, column 14: $.campaigns[0].end (campaign "Spring Webinar"): expected a date like "2026-04-30", found "April"',
      '',
    ]);
    // A secret key is named by its prefix, never echoed.
    expect(stderr).not.toContain('0123456789abcdef');
  });

  test('bad JSON: exit 1 with the line and column', () => {
    const file = scratchFile(
      'trailing-comma.json',
      '{\n  "policyVersion": "2026-11-01",\n  "surface": "site",\n}\n',
    );
    expect(consent('validate', file)).toEqual({
      status: 1,
      stdout: '',
      stderr: `✗ ${file} is not valid JSON: line 3, column 20: a comma before } is not allowed in JSON\n`,
    });
    const quotes = scratchFile('quotes.json', "{\n  'policyVersion': '2026-11-01'\n}");
    expect(consent('validate', quotes).stderr).toBe(
      `✗ ${quotes} is not valid JSON: line 2, column 3: expected a property name in double quotes, found "'"\n`,
    );
  });

  test('a file that cannot be read: exit 1', () => {
    const { status, stderr } = consent('validate', 'test/container/fixtures/missing.json');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^✗ cannot read test\/container\/fixtures\/missing\.json: ENOENT/);
  });
});

describe('consent csp', () => {
  test("prints the CSP of the container's vendors, from their manifests", () => {
    expect(consent('csp', fixture('conectamos.json'))).toEqual({
      status: 0,
      stdout: `${containerCsp(conectamos)}\n`,
      stderr: '',
    });
    // Real hosts, not an empty policy: the vendors' own.
    for (const host of [
      'https://*.googletagmanager.com',
      'https://eu.i.posthog.com',
      'https://js.stripe.com',
    ])
      expect(containerCsp(conectamos)).toContain(host);
    expect(consent('csp', fixture('good-minimal.json')).stdout).toBe("script-src 'self'\n");
  });

  test('with --nonce, in either spelling', () => {
    const expected = `${containerCsp(conectamos, { nonce: 'r4nd0m+/=' })}\n`;
    expect(expected).toContain("'nonce-r4nd0m+/='");
    expect(consent('csp', fixture('conectamos.json'), '--nonce', 'r4nd0m+/=').stdout).toBe(expected);
    expect(consent('csp', '--nonce=r4nd0m+/=', fixture('conectamos.json')).stdout).toBe(expected);
  });

  test('an invalid container: exit 1 with its problems, and no policy printed', () => {
    const { status, stdout, stderr } = consent('csp', fixture('bad-adapter-option.json'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('$.adapters["google-ads"].conversionId');
  });

  test('a nonce that could break out of the header: usage error', () => {
    const { status, stderr } = consent('csp', fixture('conectamos.json'), '--nonce', "x'; script-src *");
    expect(status).toBe(2);
    expect(stderr).toMatch(/^consent: --nonce must be base64 characters/);
  });
});

describe('consent cookies', () => {
  test('markdown by default, HTML on request', () => {
    expect(consent('cookies', fixture('conectamos.json'))).toEqual({
      status: 0,
      stdout: `${cookieTables(conectamos, 'markdown')}\n`,
      stderr: '',
    });
    expect(consent('cookies', fixture('conectamos.json'), '--format', 'markdown').stdout).toBe(
      `${cookieTables(conectamos, 'markdown')}\n`,
    );
    expect(consent('cookies', fixture('conectamos.json'), '--format', 'html').stdout).toBe(
      `${cookieTables(conectamos, 'html')}\n`,
    );
  });

  test('an invalid container: exit 1; an unknown format: usage error', () => {
    expect(consent('cookies', fixture('bad-unknown-adapter.json')).status).toBe(1);
    const { status, stderr } = consent('cookies', fixture('conectamos.json'), '--format', 'pdf');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^consent: --format must be markdown or html, got "pdf"\n\nUsage: consent/);
  });
});

describe('consent cookies --lang and consent policy', () => {
  test('the tables in Spanish, in the words of the Spanish dialog', () => {
    const { status, stdout } = consent('cookies', fixture('conectamos.json'), '--lang', 'es');
    expect(status).toBe(0);
    expect(stdout).toBe(`${cookieTables(conectamos, 'markdown', 'es')}\n`);
    expect(stdout).toMatch(
      /^## Estrictamente necesarias\n\n\| Nombre +\| Finalidad +\| Duración +\| Proveedor +\|/,
    );
  });

  test('the policy in each language, markdown by default, HTML on request', () => {
    for (const lang of ['es', 'en'] as const) {
      expect(consent('policy', fixture('conectamos.json'), '--lang', lang)).toEqual({
        status: 0,
        stdout: `${cookiePolicy(conectamos, { lang })}\n`,
        stderr: '',
      });
    }
    expect(consent('policy', fixture('conectamos.json'), '--lang', 'es', '--format', 'html').stdout).toBe(
      `${cookiePolicy(conectamos, { lang: 'es', format: 'html' })}\n`,
    );
  });

  test('an invalid container: exit 1 and no policy', () => {
    const { status, stdout, stderr } = consent('policy', fixture('bad-unknown-adapter.json'), '--lang', 'en');
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toContain('$.adapters["facebook-pixel"]');
  });
});

describe('usage', () => {
  test('--help: the usage on stdout, exit 0', () => {
    for (const help of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
      const { status, stdout, stderr } = consent(...help);
      expect(status).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: consent <command> <file>/);
      for (const command of [
        'validate <file>',
        'csp <file> [--nonce <nonce>]',
        'cookies <file> [--format markdown|html] [--lang en|es]',
        'policy <file> --lang es|en [--format markdown|html]',
      ])
        expect(stdout).toContain(command);
    }
  });

  test.each([
    [['deploy', 'consent.json'], 'unknown command "deploy"'],
    [[], 'which command?'],
    [['validate'], 'which file?'],
    [['validate', 'a.json', 'b.json'], 'one file at a time'],
    [['validate', 'a.json', '--strict'], 'unknown option --strict'],
    [['csp', 'a.json', '--format', 'html'], 'unknown option --format'],
    [['csp', 'a.json', '--nonce'], '--nonce needs a value'],
    [['policy', 'a.json'], 'policy needs --lang es or --lang en, the language to print it in'],
    [['policy', 'a.json', '--lang', 'fr'], '--lang must be es or en, got "fr"'],
    [['cookies', 'a.json', '--lang', 'ES'], '--lang must be es or en, got "ES"'],
  ])('%j: exit 2, %s', (args, message) => {
    const { status, stdout, stderr } = consent(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^consent: ${message.replace(/[?]/g, '\\?')}\\n\\nUsage: consent`));
  });
});
