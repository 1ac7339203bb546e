import type { Adapter, Category, SiteCookie } from '@conectamos/consent';
import { describe, expect, test } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { granted, mount } from './fixture';

type Optional = Exclude<Category, 'necessary'>;
const vendorIn = (category: Optional): Adapter =>
  testAdapter({ id: `${category}-vendor`, vendor: `${category} vendor`, category });

/** A site whose only optional categories are these, each through one adapter. */
const siteWith = (categories: Optional[], lang: 'en' | 'es' = 'en') =>
  mount({ adapters: categories.map(vendorIn), cookies: [], options: { lang } });

const bannerText = ({ banner }: ReturnType<typeof mount>) =>
  banner.querySelector('.banner-text p:not(.banner-title)')?.textContent;

describe('the banner names only the purposes the site has', () => {
  const en = {
    necessary: 'Strictly necessary cookies keep this site working.',
    ask: 'With your permission we also use cookies to',
    change: 'You can change your choice at any time.',
  };
  const es = {
    necessary: 'Las cookies estrictamente necesarias hacen que este sitio funcione.',
    ask: 'Con tu permiso, también usamos cookies para',
    change: 'Puedes cambiar tu elección en cualquier momento.',
  };
  const cases: [Optional[], string, string][] = [
    [[], en.necessary, es.necessary],
    [['functional'], `${en.ask} remember your settings.`, `${es.ask} recordar tus ajustes.`],
    [['analytics'], `${en.ask} understand how the site is used.`, `${es.ask} entender cómo se usa el sitio.`],
    [['marketing'], `${en.ask} measure our advertising.`, `${es.ask} medir nuestra publicidad.`],
    [
      ['functional', 'analytics'],
      `${en.ask} remember your settings and understand how the site is used.`,
      `${es.ask} recordar tus ajustes y entender cómo se usa el sitio.`,
    ],
    [
      ['functional', 'marketing'],
      `${en.ask} remember your settings and measure our advertising.`,
      `${es.ask} recordar tus ajustes y medir nuestra publicidad.`,
    ],
    [
      ['analytics', 'marketing'],
      `${en.ask} understand how the site is used and measure our advertising.`,
      `${es.ask} entender cómo se usa el sitio y medir nuestra publicidad.`,
    ],
    [
      ['marketing', 'analytics', 'functional'],
      `${en.ask} remember your settings, understand how the site is used and measure our advertising.`,
      `${es.ask} recordar tus ajustes, entender cómo se usa el sitio y medir nuestra publicidad.`,
    ],
  ];
  for (const [categories, english, spanish] of cases)
    test(`with ${categories.join(' and ') || 'no optional category'}`, () => {
      const sentence = (text: string, necessary: string, change: string) =>
        categories.length ? `${necessary} ${text} ${change}` : necessary;
      expect(bannerText(siteWith(categories))).toBe(
        `${sentence(english, en.necessary, en.change)} Cookie policy`,
      );
      expect(bannerText(siteWith(categories, 'es'))).toBe(
        `${sentence(spanish, es.necessary, es.change)} Política de cookies`,
      );
    });

  test('the purposes and the joining word are overridable', () => {
    const mounted = mount({
      adapters: [vendorIn('functional'), vendorIn('analytics')],
      cookies: [],
      options: {
        strings: {
          bannerOptional: 'We also want to {purposes} ($&).',
          analyticsPurpose: 'count visits',
          and: '&',
        },
      },
    });
    expect(bannerText(mounted)).toBe(
      'Strictly necessary cookies keep this site working. We also want to remember your settings & count visits ($&). Cookie policy',
    );
  });
});

describe('a category with nothing in it is not offered', () => {
  test('no marketing vendor: no Marketing switch, and "Accept all" leaves marketing denied', () => {
    const { ui, root, consent, button } = siteWith(['functional', 'analytics']);
    ui.open();
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Strictly necessary',
      'Functional',
      'Analytics',
    ]);
    button('Accept all').click();
    expect(granted(consent)).toEqual(['necessary', 'functional', 'analytics']);
  });

  test('from the banner too', () => {
    const { consent, button } = siteWith(['analytics']);
    button('Accept all').click();
    expect([consent.state.decided, granted(consent)]).toEqual([true, ['necessary', 'analytics']]);
  });

  test('"Save choices" records a category that is not shown as denied', () => {
    const { ui, consent, toggle, button } = siteWith(['analytics']);
    ui.open();
    toggle('Analytics').click();
    button('Save choices').click();
    expect(granted(consent)).toEqual(['necessary', 'analytics']);
  });

  test('a site cookie alone puts its category in use; strictly necessary is always there, with the consent record', () => {
    const cookies: SiteCookie[] = [
      {
        name: 'lang',
        purpose: 'Language',
        duration: '1 year',
        provider: 'Conectamos',
        category: 'functional',
      },
    ];
    const { ui, root, banner } = mount({ adapters: [], cookies });
    ui.open();
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Strictly necessary',
      'Functional',
    ]);
    expect(root.querySelector('.category tbody td')?.firstChild?.textContent).toBe('cookie_consent');
    expect(banner.textContent).toContain('to remember your settings. You can');
  });

  test('a site with no optional category still shows the necessary section and records a decision', () => {
    const { ui, root, consent, button } = siteWith([]);
    ui.open();
    expect(root.querySelectorAll('[role=switch]')).toHaveLength(1);
    button('Accept all').click();
    expect(consent.state).toMatchObject({
      decided: true,
      categories: { functional: false, analytics: false, marketing: false },
    });
  });

  test('an adapter registered after mounting brings its category into the dialog', () => {
    const { ui, consent, toggle } = siteWith(['analytics']);
    consent.register(vendorIn('marketing'));
    ui.open();
    expect(toggle('Marketing').checked).toBe(false);
    expect(toggle('marketing vendor')).toBeTruthy();
  });
});
