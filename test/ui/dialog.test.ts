import { describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { mount } from './fixture';

const tab = (el: Element, shiftKey = false) =>
  el.dispatchEvent(
    new (el.ownerDocument.defaultView as Window & typeof globalThis).KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey,
      bubbles: true,
      cancelable: true,
    }),
  );

describe('the dialog', () => {
  test('is a modal dialog named by its title, with focus inside', () => {
    const { ui, dialog, root } = mount();
    ui.open();
    expect(dialog().open).toBe(true);
    expect(root.getElementById(dialog().getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Cookie preferences',
    );
    expect(root.activeElement?.getAttribute('aria-label')).toBe('Close');
    expect(dialog().contains(root.activeElement)).toBe(true);
  });

  test('one switch per category, necessary on and locked with the reason', () => {
    const { ui, toggle, root } = mount();
    ui.open();
    const necessary = toggle('Strictly necessary');
    expect([necessary.checked, necessary.disabled]).toEqual([true, true]);
    const reason = root.getElementById(necessary.getAttribute('aria-describedby')!)?.textContent;
    expect(reason).toMatch(/cannot be switched off/);
    expect(necessary.parentElement?.textContent).toContain('Always on');
    for (const name of ['Functional', 'Analytics', 'Marketing'])
      expect([toggle(name).checked, toggle(name).disabled]).toEqual([false, false]);
  });

  test('under each category its vendors, with purpose, links and the cookie table', () => {
    const { ui, root, toggle } = mount();
    ui.open();
    const analytics = [...root.querySelectorAll('.category')][2]!;
    expect(analytics.querySelector('summary')?.textContent).toBe('Vendors and cookies (3)');
    const blocks = [...analytics.querySelectorAll('.vendor')];
    expect(blocks.map((b) => b.querySelector('h4')?.textContent)).toEqual([
      'Conectamos',
      'Google Analytics',
      'PostHog',
    ]);
    // The site's own cookies: no switch of their own, the category decides.
    expect(blocks[0]!.querySelector('[role=switch]')).toBeNull();
    expect(blocks[0]!.textContent).toContain('First-party cookies');
    const ga = blocks[1]!;
    expect(ga.querySelector('.description')?.textContent).toBe('Page views and sessions in aggregate.');
    expect([...ga.querySelectorAll('a')].map((a) => [a.textContent, a.href, a.target])).toEqual([
      ['Privacy policy', 'https://policies.google.com/privacy', '_blank'],
      ['Opt-out page', 'https://tools.google.com/dlpage/gaoptout', '_blank'],
    ]);
    const rows = [...ga.querySelectorAll('tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Name', 'Purpose', 'Duration', 'Provider'],
      ['_gaCookie', 'Visitor id', '2 years', 'Google Analytics'],
      ['_ga_*Cookie', 'Session state', '2 years', 'Google Analytics'],
    ]);
    expect(ga.querySelector('th')?.getAttribute('scope')).toBe('col');
    expect(toggle('Google Analytics').checked).toBe(false);
    // A necessary vendor is locked on like its category.
    expect([toggle('Stripe').checked, toggle('Stripe').disabled]).toEqual([true, true]);
  });

  test('switches reflect the stored state, category and vendor', () => {
    const { ui, consent, toggle } = mount();
    consent.set({ analytics: true, marketing: false });
    consent.optOut('posthog');
    ui.open();
    expect(toggle('Analytics').checked).toBe(true);
    expect(toggle('Google Analytics').checked).toBe(true);
    expect(toggle('PostHog').checked).toBe(false);
    expect(toggle('Marketing').checked).toBe(false);
    expect(toggle('HubSpot').checked).toBe(false);
  });

  test('a category switch sets its vendors; a vendor switched on switches its category on', () => {
    const { ui, toggle } = mount();
    ui.open();
    toggle('Analytics').click();
    expect([toggle('Google Analytics').checked, toggle('PostHog').checked]).toEqual([true, true]);
    toggle('Analytics').click();
    expect([toggle('Google Analytics').checked, toggle('PostHog').checked]).toEqual([false, false]);
    toggle('HubSpot').click();
    expect(toggle('Marketing').checked).toBe(true);
  });

  test('Enter toggles a switch, like Space', () => {
    const { ui, toggle, win } = mount();
    ui.open();
    const marketing = toggle('Marketing');
    marketing.dispatchEvent(
      new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    expect(marketing.checked).toBe(true);
  });
});

describe('opening and closing', () => {
  test('data-consent-open anywhere, even added after mounting, opens the dialog instead of navigating', () => {
    const { win, dialog } = mount();
    const link = win.document.createElement('a');
    link.href = '/cookies';
    link.setAttribute('data-consent-open', '');
    link.innerHTML = '<span>Cookie settings</span>';
    win.document.body.prepend(link);
    const click = new win.MouseEvent('click', { bubbles: true, cancelable: true });
    link.querySelector('span')!.dispatchEvent(click);
    expect(dialog().open).toBe(true);
    expect(click.defaultPrevented).toBe(true);
  });

  test('closing returns focus to the element that opened it', () => {
    const { win, dialog, root, ui } = mount();
    const link = win.document.createElement('button');
    link.setAttribute('data-consent-open', '');
    win.document.body.prepend(link);
    link.focus();
    link.click();
    expect(dialog().contains(root.activeElement)).toBe(true);
    ui.close();
    expect(dialog().open).toBe(false);
    expect(win.document.activeElement).toBe(link);
  });

  test('Tab is kept inside: from the last control to the first, and back with Shift+Tab', () => {
    const { ui, root, button } = mount();
    ui.open();
    const first = root.activeElement as HTMLElement;
    const last = button('Save choices');
    last.focus();
    tab(last);
    expect(root.activeElement).toBe(first);
    tab(first, true);
    expect(root.activeElement).toBe(last);
  });

  test('open() twice is harmless, and the dialog shows the state at the time it opens', () => {
    const { ui, consent, toggle } = mount();
    ui.open();
    ui.open();
    ui.close();
    consent.grant('functional');
    ui.open();
    expect(toggle('Functional').checked).toBe(true);
  });

  test('adapters registered after mounting are listed', () => {
    const { ui, consent, toggle } = mount({ adapters: [] });
    consent.register(testAdapter({ id: 'intercom', vendor: 'Intercom', category: 'functional' }));
    ui.open();
    expect(toggle('Intercom')).toBeTruthy();
  });
});

describe('untrusted vendor declarations', () => {
  test('names, purposes and cookie fields are rendered as text', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { ui, root, win } = mount({
      cookies: [],
      adapters: [
        testAdapter({
          id: 'evil',
          vendor: `Evil ${evil}`,
          category: 'analytics',
          purpose: `<script>window.__pwned=1</script>`,
          cookies: [
            {
              name: 'x',
              label: evil,
              storage: evil as 'cookie',
              purpose: evil,
              duration: evil,
              provider: evil,
            },
          ],
        }),
      ],
    });
    ui.open();
    expect(root.querySelector('img, script')).toBeNull();
    const vendor = [...root.querySelectorAll('.vendor')].pop()!;
    expect(vendor.querySelector('h4')?.textContent).toBe(`Evil ${evil}`);
    expect([...vendor.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      evil + evil,
      evil,
      evil,
      evil,
    ]);
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('only http(s) links are shown; relative ones resolve against the page', () => {
    const { ui, root } = mount({
      adapters: [
        testAdapter({
          id: 'evil',
          category: 'analytics',
          privacyPolicyUrl: 'javascript:alert(1)',
          optOutUrl: '/vendors/evil/opt-out',
        }),
      ],
    });
    ui.open();
    expect([...root.querySelectorAll('.vendor a')].map((a) => (a as HTMLAnchorElement).href)).toEqual([
      'https://www.conectamos.org/vendors/evil/opt-out',
    ]);
  });
});

describe('unmount', () => {
  test('removes the UI, the page-wide listener and the subscription', () => {
    const { win, ui, consent } = mount();
    const link = win.document.createElement('a');
    link.setAttribute('data-consent-open', '');
    win.document.body.append(link);
    const listeners = vi.spyOn(win.document, 'removeEventListener');
    ui.open();
    ui.unmount();
    expect(win.document.querySelector('conectamos-consent')).toBeNull();
    expect(listeners).toHaveBeenCalledWith('click', expect.any(Function));
    const click = new win.MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(() => consent.acceptAll()).not.toThrow();
    expect(win.document.body.innerHTML).not.toContain('conectamos-consent');
  });

  test('stops following the state', () => {
    const { ui, consent, banner } = mount();
    ui.unmount();
    consent.acceptAll();
    // The detached banner was not touched after unmount.
    expect(banner.hidden).toBe(false);
  });
});
