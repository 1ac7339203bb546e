import { type Adapter, createConsent } from '@conectamos/consent';
import { bindMarkup } from '@conectamos/consent-browser';
import { describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow, settle, type TestWindow } from '../helpers/window';

const policyVersion = '2026-11-01';
const NONCE = 'c2VydmVyLW5vbmNl';

/** A page whose server wrote `html` into the body, with the drop-in bound to it. */
function page(
  html: string,
  options: { nonce?: string; surface?: 'site' | 'platform'; adapters?: Adapter[] } = {},
) {
  const win = makeWindow({ runInlineScripts: true });
  win.document.body.innerHTML = html;
  // What a server does on a page it renders: the nonce attribute, as the parser would set it.
  for (const script of win.document.querySelectorAll('script[data-server]'))
    (script as HTMLScriptElement).nonce = options.nonce ?? '';
  const { surface, adapters } = options;
  const consent = createConsent({ policyVersion, window: win, surface, adapters });
  bindMarkup(consent, win, options.nonce);
  return { win, consent };
}
const ran = (win: TestWindow): string[] => (win as unknown as { __ran?: string[] }).__ran ?? [];
const block = (category: string, name: string, extra = '') =>
  `<script type="text/plain" data-consent-category="${category}" ${extra}>(window.__ran = window.__ran || []).push('${name}')</script>`;

describe('blocked scripts in markup', () => {
  test('run when their category is granted, not before', async () => {
    const { win, consent } = page(block('analytics', 'stats'));
    await settle();
    expect(ran(win)).toEqual([]);
    consent.grant('analytics');
    expect(ran(win)).toEqual(['stats']);
    expect(win.document.querySelector('script[type="text/plain"]')).toBeNull();
  });

  test('with a nonce in use, only blocks the server marked with it run; injected ones stay inert', async () => {
    const { win, consent } = page(
      [
        block('necessary', 'server-necessary', 'data-server'),
        block('analytics', 'server-stats', 'data-server'),
      ].join(''),
      { nonce: NONCE },
    );
    // Untrusted HTML inserted by the page (a comment field): it carries no nonce, or a guessed one.
    const comment = win.document.createElement('div');
    comment.innerHTML =
      block('necessary', 'injected-necessary') +
      block('analytics', 'injected-stats', 'nonce="guess"') +
      '<script type="text/plain" data-consent-category="necessary" data-src="https://evil.example/x.js"></script>';
    win.document.body.append(comment);
    await settle();
    expect(ran(win)).toEqual(['server-necessary']);
    consent.acceptAll();
    expect(ran(win)).toEqual(['server-necessary', 'server-stats']);
    expect([...win.document.scripts].some((s) => s.src.includes('evil.example'))).toBe(false);
    const activated = [...win.document.scripts].filter((s) => s.type !== 'text/plain');
    expect(activated.map((s) => s.nonce)).toEqual([NONCE, NONCE]);
  });

  test('an adapter id is not a category: data-consent-category="stripe" never runs', async () => {
    const stripe = testAdapter({ id: 'stripe', category: 'necessary', onDemand: true });
    const { win, consent } = page(block('stripe', 'stripe-block'), { adapters: [stripe] });
    consent.acceptAll();
    await settle();
    expect(ran(win)).toEqual([]);
  });

  test('on the platform surface, marketing blocks never run', async () => {
    const { win, consent } = page(block('marketing', 'ads') + block('analytics', 'stats'), {
      surface: 'platform',
    });
    consent.acceptAll();
    await settle();
    expect(ran(win)).toEqual(['stats']);
  });

  test('blocks added after consent run as they arrive', async () => {
    const { win, consent } = page('');
    consent.grant('functional');
    const later = win.document.createElement('section');
    later.innerHTML = `<div>${block('functional', 'late')}</div>`;
    win.document.body.append(later);
    await settle();
    expect(ran(win)).toEqual(['late']);
  });

  test('a data-src that is not http(s) is refused, and the other blocks still run', async () => {
    const { win, consent } = page(
      '<script type="text/plain" data-consent-category="analytics" data-src="javascript:alert(1)"></script>' +
        block('analytics', 'stats'),
    );
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      consent.grant('analytics');
    } finally {
      console.error = original;
    }
    expect(ran(win)).toEqual(['stats']);
    expect(errors).toHaveLength(1);
    expect([...win.document.scripts].map((s) => s.getAttribute('src'))).not.toContain('javascript:alert(1)');
  });
});

describe('the markup hooks on a busy page', () => {
  test('a mutation looks only at the nodes it added, never the whole document again', async () => {
    const { win, consent } = page(block('analytics', 'stats'));
    consent.grant('analytics');
    const scans = vi.spyOn(win.document, 'querySelectorAll');
    const scansOfHtml = vi.spyOn(win.document.documentElement, 'querySelectorAll');
    for (let i = 0; i < 20; i++) win.document.body.append(win.document.createElement('p'));
    const later = win.document.createElement('div');
    later.innerHTML = block('analytics', 'late');
    win.document.body.append(later);
    await settle();
    expect(ran(win)).toEqual(['stats', 'late']);
    expect(scans).not.toHaveBeenCalled();
    expect(scansOfHtml).not.toHaveBeenCalled();
  });
});
