// @vitest-environment node
import type { Container } from '@conectamos/consent-browser';
import { cookiePolicy } from '@conectamos/consent-container';
import { describe, expect, test } from 'vitest';
import { renderDocument } from '../../packages/container/src/document';
import { policyBlocks } from '../../packages/container/src/policy';
import { readFixture } from './run';

const conectamos = readFixture('conectamos.json') as Container;
const policy = (container: Container, lang: 'es' | 'en') => cookiePolicy(container, { lang });
/** The Conectamos container with some of its keys changed. */
const changed = (change: Partial<Container>): Container => ({ ...structuredClone(conectamos), ...change });
/** A container with only these adapters (and the Conectamos site cookies of these categories). */
const withOnly = (adapters: Container['adapters'], categories = ['necessary']): Container => ({
  ...changed({ adapters }),
  cookies: conectamos.cookies!.filter((c) => categories.includes(c.category)),
  campaigns: [],
});

describe("the seed policy's errors are not in what is generated", () => {
  test.each(['en', 'es'] as const)('%s: consent is never implied by using the site', (lang) => {
    const text = policy(conectamos, lang);
    expect(text).not.toMatch(/continu(ing|ed) (to )?use|by using|al (seguir )?usar|continuar usando/i);
    expect(text).toContain(
      lang === 'en'
        ? 'Continuing to browse, scrolling or closing the banner is not consent.'
        : 'Seguir navegando, desplazarte por la página o cerrar el banner no es dar tu consentimiento.',
    );
  });

  test.each(['en', 'es'] as const)('%s: data is never called anonymous, only "not anonymous"', (lang) => {
    const text = policy(conectamos, lang);
    // Every "anonymous" is denied right before it, and the seed's "anonymized" and "IP masking" are gone.
    const word = lang === 'en' ? /(\w+\s+)?anonym\w*/gi : /(\w+\s+)?anónim\w*/gi;
    const uses = [...text.matchAll(word)].map((m) => m[0]);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(lang === 'en' ? /^not anonymous/ : /^no anónim|^son anónim/);
    expect(text).not.toMatch(/anonymi[sz]|masking|enmascar/i);
    expect(text).toMatch(lang === 'en' ? /pseudonymous, not anonymous/ : /seudónimos, no anónimos/);
  });

  test('every cookie the vendors set is listed, the ones the seed left out included', () => {
    const text = policy(conectamos, 'en');
    for (const name of [
      '__hstc',
      '__hssc',
      '__hssrc',
      '_gcl_*',
      'intercom-id-*',
      'intercom-session-*',
      '__stripe_mid',
    ])
      expect(text).toContain(`| \`${name}\``);
  });

  test('withdrawing is described as the SDK does it, not as clearing localStorage by hand', () => {
    const text = policy(conectamos, 'en');
    expect(text).toContain('open the **Cookie settings** (the link at the bottom of every page)');
    expect(text).toContain('delete its cookies and storage keys on our domain');
    expect(text).toContain('After 1 year, or as soon as this policy has a new version, we ask you again.');
    expect(text).not.toMatch(/clear the localStorage|contact us at/i);
  });
});

describe('Global Privacy Control and Do Not Track', () => {
  const section = (text: string, heading: string) => text.split(`### ${heading}\n\n`)[1]!.split('\n\n')[0];

  test('honoured by default: "Accept all" leaves marketing off, and DNT points to it', () => {
    const text = policy(conectamos, 'en');
    expect(section(text, 'Global Privacy Control')).toMatch(
      /^If your browser sends the Global Privacy Control \(GPC\) signal, we take it as a refusal of marketing: “Accept all” then allows every category except marketing/,
    );
    expect(section(text, 'Do Not Track')).toMatch(
      /whether the browser sends it or not\. The signal we act on is Global Privacy Control/,
    );
  });

  test('switched off in the container: the policy says so, and DNT does not point to it', () => {
    const text = policy(changed({ honorGlobalPrivacyControl: false }), 'es');
    expect(section(text, 'Global Privacy Control')).toBe(
      'Este sitio no actúa según la señal Global Privacy Control (GPC). En cualquier caso, no guarda ninguna cookie opcional sin tu consentimiento.',
    );
    expect(section(text, 'Do Not Track')).not.toContain('Global Privacy Control');
  });

  test('without marketing vendors or cookies there is no marketing to hold back', () => {
    const text = policy(withOnly({ posthog: { apiKey: 'phc_Cnct2026EuProductAnalyticsKey7Qx' } }), 'en');
    expect(section(text, 'Global Privacy Control')).toMatch(/This site uses no marketing cookies\.$/);
    expect(text).not.toContain('#### Marketing');
  });
});

describe('what follows the container', () => {
  test('only the categories in use, each with the UI text that describes it', () => {
    const text = policy(withOnly({ intercom: { appId: 'cnct2026' } }, ['necessary', 'functional']), 'es');
    expect([...text.matchAll(/^#### (.+)$/gm)].map((m) => m[1])).toEqual([
      'Estrictamente necesarias',
      'Funcionales',
      'Intercom',
    ]);
    expect(text).toContain('(por ejemplo, Intercom necesita las cookies funcionales)');
  });

  test('the opt-out markers kept on purpose are listed for the vendors that have one, and only then', () => {
    expect(policy(conectamos, 'en')).toContain(
      "deleting it would let that vendor's script track you again.\n\n- `__ph_opt_in_out_*` (PostHog)\n- `__hs_do_not_track` (HubSpot)\n",
    );
    expect(policy(withOnly({ 'linkedin-insight': { partnerId: '123456' } }), 'en')).not.toContain(
      'We keep these on purpose',
    );
  });

  test("a vendor's purpose and notes follow its options", () => {
    const signals = policy(
      withOnly({ 'google-analytics': { measurementId: 'G-CNCT2026AB', allowGoogleSignals: true } }),
      'en',
    );
    expect(signals).toContain('Google Signals is on: Google links the visits');
    expect(signals).not.toContain('Google Signals is off');
    const us = policy(
      withOnly({ posthog: { apiKey: 'phc_Cnct2026EuProductAnalyticsKey7Qx', region: 'us' } }),
      'es',
    );
    expect(us).toContain('Los datos van a la nube de PostHog en Estados Unidos.');
    expect(us).not.toMatch(/UE|Fráncfort/);
    const noSignals = policy(
      withOnly({
        stripe: { publishableKey: 'pk_live_Cnct2026CheckoutKey0A1B2', advancedFraudSignals: false },
      }),
      'en',
    );
    expect(noSignals).toContain("Stripe's advanced fraud signals are switched off.");
    expect(noSignals).not.toContain('Radar');
  });

  test('each vendor with its privacy policy and, where it has one, its opt-out page', () => {
    const text = policy(conectamos, 'en');
    const vendor = (name: string) => text.split(`#### ${name}\n\n`)[1]!.split('\n\n####')[0]!;
    expect(vendor('Google Analytics')).toContain(
      '- Privacy policy: [https://policies.google.com/privacy](https://policies.google.com/privacy)\n- Opt-out page: [https://tools.google.com/dlpage/gaoptout](https://tools.google.com/dlpage/gaoptout)',
    );
    expect(vendor('HubSpot')).not.toContain('Opt-out page');
    expect(vendor('LinkedIn')).toContain(
      '- Used only on the public website, never in the signed-in platform.',
    );
    expect(vendor('Stripe')).toContain('- Category: Strictly necessary.');
  });

  test('with reloadOnRevoke the page reloads on withdrawal, and the policy says so', () => {
    expect(policy(changed({ reloadOnRevoke: true }), 'en')).toContain(
      'so the page reloads after you withdraw consent.',
    );
    expect(policy(conectamos, 'en')).toContain('it is gone when you leave or reload the page.');
  });

  test("the UI's overridden texts are the ones the policy names", () => {
    const text = policy(
      changed({
        ui: { policyUrl: '/cookies', company: 'Conectamos', strings: { es: { acceptAll: 'Aceptar' } } },
      }),
      'es',
    );
    expect(text).toContain('con «Aceptar», o activando');
  });
});

describe('proof of consent', () => {
  // "receipts" is the container key of @conectamos/consent-server's receipts.
  const text = (container: Container, lang: 'es' | 'en') =>
    renderDocument(policyBlocks(container, lang), 'markdown');
  const receipts = { ...conectamos, receipts: { endpoint: '/consent/receipts' } } as Container;

  test('with receipts: a consent ID and the choice are recorded, with no IP address or user agent', () => {
    expect(text(receipts, 'en')).toContain(
      'your browser also sends us a receipt of the decision, so that we can show that you consented: a random consent ID, the categories you allowed',
    );
    expect(text(receipts, 'en')).toContain(
      'It holds no IP address, no details of your browser or device (user agent) and no cookies.',
    );
    expect(text(receipts, 'es')).toContain(
      'No contiene tu dirección IP, ni datos de tu navegador o dispositivo (user agent), ni cookies.',
    );
    expect(text(receipts, 'en')).not.toContain('we do not send it to our servers');
  });

  test('without: the choice stays in the browser', () => {
    const without = { ...conectamos, receipts: undefined } as Container;
    expect(text(without, 'en')).toContain(
      'Your choice stays in your browser: we do not send it to our servers.',
    );
    expect(text(without, 'en')).not.toContain('receipt');
  });
});

describe('formats', () => {
  test('HTML: every text escaped, and a live "Cookie settings" link on the policy page itself', () => {
    const html = cookiePolicy(changed({ ui: { policyUrl: '/cookies', company: 'A & B <Labs>' } }), {
      lang: 'en',
      format: 'html',
    });
    expect(html).toContain('<p>Cookies are small text files');
    expect(html).toContain('everything A &amp; B &lt;Labs&gt; keeps in your browser');
    expect(html).not.toContain('<Labs>');
    expect(html).toContain(
      'open the <a href="#" data-consent-open>Cookie settings</a> (the link at the bottom of every page)',
    );
    expect(html).toContain(
      '<li>Privacy policy: <a href="https://stripe.com/privacy">https://stripe.com/privacy</a></li>',
    );
    expect(html).toContain('<h4>Strictly necessary</h4>');
  });

  test('a company name is text, never markup, in Markdown too', () => {
    const md = policy(
      changed({ ui: { policyUrl: '/cookies', company: '*Evil* [x](javascript:1) `y`' } }),
      'en',
    );
    expect(md).toContain('everything \\*Evil\\* \\[x\\](javascript:1) \\`y\\` keeps');
  });

  test('stable, and refused for a container the validator refuses', () => {
    expect(policy(structuredClone(conectamos), 'es')).toBe(policy(conectamos, 'es'));
    expect(() =>
      cookiePolicy({ policyVersion: '1', adapters: { 'facebook-pixel': {} } }, { lang: 'en' }),
    ).toThrow(/^cookiePolicy: not a valid container.*facebook-pixel/);
  });
});
