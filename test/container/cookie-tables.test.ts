// @vitest-environment node

import type { Container } from '@conectamos/consent-browser';
import { cookieTables } from '@conectamos/consent-container';
import { describe, expect, test } from 'vitest';
import { readFixture } from './run';

const small: Container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', company: 'Conectamos' },
  adapters: {
    'linkedin-insight': { partnerId: '123456' },
    posthog: { apiKey: 'phc_Cnct2026EuProductAnalyticsKey7Qx' },
  },
  cookies: [
    {
      name: 'lang',
      category: 'functional',
      purpose: 'Remembers your language preference',
      duration: '1 year',
      provider: 'Conectamos',
    },
  ],
};

test('markdown: a heading per category in use in the policy order, a row per cookie, where it is kept after its name', () => {
  expect(cookieTables(small, 'markdown')).toBe(
    `## Strictly necessary

| Name                                     | Purpose                                | Duration | Provider   |
| ---------------------------------------- | -------------------------------------- | -------- | ---------- |
| \`cookie_consent\` (local storage, cookie) | Stores your cookie consent preferences | 1 year   | Conectamos |

## Functional

| Name   | Purpose                            | Duration | Provider   |
| ------ | ---------------------------------- | -------- | ---------- |
| \`lang\` | Remembers your language preference | 1 year   | Conectamos |

## Analytics

| Name                                | Purpose                                                                        | Duration      | Provider |
| ----------------------------------- | ------------------------------------------------------------------------------ | ------------- | -------- |
| \`ph_*\` (cookie, local storage)      | Product analytics for understanding how features are used within the platform. | 1 year        | PostHog  |
| \`ph_*\` (session storage)            | Product analytics for understanding how features are used within the platform. | Session       | PostHog  |
| \`__ph_opt_in_out_*\` (local storage) | Remembers that you opted out, so PostHog stays off                             | Until deleted | PostHog  |

## Marketing

| Name        | Purpose                                                       | Duration | Provider             |
| ----------- | ------------------------------------------------------------- | -------- | -------------------- |
| \`li_fat_id\` | Retargeting and conversion tracking for LinkedIn ad campaigns | 30 days  | LinkedIn Insight Tag |`,
  );
  // Only what the banner names and the dialog shows: a category with nothing in it is not listed.
  expect(cookieTables({ policyVersion: '1', ui: false }, 'markdown')).toBe(
    `## Strictly necessary

| Name                                     | Purpose                                | Duration | Provider  |
| ---------------------------------------- | -------------------------------------- | -------- | --------- |
| \`cookie_consent\` (local storage, cookie) | Stores your cookie consent preferences | 1 year   | This site |`,
  );
});

test('with "receipts", the queue of receipts not sent yet is listed under the consent record', () => {
  const necessaryRows = (container: Container) =>
    cookieTables(container, 'markdown')
      .split('\n## ')[0]!
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .split('|')
          .map((cell) => cell.trim())
          .slice(1, -1),
      );
  expect(necessaryRows({ ...small, receipts: { endpoint: '/consent/receipts' } })).toEqual([
    [
      '`cookie_consent` (local storage, cookie)',
      'Stores your cookie consent preferences',
      '1 year',
      'Conectamos',
    ],
    [
      '`cookie_consent_receipts` (local storage)',
      'Proof of your consent choices, waiting to be sent',
      '7 days',
      'Conectamos',
    ],
  ]);
  expect(necessaryRows(small)).toEqual([
    [
      '`cookie_consent` (local storage, cookie)',
      'Stores your cookie consent preferences',
      '1 year',
      'Conectamos',
    ],
  ]);
});

test('HTML: the same tables, with column headers scoped', () => {
  expect(cookieTables(small, 'html')).toBe(
    `<h2>Strictly necessary</h2>

<table>
  <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Duration</th><th scope="col">Provider</th></tr></thead>
  <tbody>
    <tr><td><code>cookie_consent</code> (local storage, cookie)</td><td>Stores your cookie consent preferences</td><td>1 year</td><td>Conectamos</td></tr>
  </tbody>
</table>

<h2>Functional</h2>

<table>
  <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Duration</th><th scope="col">Provider</th></tr></thead>
  <tbody>
    <tr><td><code>lang</code></td><td>Remembers your language preference</td><td>1 year</td><td>Conectamos</td></tr>
  </tbody>
</table>

<h2>Analytics</h2>

<table>
  <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Duration</th><th scope="col">Provider</th></tr></thead>
  <tbody>
    <tr><td><code>ph_*</code> (cookie, local storage)</td><td>Product analytics for understanding how features are used within the platform.</td><td>1 year</td><td>PostHog</td></tr>
    <tr><td><code>ph_*</code> (session storage)</td><td>Product analytics for understanding how features are used within the platform.</td><td>Session</td><td>PostHog</td></tr>
    <tr><td><code>__ph_opt_in_out_*</code> (local storage)</td><td>Remembers that you opted out, so PostHog stays off</td><td>Until deleted</td><td>PostHog</td></tr>
  </tbody>
</table>

<h2>Marketing</h2>

<table>
  <thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Duration</th><th scope="col">Provider</th></tr></thead>
  <tbody>
    <tr><td><code>li_fat_id</code></td><td>Retargeting and conversion tracking for LinkedIn ad campaigns</td><td>30 days</td><td>LinkedIn Insight Tag</td></tr>
  </tbody>
</table>`,
  );
});

test("in Spanish: the Spanish dialog's headings and words, the vendors' manifests' and the site's translations", () => {
  const spanish: Container = {
    ...small,
    cookies: [
      { ...small.cookies![0]!, i18n: { es: { purpose: 'Recuerda tu idioma', duration: '1 año' } } },
      // A site cookie without Spanish stays in English: never a blank cell.
      {
        name: 'tz',
        category: 'functional',
        purpose: 'Your time zone',
        duration: '1 year',
        provider: 'Conectamos',
      },
    ],
  };
  expect(cookieTables(spanish, 'markdown', 'es')).toBe(
    `## Estrictamente necesarias

| Nombre                                          | Finalidad                                            | Duración | Proveedor  |
| ----------------------------------------------- | ---------------------------------------------------- | -------- | ---------- |
| \`cookie_consent\` (almacenamiento local, cookie) | Guarda tus preferencias de consentimiento de cookies | 1 año    | Conectamos |

## Funcionales

| Nombre | Finalidad          | Duración | Proveedor  |
| ------ | ------------------ | -------- | ---------- |
| \`lang\` | Recuerda tu idioma | 1 año    | Conectamos |
| \`tz\`   | Your time zone     | 1 year   | Conectamos |

## Analíticas

| Nombre                                     | Finalidad                                                                        | Duración           | Proveedor |
| ------------------------------------------ | -------------------------------------------------------------------------------- | ------------------ | --------- |
| \`ph_*\` (cookie, almacenamiento local)      | Analítica de producto para entender cómo se usan las funciones de la plataforma. | 1 año              | PostHog   |
| \`ph_*\` (almacenamiento de sesión)          | Analítica de producto para entender cómo se usan las funciones de la plataforma. | Sesión             | PostHog   |
| \`__ph_opt_in_out_*\` (almacenamiento local) | Recuerda que rechazaste PostHog, para que siga desactivado                       | Hasta que se borre | PostHog   |

## Marketing

| Nombre      | Finalidad                                                                           | Duración | Proveedor            |
| ----------- | ----------------------------------------------------------------------------------- | -------- | -------------------- |
| \`li_fat_id\` | Remarketing y medición de conversiones de nuestras campañas de anuncios en LinkedIn | 30 días  | LinkedIn Insight Tag |`,
  );
});

describe('escaping', () => {
  const tricky: Container = {
    policyVersion: '1',
    ui: { policyUrl: '/cookies', company: 'A & B <Labs>' },
    cookies: [
      {
        name: 'x|<y>&z',
        category: 'functional',
        purpose: 'Keeps <b>AT&T</b> "quotes" | pipes, *stars* and _under_\nacross lines',
        duration: "1 year's",
        provider: 'A & B <Labs>',
      },
    ],
  };

  test('HTML escapes &, <, >, quotes in every cell and the code name', () => {
    const html = cookieTables(tricky, 'html');
    expect(html).toContain(
      '<tr><td><code>x|&lt;y&gt;&amp;z</code></td>' +
        '<td>Keeps &lt;b&gt;AT&amp;T&lt;/b&gt; &quot;quotes&quot; | pipes, *stars* and _under_\nacross lines</td>' +
        '<td>1 year&#39;s</td><td>A &amp; B &lt;Labs&gt;</td></tr>',
    );
    expect(html).not.toMatch(/<b>|<Labs>|AT&T/);
  });

  test('Markdown keeps a row on one line and nothing a renderer would take for HTML, emphasis or a cell break', () => {
    const row = cookieTables(tricky, 'markdown')
      .split('\n')
      .find((line) => line.startsWith('| `x'));
    expect(row?.replace(/ +\|/g, ' |')).toBe(
      '| `x\\|<y>&z` | Keeps &lt;b&gt;AT&amp;T&lt;/b&gt; "quotes" \\| pipes, \\*stars\\* and \\_under\\_ across lines | 1 year\'s | A &amp; B &lt;Labs&gt; |',
    );
  });
});

describe('the Conectamos container', () => {
  const conectamos = readFixture('conectamos.json') as Container;
  const markdown = cookieTables(conectamos, 'markdown');
  /** The rows of one category's table, as [name, purpose, duration, provider]. */
  const section = (title: string): string[][] =>
    (markdown.split(/^## /m).find((s) => s.startsWith(`${title}\n`)) ?? '')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .slice(1, -1)
          .split(' | ')
          .map((cell) => cell.trim()),
      );

  // Every row of the cookie policy's tables (seed/cookie-policy.txt): category, name, duration.
  test.each([
    ['Strictly necessary', '`session_id`', 'Session'],
    ['Strictly necessary', '`csrf_token`', 'Session'],
    ['Strictly necessary', '`auth_token`', '30 days'],
    ['Strictly necessary', '`cookie_consent` (local storage, cookie)', '1 year'],
    ['Functional', '`ui_preferences`', '1 year'],
    ['Functional', '`lang`', '1 year'],
    ['Functional', '`timezone`', '1 year'],
    ['Functional', '`onboarding_state`', '90 days'],
    ['Analytics', '`_ga`', '2 years'],
    ['Analytics', '`_ga_*`', '2 years'],
    ['Analytics', '`ph_*` (cookie, local storage)', '1 year'],
    ['Analytics', '`_cnct_sess`', '30 days'],
    ['Marketing', '`_gcl_au`', '90 days'],
    ['Marketing', '`li_fat_id`', '30 days'],
    ['Marketing', '`hubspotutk`', '180 days'],
  ])('%s lists %s, %s', (title, name, duration) => {
    const row = section(title).find((cells) => cells[0] === name);
    expect(row?.[2], `${name} under ${title}`).toBe(duration);
    for (const other of ['Strictly necessary', 'Functional', 'Analytics', 'Marketing'])
      if (other !== title) expect(section(other).map((cells) => cells[0])).not.toContain(name);
  });

  test('the policy texts come through: purposes and providers', () => {
    expect(section('Marketing').find((cells) => cells[0] === '`hubspotutk`')).toEqual([
      '`hubspotutk`',
      'Tracks visitor identity for HubSpot CRM and marketing attribution',
      '180 days',
      'HubSpot',
    ]);
    expect(section('Analytics').find((cells) => cells[0] === '`_cnct_sess`')?.[3]).toBe('Conectamos');
  });

  test('the output is stable and in the same order in both formats', () => {
    expect(cookieTables(structuredClone(conectamos), 'markdown')).toBe(markdown);
    const names = (text: string) => [...text.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]);
    expect(names(cookieTables(conectamos, 'html'))).toEqual(
      [...markdown.matchAll(/^\| `(.*?)`/gm)].map((m) => m[1]),
    );
  });
});

test('a container the validator would refuse throws rather than print a wrong table', () => {
  expect(() => cookieTables({ policyVersion: '1', adapters: { 'facebook-pixel': {} } }, 'markdown')).toThrow(
    /not a valid container.*\$\.adapters\["facebook-pixel"\]: expected one of the adapters/,
  );
  expect(() =>
    cookieTables({ policyVersion: '1', adapters: { 'google-ads': { conversionId: 'AW-1' } } }, 'markdown'),
  ).toThrow(TypeError);
});
