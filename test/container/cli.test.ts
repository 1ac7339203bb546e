// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspFor } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import { isActive } from '@conectamos/consent-browser';
import { cookieTables } from '@conectamos/consent-container';
import { afterAll, describe, expect, test } from 'vitest';
import { FACTORIES } from '../../packages/browser/src/registry';
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
const adapters = Object.entries(conectamos.adapters!).map(([id, options]) =>
  FACTORIES[id]!(options as never),
);

describe('consent validate', () => {
  test('a good container: exit 0 and a one-line summary', () => {
    expect(consent('validate', fixture('good-campaigns.json'))).toEqual({
      status: 0,
      stdout:
        '✓ test/cli/fixtures/good-campaigns.json is a valid container: 3 adapters, 4 campaigns (2 active today)\n',
      stderr: '',
    });
    expect(consent('validate', fixture('good-minimal.json')).stdout).toBe(
      '✓ test/cli/fixtures/good-minimal.json is a valid container: 0 adapters, 0 campaigns (0 active today)\n',
    );
    const active = conectamos.campaigns!.filter((c) => isActive(c)).length;
    expect(consent('validate', fixture('conectamos.json'))).toEqual({
      status: 0,
      stdout: `✓ test/cli/fixtures/conectamos.json is a valid container: 7 adapters, 2 campaigns (${active} active today)\n`,
      stderr: '',
    });
  });

  test.each([
    [
      'bad-unknown-key.json',
      '$.campaing: expected one of the keys $schema, policyVersion, surface, cookieDomain, honorGlobalPrivacyControl, reloadOnRevoke, adapters, cookies, ui, campaigns, found unknown key "campaing"',
    ],
    [
      'bad-unknown-adapter.json',
      '$.adapters["facebook-pixel"]: expected one of the adapters google-analytics, google-ads, posthog, hubspot, linkedin-insight, stripe, intercom, found "facebook-pixel"',
    ],
    [
      'bad-adapter-option.json',
      '$.adapters["google-ads"].conversionId: expected a value like "AW-123456789", found "AW-12345"',
    ],
    [
      'bad-option-name.json',
      '$.adapters.posthog.regoin: expected one of the keys apiKey, region, found unknown key "regoin"',
    ],
    [
      'bad-cookie.json',
      '$.cookies[0].category: expected one of "necessary", "functional", "analytics", "marketing", found "preferences"',
    ],
    [
      'bad-campaign-adapter.json',
      '$.campaigns[0].adapter: expected one of this container\'s adapters: linkedin-insight, found "google-ads"',
    ],
    [
      'bad-trigger.json',
      '$.campaigns[0].on: expected exactly one of "event" or "pageview", found both "event" and "pageview"',
    ],
    ['bad-date.json', '$.campaigns[0].end: expected a date like "2026-04-30", found "April"'],
    [
      'bad-date-order.json',
      '$.campaigns[0].end: expected a date on or after start ("2026-04-30"), found "2026-03-01"',
    ],
    [
      'bad-duplicate-id.json',
      '$.campaigns[1].id: expected an id no other campaign uses ($.campaigns[0].id has it), found "webinar"',
    ],
  ])('%s: exit 1 and the problem, on stderr', (name, line) => {
    expect(consent('validate', fixture(name))).toEqual({
      status: 1,
      stdout: '',
      stderr: `✗ test/cli/fixtures/${name} is not a valid container: 1 problem\n${line}\n`,
    });
  });

  test('every problem is listed, one per line', () => {
    const { status, stderr } = consent('validate', fixture('bad-many.json'));
    expect(status).toBe(1);
    expect(stderr.split('\n')).toEqual([
      '✗ test/cli/fixtures/bad-many.json is not a valid container: 8 problems',
      '$.policyVersion: expected the cookie policy version, like "2026-11-01", found ""',
      '$.surface: expected "site" or "platform", found "web"',
      '$.adapters["google-analytics"].measurementId: expected a value like "G-XXXXXXX", found "UA-12345-1"',
      '$.adapters.stripe.publishableKey: expected a value like "pk_live_...", found a secret key "sk_...": secret and restricted keys must never reach a browser (roll it if it was published)',
      '$.campaigns[0].id: expected a kebab-case id like "spring-webinar", found "Spring Webinar"',
      '$.campaigns[0].adapter: expected one of this container\'s adapters: google-analytics, stripe, found "linkedin-insight"',
      '$.campaigns[0].on.pageview: expected a path pattern starting with "/", like "/pricing" or "/blog/*" (no query or #), found "pricing"',
      '$.campaigns[0].end: expected a date like "2026-04-30", found "April"',
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
    const { status, stderr } = consent('validate', 'test/cli/fixtures/missing.json');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^✗ cannot read test\/cli\/fixtures\/missing\.json: ENOENT/);
  });
});

describe('consent csp', () => {
  test("prints cspFor the container's adapters", () => {
    expect(consent('csp', fixture('conectamos.json'))).toEqual({
      status: 0,
      stdout: `${cspFor(adapters)}\n`,
      stderr: '',
    });
    expect(consent('csp', fixture('good-minimal.json')).stdout).toBe("script-src 'self'\n");
  });

  test('with --nonce, in either spelling', () => {
    const expected = `${cspFor(adapters, { nonce: 'r4nd0m+/=' })}\n`;
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

describe('usage', () => {
  test('--help: the usage on stderr, exit 2', () => {
    const { status, stdout, stderr } = consent('--help');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: consent <command> <file>\n/);
    for (const command of [
      'validate <file>',
      'csp <file> [--nonce <nonce>]',
      'cookies <file> [--format markdown|html]',
    ])
      expect(stderr).toContain(command);
  });

  test.each([
    [['deploy', 'consent.json'], 'unknown command "deploy"'],
    [[], ''],
    [['validate'], 'which file?'],
    [['validate', 'a.json', 'b.json'], 'one file at a time'],
    [['validate', 'a.json', '--strict'], 'unknown option --strict'],
    [['csp', 'a.json', '--format', 'html'], 'unknown option --format'],
    [['csp', 'a.json', '--nonce'], '--nonce needs a value'],
  ])('%j: exit 2, %s', (args, message) => {
    const { status, stdout, stderr } = consent(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(`^${message ? `consent: ${message.replace(/[?]/g, '\\?')}\\n\\n` : ''}Usage: consent`),
    );
  });
});
