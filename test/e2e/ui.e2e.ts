import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { importMap, launch, NONCE, openSite, ROOT, ready, SHOTS, type Site } from './harness';

/**
 * The consent UI as a visitor meets it: a realistic page (header, content, a footer with a
 * "Cookie settings" link), vendors written inline against the public adapter contract with the
 * policy's cookie declarations, and the site's own cookies, so the dialog's tables are the policy's.
 */
const MODULE = `
  import { createConsent } from '@conectamos/consent';
  import { mountConsentUI } from '@conectamos/consent-ui';
  const c = (name, purpose, duration, provider, label) => ({ name, purpose, duration, provider, label });
  const vendor = (id, name, category, purpose, privacyPolicyUrl, optOutUrl, cookies) =>
    ({ id, vendor: name, category, purpose, privacyPolicyUrl, optOutUrl, cookies, load() { window.__loaded.push(id); } });
  window.__loaded = [];
  const es = document.documentElement.lang === 'es';
  window.consent = createConsent({
    policyVersion: '2026-11-01',
    cookieDomain: 'conectamos.test',
    nonce: ${JSON.stringify(NONCE)},
    adapters: [
      vendor('stripe', 'Stripe', 'necessary', 'Payment processing and fraud prevention at checkout.',
        'https://stripe.com/privacy', undefined,
        [c('__stripe_mid', 'Fraud prevention', '1 year', 'Stripe'), c('__stripe_sid', 'Fraud prevention', '30 minutes', 'Stripe')]),
      vendor('intercom', 'Intercom', 'functional', 'In-app customer support chat.',
        'https://www.intercom.com/legal/privacy', undefined,
        [c(/^intercom-id-/, 'Identifies the visitor for support chat', '9 months', 'Intercom', 'intercom-id-*'),
         c(/^intercom-session-/, 'Keeps the chat session', '1 week', 'Intercom', 'intercom-session-*')]),
      vendor('google-analytics', 'Google Analytics', 'analytics',
        'Page views, sessions and behaviour in aggregate, with IP masking.',
        'https://policies.google.com/privacy', 'https://tools.google.com/dlpage/gaoptout',
        [c('_ga', 'Tracks page views, sessions, and user behavior in aggregate', '2 years', 'Google Analytics'),
         c(/^_ga_/, 'Keeps the session state of a GA4 property', '2 years', 'Google Analytics', '_ga_*')]),
      vendor('posthog', 'PostHog', 'analytics', 'Product analytics on EU servers.',
        'https://posthog.com/privacy', undefined,
        // As PostHog's own declarations: one row for the cookie and localStorage, one for sessionStorage,
        // and its opt-out marker, which withdrawal keeps.
        [c(/^ph_/, 'Product analytics for understanding how features are used', '1 year', 'PostHog', 'ph_*'),
         { ...c(/^ph_/, 'Product analytics for understanding how features are used', '1 year', 'PostHog', 'ph_*'), storage: 'localStorage' },
         { ...c(/^ph_/, 'The current visit', 'Session', 'PostHog', 'ph_*'), storage: 'sessionStorage' },
         { ...c(/^__ph_opt_in_out_/, 'Remembers that you opted out, so PostHog stays off', 'Until deleted', 'PostHog', '__ph_opt_in_out_*'), storage: 'localStorage', keep: true }]),
      vendor('google-ads', 'Google Ads', 'marketing', 'Conversion measurement for Google Ads campaigns.',
        'https://policies.google.com/privacy', 'https://adssettings.google.com',
        [c('_gcl_au', 'Measures conversion events from Google Ads campaigns', '90 days', 'Google Ads')]),
      vendor('linkedin-insight', 'LinkedIn Insight Tag', 'marketing', 'Retargeting and conversion tracking for LinkedIn ads.',
        'https://www.linkedin.com/legal/privacy-policy', 'https://www.linkedin.com/psettings/guest-controls/retargeting-opt-out',
        [c('li_fat_id', 'Retargeting and conversion tracking for LinkedIn ad campaigns', '30 days', 'LinkedIn')]),
      vendor('hubspot', 'HubSpot', 'marketing', 'Marketing automation and CRM attribution.',
        'https://legal.hubspot.com/privacy-policy', undefined,
        [c('hubspotutk', 'Tracks visitor identity for HubSpot CRM and marketing attribution', '180 days', 'HubSpot'),
         { ...c('__hs_do_not_track', 'Remembers that you opted out, so HubSpot does not track you', '6 months', 'HubSpot'), keep: true }]),
    ],
    cookies: [
      { ...c('session_id', es ? 'Mantiene tu sesión iniciada' : 'Maintains your authenticated session', es ? 'Sesión' : 'Session', 'Conectamos'), category: 'necessary' },
      { ...c('csrf_token', es ? 'Protege contra ataques CSRF' : 'Prevents cross-site request forgery', es ? 'Sesión' : 'Session', 'Conectamos'), category: 'necessary' },
      { ...c('cookie_consent', es ? 'Guarda tu elección de cookies' : 'Stores your cookie choice', es ? '1 año' : '1 year', 'Conectamos'), storage: 'localStorage', category: 'necessary' },
      { ...c('lang', es ? 'Recuerda tu idioma' : 'Remembers your language', es ? '1 año' : '1 year', 'Conectamos'), category: 'functional' },
      { ...c('timezone', es ? 'Guarda tu zona horaria' : 'Stores your time zone', es ? '1 año' : '1 year', 'Conectamos'), category: 'functional' },
      { ...c('ui_preferences', es ? 'Ajustes de la interfaz' : 'Interface settings such as sidebar state', es ? '1 año' : '1 year', 'Conectamos'), category: 'functional' },
      { ...c('onboarding_state', es ? 'Progreso de la bienvenida' : 'Progress through onboarding', es ? '90 días' : '90 days', 'Conectamos'), category: 'functional' },
      { ...c('_cnct_sess', es ? 'Analítica interna de uso' : 'Internal session analytics', es ? '30 días' : '30 days', 'Conectamos'), category: 'analytics' },
    ],
  });
  window.mount = (options = {}) => {
    window.ui = mountConsentUI(window.consent, { policyUrl: '/cookies', company: 'Conectamos', nonce: ${JSON.stringify(NONCE)}, ...options });
  };
  if (!location.search.includes('defer')) window.mount();
  window.__ready = true;
`;

const COPY = {
  en: {
    nav: ['Product', 'Pricing', 'Customers', 'Sign in'],
    h1: 'Automate your operations, end to end',
    lead: 'Conectamos connects your tools, your team and your data in one platform. Build workflows in minutes, not months.',
    body: 'Teams in logistics, retail and finance use Conectamos to remove manual work from their day.',
    cta: 'Start for free',
    footer: ['Privacy', 'Terms', 'Cookie settings'],
  },
  es: {
    nav: ['Producto', 'Precios', 'Clientes', 'Entrar'],
    h1: 'Automatiza tus operaciones de principio a fin',
    lead: 'Conectamos une tus herramientas, tu equipo y tus datos en una sola plataforma. Crea flujos en minutos, no en meses.',
    body: 'Equipos de logística, comercio y finanzas usan Conectamos para quitar trabajo manual de su día.',
    cta: 'Empieza gratis',
    footer: ['Privacidad', 'Términos', 'Configuración de cookies'],
  },
};

const SITE_CSS = `
  :root { color-scheme: light dark; --bg: #fbfbfd; --fg: #16181d; --muted: #4d5461; --brand: #1f4fd1; }
  @media (prefers-color-scheme: dark) { :root { --bg: #0f1115; --fg: #eceef2; --muted: #b3b9c4; --brand: #8fb3ff; } }
  * { box-sizing: border-box; }
  body { margin: 0; font: 17px/1.6 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
  header, footer { display: flex; gap: 24px; align-items: center; padding: 20px 48px; }
  header nav { display: flex; gap: 20px; margin-left: auto; }
  a { color: var(--brand); }
  .logo { font-weight: 800; font-size: 20px; text-decoration: none; color: var(--fg); }
  main { max-width: 760px; padding: 72px 48px 320px; }
  h1 { font-size: 44px; line-height: 1.15; margin: 0 0 20px; }
  .lead { font-size: 20px; color: var(--muted); }
  .cta { display: inline-block; margin-top: 16px; padding: 12px 22px; border-radius: 8px; background: var(--brand); color: var(--bg); text-decoration: none; font-weight: 600; }
  footer { border-top: 1px solid #8884; font-size: 15px; }
  @media (max-width: 640px) {
    header, footer { flex-wrap: wrap; gap: 12px 20px; padding: 16px 20px; }
    header nav { margin-left: 0; }
    main { padding: 32px 20px 320px; }
    h1 { font-size: 34px; }
  }
`;

function sitePage(lang: 'en' | 'es'): string {
  const t = COPY[lang];
  const links = (items: string[]) =>
    items.map((x) => `<a href="/${encodeURIComponent(x)}">${x}</a>`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Conectamos</title>
<link rel="stylesheet" href="/site.css">${importMap(NONCE)}</head><body>
<header><a class="logo" href="/">Conectamos</a><nav aria-label="Main">${links(t.nav)}</nav></header>
<main id="content"><h1>${t.h1}</h1><p class="lead">${t.lead}</p><p>${t.body}</p><a class="cta" href="/signup">${t.cta}</a></main>
<footer>${links(t.footer.slice(0, 2))}<a id="cookie-settings" href="/cookies" data-consent-open>${t.footer[2]}</a></footer>
<script type="module" nonce="${NONCE}">${MODULE}</script></body></html>`;
}

const pages = {
  '/': sitePage('en'),
  '/es': sitePage('es'),
  '/site.css': { body: SITE_CSS, type: 'text/css' },
};
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Focused {
  tag: string;
  label: string;
  inDialog: boolean;
  inUI: boolean;
}

/** What has focus, looking through the shadow root, with its accessible label (as a person hears it). */
const focused = (p: Page): Promise<Focused | null> =>
  p.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const root = el.getRootNode() as Document | ShadowRoot;
    const ids = el.getAttribute('aria-labelledby');
    const label = ids
      ? root.getElementById(ids)?.textContent
      : (el.getAttribute('aria-label') ?? el.textContent);
    return {
      tag: el.tagName.toLowerCase(),
      label: (label ?? '').trim(),
      inDialog: !!el.closest('dialog'),
      inUI: root !== document,
    };
  });

/** Presses Tab (only Tab) until the control with this label has focus. */
async function tabTo(p: Page, label: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await p.keyboard.press(key);
    if ((await focused(p))?.label === label) return;
  }
  throw new Error(`never reached "${label}" with ${key}`);
}

type State = { decided: boolean; categories: Record<string, boolean>; optedOut: string[] };
const state = (p: Page): Promise<State> =>
  p.evaluate(() => (window as never as { consent: { state: State } }).consent.state);

/** Runs in the page: the UI's shadow root. */
const shadow = `document.querySelector('conectamos-consent').shadowRoot`;
const bannerVisible = (p: Page): Promise<boolean> =>
  p.evaluate(`!${shadow}.querySelector('.banner').hidden`) as Promise<boolean>;
const dialogOpen = (p: Page): Promise<boolean> =>
  p.evaluate(`${shadow}.querySelector('dialog').open`) as Promise<boolean>;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await site?.close();
});

async function visit(path = '/', pageHeaders?: Record<string, string>): Promise<Page> {
  site = await openSite(browser, { pages, pageHeaders });
  const p = await site.open(path);
  await p.setViewportSize({ width: 1280, height: 800 });
  await ready(p);
  return p;
}

describe('keyboard only', () => {
  test('Tab to "Accept all" and Enter grants everything and hides the banner', async () => {
    const p = await visit();
    expect(await bannerVisible(p)).toBe(true);
    await tabTo(p, 'Accept all');
    expect(await focused(p)).toMatchObject({ tag: 'button', inUI: true, inDialog: false });
    await p.keyboard.press('Enter');
    expect(await state(p)).toMatchObject({
      decided: true,
      categories: { functional: true, analytics: true, marketing: true },
    });
    expect(await bannerVisible(p)).toBe(false);
    expect(site.problems).toEqual([]);
  });

  test('Tab to "Only necessary" and Space keeps only the strictly necessary', async () => {
    const p = await visit();
    await tabTo(p, 'Only necessary');
    await p.keyboard.press('Space');
    expect(await state(p)).toMatchObject({
      decided: true,
      categories: { necessary: true, functional: false, analytics: false, marketing: false },
    });
    expect(await bannerVisible(p)).toBe(false);
    expect(await p.evaluate(() => (window as never as { __loaded: string[] }).__loaded)).toEqual(['stripe']);
  });

  test('a custom choice: analytics on, but PostHog switched off, saved', async () => {
    const p = await visit();
    await tabTo(p, 'Preferences');
    await p.keyboard.press('Enter');
    expect(await dialogOpen(p)).toBe(true);
    expect(await focused(p)).toMatchObject({ inDialog: true });
    await tabTo(p, 'Analytics');
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatchObject({ tag: 'summary' });
    await p.keyboard.press('Enter');
    await tabTo(p, 'PostHog');
    expect(await p.evaluate(`${shadow}.activeElement.checked`)).toBe(true);
    await p.keyboard.press('Space');
    expect(await p.evaluate(`${shadow}.activeElement.checked`)).toBe(false);
    await tabTo(p, 'Save choices');
    await p.keyboard.press('Enter');
    expect(await dialogOpen(p)).toBe(false);
    expect(await state(p)).toMatchObject({
      decided: true,
      categories: { functional: false, analytics: true, marketing: false },
      optedOut: ['posthog'],
    });
    // PostHog never ran, not even for a moment between the calls.
    expect(await p.evaluate(() => (window as never as { __loaded: string[] }).__loaded)).toEqual([
      'stripe',
      'google-analytics',
    ]);
    expect(await bannerVisible(p)).toBe(false);
  });

  test('Enter also toggles a switch', async () => {
    const p = await visit();
    await tabTo(p, 'Preferences');
    await p.keyboard.press('Enter');
    await tabTo(p, 'Marketing');
    await p.keyboard.press('Enter');
    expect(await p.evaluate(`${shadow}.activeElement.checked`)).toBe(true);
    expect(await dialogOpen(p)).toBe(true);
  });
});

describe('focus', () => {
  test('moves into the dialog, stays there both ways, and returns to the footer link after Escape', async () => {
    const p = await visit();
    await tabTo(p, 'Cookie settings');
    expect(await focused(p)).toMatchObject({ tag: 'a', inUI: false });
    await p.keyboard.press('Enter');
    expect(await dialogOpen(p)).toBe(true);
    expect(await focused(p)).toMatchObject({ inDialog: true, label: 'Close' });
    await expect(p.getByRole('dialog', { name: 'Cookie preferences' }).isVisible()).resolves.toBe(true);
    // Open every disclosure so the trap is tested over every control, links included.
    await p.evaluate(`${shadow}.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await p.keyboard.press('Tab');
      const f = await focused(p);
      expect(f?.inDialog, `Tab #${i + 1} left the dialog`).toBe(true);
      seen.add(f!.label);
    }
    expect(seen).toContain('Save choices');
    expect(seen).toContain('Close');
    for (let i = 0; i < 10; i++) {
      await p.keyboard.press('Shift+Tab');
      expect((await focused(p))?.inDialog, `Shift+Tab #${i + 1} left the dialog`).toBe(true);
    }
    await p.keyboard.press('Escape');
    expect(await dialogOpen(p)).toBe(false);
    expect(await focused(p)).toMatchObject({ tag: 'a', label: 'Cookie settings', inUI: false });
    // Escape decided nothing: the banner still asks.
    expect(await state(p)).toMatchObject({ decided: false });
    expect(await bannerVisible(p)).toBe(true);
  });

  test('the banner is a labelled region that does not trap focus', async () => {
    const p = await visit();
    // As assistive technology sees it (Playwright computes roles and names through the shadow root).
    await expect(p.getByRole('region', { name: 'We use cookies' }).isVisible()).resolves.toBe(true);
    await tabTo(p, 'Accept all');
    // Tab moves on past the banner (to the browser, then back to the page), never stuck inside it.
    const after: Focused[] = [];
    for (let i = 0; i < 3; i++) {
      await p.keyboard.press('Tab');
      const f = await focused(p);
      if (f) after.push(f);
    }
    expect(after.some((f) => !f.inUI)).toBe(true);
  });
});

describe('reopening', () => {
  test('the footer "Cookie settings" link reopens the dialog after a decision, with the choice shown', async () => {
    const p = await visit();
    await tabTo(p, 'Only necessary');
    await p.keyboard.press('Enter');
    await p.click('#cookie-settings');
    expect(await dialogOpen(p)).toBe(true);
    expect(p.url()).toBe('https://www.conectamos.test/');
    const switches = await p.evaluate(
      `[...${shadow}.querySelectorAll('section.category > .switch-row > [role=switch]')].map((s) => s.checked)`,
    );
    expect(switches).toEqual([true, false, false, false]);
    await p.keyboard.press('Escape');
    expect(await dialogOpen(p)).toBe(false);
  });

  test('mounting again, as a hot reload does, leaves one banner, and the footer link opens one dialog', async () => {
    const p = await visit();
    await p.evaluate(() => (window as never as { mount(): void }).mount());
    expect(await p.evaluate(() => document.querySelectorAll('conectamos-consent').length)).toBe(1);
    expect(await bannerVisible(p)).toBe(true);
    await p.click('#cookie-settings');
    expect(await dialogOpen(p)).toBe(true);
    expect(p.url()).toBe('https://www.conectamos.test/');
    expect(site.problems).toEqual([]);
  });

  test('a link added after mounting works too', async () => {
    const p = await visit();
    await p.evaluate(() => {
      const a = document.createElement('button');
      a.id = 'late';
      a.textContent = 'Manage cookies';
      a.setAttribute('data-consent-open', '');
      document.querySelector('main')!.append(a);
    });
    await p.click('#late');
    expect(await dialogOpen(p)).toBe(true);
  });
});

describe('layout', () => {
  test('"Accept all" and "Only necessary" have the same size and style, wide and narrow', async () => {
    const p = await visit();
    for (const width of [1280, 768, 375]) {
      await p.setViewportSize({ width, height: 800 });
      const [reject, accept] =
        (await p.evaluate(`[...${shadow}.querySelectorAll('.banner-actions .button')].slice(1).map((b) => {
        const r = b.getBoundingClientRect(), s = getComputedStyle(b);
        return { w: r.width, h: r.height, bg: s.backgroundColor, fg: s.color, font: s.font, tag: b.tagName, cls: b.className };
      })`)) as Record<string, unknown>[];
      expect(accept).toEqual(reject);
      expect(accept!.h as number).toBeGreaterThanOrEqual(44);
    }
    // Narrow, for the README: the banner, and the dialog with a cookie table.
    await p.emulateMedia({ reducedMotion: 'reduce' });
    await p.screenshot({ path: join(SHOTS, 'banner-en-mobile.png') });
    await p.evaluate(() => (window as never as { ui: { open(): void } }).ui.open());
    // The strictly necessary table, which ends with the consent record itself.
    await p.evaluate(`${shadow}.querySelectorAll('details')[0].open = true`);
    await p.evaluate(`${shadow}.querySelectorAll('.vendor')[0].scrollIntoView()`);
    await p.screenshot({ path: join(SHOTS, 'dialog-en-mobile.png') });
  });

  test('no layout shift: the page does not move when the banner shows', async () => {
    const p = await visit('/?defer');
    await p.evaluate(() => {
      (window as never as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as never as { __shift: number }).__shift += (e as never as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    const where = () =>
      p.evaluate(() =>
        ['header', 'h1', '.cta', 'footer']
          .map((s) => {
            const r = document.querySelector(s)!.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height];
          })
          .concat([[document.documentElement.scrollHeight, document.documentElement.scrollWidth]]),
      );
    const before = await where();
    await p.evaluate(() => (window as never as { mount(): void }).mount());
    expect(await bannerVisible(p)).toBe(true);
    await p.waitForTimeout(400);
    expect(await where()).toEqual(before);
    expect(await p.evaluate(() => (window as never as { __shift: number }).__shift)).toBe(0);
  });
});

describe('under a strict Content-Security-Policy', () => {
  const csp = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'`;

  test('styles apply through a constructable stylesheet, with no violation', async () => {
    const p = await visit('/', { 'content-security-policy': csp });
    await tabTo(p, 'Preferences');
    await p.keyboard.press('Enter');
    const styled = await p.evaluate(`({
      banner: getComputedStyle(${shadow}.querySelector('.banner')).position,
      dialog: getComputedStyle(${shadow}.querySelector('dialog')).display,
      inline: document.querySelectorAll('[style]').length + ${shadow}.querySelectorAll('[style]').length,
    })`);
    expect(styled).toEqual({ banner: 'fixed', dialog: 'flex', inline: 0 });
    await p.keyboard.press('Escape');
    await tabTo(p, 'Accept all');
    await p.keyboard.press('Enter');
    expect(site.problems).toEqual([]);
  });

  test('without constructable stylesheets, the <style> fallback carries the nonce', async () => {
    site = await openSite(browser, {
      pages,
      pageHeaders: { 'content-security-policy': `${csp} 'nonce-${NONCE}'` },
    });
    const p = await site.context.newPage();
    p.on('console', (m) => m.type() === 'error' && site.problems.push(m.text()));
    await p.addInitScript(() => {
      // As in Safari before 16.4.
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    });
    await p.goto('https://www.conectamos.test/');
    await ready(p);
    const styled = await p.evaluate(`({
      position: getComputedStyle(${shadow}.querySelector('.banner')).position,
      nonce: ${shadow}.querySelector('style')?.nonce,
    })`);
    expect(styled).toEqual({ position: 'fixed', nonce: NONCE });
    expect(site.problems).toEqual([]);
  });
});

/** Runs axe-core over the whole page, open shadow roots included; returns the violations, briefly. */
async function audit(p: Page) {
  const result = (await p.evaluate(() =>
    (window as never as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; nodes: { target: unknown; failureSummary: string }[] }[] };
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => [n.target, n.failureSummary]),
  }));
}

describe('axe-core audit and screenshots', () => {
  test('the audit sees inside the shadow root: a low-contrast theme is caught', async () => {
    const p = await visit();
    await p.addStyleTag({ content: 'conectamos-consent { --cc-fg: #b9bcc2; }' });
    await p.addScriptTag({ content: AXE });
    const found = await audit(p);
    expect(found.map((v) => v.id)).toContain('color-contrast');
    expect(JSON.stringify(found)).toContain('conectamos-consent');
  });

  for (const lang of ['en', 'es'] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      test(`${lang}, ${colorScheme}: no violations in the banner or the dialog`, async () => {
        const p = await visit(lang === 'es' ? '/es' : '/');
        await p.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await p.addScriptTag({ content: AXE });
        expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
        const strings =
          lang === 'es' ? ['Aceptar todas', 'Solo necesarias'] : ['Accept all', 'Only necessary'];
        const texts = await p.evaluate(
          `[...${shadow}.querySelectorAll('.banner-actions .button')].map((b) => b.textContent)`,
        );
        expect(texts).toEqual(expect.arrayContaining(strings));
        expect(await audit(p)).toEqual([]);
        await p.screenshot({ path: join(SHOTS, `banner-${lang}-${colorScheme}.png`) });

        await p.evaluate(() => (window as never as { ui: { open(): void } }).ui.open());
        expect(await audit(p)).toEqual([]);
        await p.screenshot({ path: join(SHOTS, `dialog-${lang}-${colorScheme}.png`) });
        // Every vendor and cookie table, open, audited too.
        await p.evaluate(`${shadow}.querySelectorAll('details').forEach((d) => { d.open = true; })`);
        expect(await audit(p)).toEqual([]);
        if (colorScheme === 'light') {
          // PostHog: its cookie and localStorage in one row, sessionStorage and its kept opt-out marker apart.
          const posthog = `[...${shadow}.querySelectorAll('.vendor')].find((v) => v.querySelector('h4').textContent === 'PostHog')`;
          await p.evaluate(`${posthog}.scrollIntoView({ block: 'center' })`);
          await p.screenshot({ path: join(SHOTS, `dialog-vendors-${lang}-light.png`) });
        }
      });
});
