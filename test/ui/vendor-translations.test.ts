import type { SiteCookie } from '@conectamos/consent';
import { hubspot, i18n as hubspotI18n } from '@conectamos/consent-hubspot';
import { posthog, i18n as posthogI18n } from '@conectamos/consent-posthog';
import type { ConsentDialog, ConsentUIOptions, mountConsentBanner } from '@conectamos/consent-ui';
import { describe, expect, test } from 'vitest';
import { makeWindow, settle } from '../helpers/window';
import { mount } from './fixture';

const KEY = 'phc_0123456789abcdefghijABCDEFGHIJ';

/** A vendor's block in the open dialog (in `section`, if given): its description and its rows as [name, purpose, duration]. */
const block = ({ root }: Pick<ReturnType<typeof mount>, 'root'>, name: string, section?: Element) => {
  const found = [...(section ?? root).querySelectorAll('.vendor')].find(
    (b) => b.querySelector('h4')?.textContent === name,
  );
  if (!found) throw new Error(`no block "${name}"`);
  return {
    description: found.querySelector('.description')?.textContent,
    rows: [...found.querySelectorAll('tbody tr')].map((row) => {
      const [name, purpose, duration] = [...row.children];
      return [name?.firstChild?.textContent, purpose?.textContent, duration?.textContent];
    }),
  };
};

describe('the vendors in Spanish, from their manifests', () => {
  const translations = { posthog: posthogI18n, hubspot: hubspotI18n };

  test("a Spanish page shows the vendor's purpose and every cookie's purpose and duration in Spanish", () => {
    const mounted = mount({
      adapters: [posthog({ apiKey: KEY }), hubspot({ portalId: '1234567' })],
      options: { lang: 'es', vendorTranslations: translations },
    });
    mounted.ui.open();
    const { description, rows } = block(mounted, 'PostHog');
    // The EU project's purpose, with the EU sentence: found by the English the adapter gives.
    expect(description).toBe(
      'Analítica de producto para entender cómo se usan las funciones de la plataforma. Los datos se guardan en servidores de la UE.',
    );
    expect(rows).toEqual([
      ['ph_*', 'Analítica de producto para entender cómo se usan las funciones de la plataforma.', '1 año'],
      ['ph_*', 'Analítica de producto para entender cómo se usan las funciones de la plataforma.', 'Sesión'],
      [
        '__ph_opt_in_out_*',
        'Recuerda que rechazaste PostHog, para que siga desactivado',
        'Hasta que se borre',
      ],
    ]);
    expect(block(mounted, 'HubSpot').rows[3]).toEqual(['__hssrc', 'Detecta una sesión nueva', 'Sesión']);
  });

  test('the US project gets its own purpose, without the EU sentence, in both languages', () => {
    const us = () => posthog({ apiKey: KEY, region: 'us' });
    const es = mount({ adapters: [us()], options: { lang: 'es', vendorTranslations: translations } });
    es.ui.open();
    expect(block(es, 'PostHog').description).toBe(
      'Analítica de producto para entender cómo se usan las funciones de la plataforma.',
    );
    const en = mount({ adapters: [us()], options: { lang: 'en', vendorTranslations: translations } });
    en.ui.open();
    expect(block(en, 'PostHog').description).toBe(
      'Product analytics for understanding how features are used within the platform.',
    );
    expect(block(en, 'PostHog').rows[0]).toEqual([
      'ph_*',
      'Product analytics for understanding how features are used within the platform.',
      '1 year',
    ]);
  });

  test('without translations, or for a vendor they do not cover, a Spanish page shows the English, never a blank', () => {
    const mounted = mount({
      adapters: [posthog({ apiKey: KEY }), hubspot({ portalId: '1234567' })],
      options: { lang: 'es', vendorTranslations: { hubspot: hubspotI18n } },
    });
    mounted.ui.open();
    expect(block(mounted, 'PostHog').rows[2]).toEqual([
      '__ph_opt_in_out_*',
      'Remembers that you opted out, so PostHog stays off',
      'Until deleted',
    ]);
    expect(block(mounted, 'HubSpot').description).toBe(
      'Relaciona las visitas y los registros con nuestras campañas y nuestro CRM.',
    );
  });

  test('translations that are not text (a page or a container may pass anything) leave the English', () => {
    const broken = {
      hubspot: {
        es: {
          purposes: [['Links visits and sign-ups to our campaigns and CRM.', 5]],
          cookies: [{}, { purpose: ' ' }, null],
        },
      },
    } as unknown as ConsentUIOptions['vendorTranslations'];
    const mounted = mount({
      adapters: [hubspot({ portalId: '1234567' })],
      options: { lang: 'es', vendorTranslations: broken },
    });
    mounted.ui.open();
    const { description, rows } = block(mounted, 'HubSpot');
    expect(description).toBe('Links visits and sign-ups to our campaigns and CRM.');
    expect(rows.slice(0, 3)).toEqual([
      ['hubspotutk', 'Tracks visitor identity for HubSpot CRM and marketing attribution', '180 days'],
      ['__hstc', 'Visitor and visit times, for attribution', '6 months'],
      ['__hssc', 'Counts pages in the session', '30 minutes'],
    ]);
  });
});

describe("the site's own cookies in Spanish, from their declarations", () => {
  const cookies: SiteCookie[] = [
    {
      name: 'lang',
      category: 'functional',
      purpose: 'Remembers your language preference',
      duration: '1 year',
      provider: 'Conectamos',
      i18n: { es: { purpose: 'Recuerda tu idioma', duration: '1 año' } },
    },
    {
      name: 'timezone',
      category: 'functional',
      purpose: 'Your time zone',
      duration: '1 year',
      provider: 'Conectamos',
    },
  ];
  const functionalRows = (lang: 'es' | 'en') => {
    const mounted = mount({ adapters: [], cookies, options: { lang, company: 'Conectamos' } });
    mounted.ui.open();
    // The second category shown: functional (no analytics or marketing here).
    return block(mounted, 'Conectamos', mounted.root.querySelectorAll('.category')[1]).rows;
  };

  test('Spanish where the declaration has it, English where it has none', () => {
    expect(functionalRows('es')).toEqual([
      ['lang', 'Recuerda tu idioma', '1 año'],
      ['timezone', 'Your time zone', '1 year'],
    ]);
    expect(functionalRows('en')).toEqual([
      ['lang', 'Remembers your language preference', '1 year'],
      ['timezone', 'Your time zone', '1 year'],
    ]);
  });
});

test("the drop-in's dialog chunk hands over a dialog that shows every built-in vendor in Spanish", async () => {
  const global = globalThis as { ConectamosConsentChunks?: [string, unknown][] };
  const before = global.ConectamosConsentChunks;
  global.ConectamosConsentChunks = [];
  try {
    await import('../../packages/browser/src/ui-chunk');
    await import('../../packages/browser/src/dialog-chunk');
    const chunks = new Map(global.ConectamosConsentChunks);
    expect([...chunks.keys()]).toEqual(['ui', 'dialog']);
    const ui = chunks.get('ui') as { mountConsentBanner: typeof mountConsentBanner };
    const dialog = chunks.get('dialog') as ConsentDialog;
    const win = makeWindow();
    const mounted = mount({ win, adapters: [hubspot({ portalId: '1234567' })], options: { lang: 'es' } });
    mounted.ui.unmount();
    ui.mountConsentBanner(
      mounted.consent,
      { policyUrl: '/cookies', lang: 'es', window: win },
      async () => dialog,
    ).open();
    await settle();
    const root = win.document.querySelector('conectamos-consent')!.shadowRoot!;
    expect(block({ root }, 'HubSpot').rows[0]).toEqual([
      'hubspotutk',
      'Identifica al visitante para el CRM de HubSpot y la atribución de marketing',
      '180 días',
    ]);
  } finally {
    global.ConectamosConsentChunks = before;
  }
});
