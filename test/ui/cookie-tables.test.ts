import { posthog } from '@conectamos/consent-posthog';
import { describe, expect, test } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { mount, siteCookies } from './fixture';

type Mounted = ReturnType<typeof mount>;

/** Each row of the tables in `element`, with where it is kept (shown under the name) as a cell of its own. */
const rowsIn = (element: Element) =>
  [...element.querySelectorAll('tr')].map((row) =>
    [...row.children].flatMap((cell) => {
      const storage = cell.querySelector('.storage');
      return storage ? [cell.firstChild?.textContent, storage.textContent] : [cell.textContent];
    }),
  );

/** The table of the block whose heading is `name`, header first, as a visitor reads it. */
const table = ({ root }: Pick<Mounted, 'root'>, name: string) => {
  const block = [...root.querySelectorAll('.vendor')].find(
    (b) => b.querySelector('h4')?.textContent === name,
  );
  if (!block) throw new Error(`no block "${name}"`);
  return rowsIn(block);
};

describe('the strictly necessary table lists the consent record itself', () => {
  test("where it is kept, for how long and by whom, after the site's own necessary cookies", () => {
    const mounted = mount({ options: { company: 'Conectamos, Inc.' } });
    mounted.ui.open();
    expect(table(mounted, 'Conectamos, Inc.')).toEqual([
      ['Name', 'Purpose', 'Duration', 'Provider'],
      ['session_id', 'Cookie', 'Session', 'Session', 'Conectamos'],
      [
        'cookie_consent',
        'Local storage, Cookie',
        'Stores your cookie consent preferences',
        '1 year',
        'Conectamos, Inc.',
      ],
    ]);
  });

  test('in Spanish, with the storage key and lifetime the instance really uses', () => {
    // No company and no site cookie: the page's host stands for the site.
    const mounted = mount({
      cookies: [],
      record: { storageKey: 'cnct_consent', maxAgeDays: 180 },
      options: { lang: 'es' },
    });
    mounted.ui.open();
    expect(table(mounted, 'www.conectamos.org')).toEqual([
      ['Nombre', 'Finalidad', 'Duración', 'Proveedor'],
      [
        'cnct_consent',
        'Almacenamiento local, Cookie',
        'Guarda tus preferencias de consentimiento de cookies',
        '180 días',
        'www.conectamos.org',
      ],
    ]);
    expect(mounted.root.querySelector('summary')?.textContent).toBe('Proveedores y cookies (2)');
  });

  test('with receipts on, the receipts not sent yet are listed after it, under the same key', () => {
    const mounted = mount({
      cookies: [],
      options: { company: 'Conectamos' },
      record: { storageKey: 'cnct_consent', receipts: { endpoint: '/consent/receipts' } },
    });
    mounted.ui.open();
    expect(table(mounted, 'Conectamos').slice(2)).toEqual([
      [
        'cnct_consent_receipts',
        'Local storage',
        'Proof of your consent choices, waiting to be sent',
        '7 days',
        'Conectamos',
      ],
    ]);
  });

  test('two years read as years; a site that declares the record too does not list it twice', () => {
    const mounted = mount({
      adapters: [],
      record: { maxAgeDays: 730 },
      cookies: [
        {
          name: 'cookie_consent',
          purpose: 'Consent',
          duration: '2 years',
          provider: 'Us',
          category: 'necessary',
        },
      ],
    });
    mounted.ui.open();
    // No company given: the provider of the site's first cookie.
    expect(table(mounted, 'Us').slice(1)).toEqual([
      ['cookie_consent', 'Local storage, Cookie', 'Stores your cookie consent preferences', '2 years', 'Us'],
    ]);
  });
});

describe('every row says where it is kept', () => {
  test("PostHog's declarations: cookie and localStorage share a row, sessionStorage and the opt-out marker have their own", () => {
    const mounted = mount({ adapters: [posthog({ apiKey: 'phc_0123456789abcdefghijABCDEFGHIJ' })] });
    mounted.ui.open();
    const rows = table(mounted, 'PostHog').slice(1);
    expect(rows.map(([name, storage]) => [name, storage])).toEqual([
      ['ph_*', 'Cookie, Local storage'],
      ['ph_*', 'Session storage'],
      ['__ph_opt_in_out_*', 'Local storage'],
    ]);
    // The opt-out marker is kept on withdrawal, and its purpose says why.
    expect(rows[2]).toEqual([
      '__ph_opt_in_out_*',
      'Local storage',
      'Remembers that you opted out, so PostHog stays off',
      'Until deleted',
      'PostHog',
    ]);
  });

  test('a kept marker is listed like any other row, in Spanish too', () => {
    const hubspot = testAdapter({
      id: 'hubspot',
      vendor: 'HubSpot',
      category: 'marketing',
      cookies: [
        { name: 'hubspotutk', purpose: 'Visitor identity', duration: '180 days', provider: 'HubSpot' },
        {
          name: '__hs_do_not_track',
          purpose: 'Remembers that you opted out, so HubSpot does not track you',
          duration: '6 months',
          provider: 'HubSpot',
          keep: true,
        },
        {
          name: 'hs_state',
          storage: 'sessionStorage',
          purpose: 'Form state',
          duration: 'Session',
          provider: 'HubSpot',
        },
      ],
    });
    const mounted = mount({ adapters: [hubspot], options: { lang: 'es' } });
    mounted.ui.open();
    expect(
      table(mounted, 'HubSpot')
        .slice(1)
        .map(([name, storage]) => [name, storage]),
    ).toEqual([
      ['hubspotutk', 'Cookie'],
      ['__hs_do_not_track', 'Cookie'],
      ['hs_state', 'Almacenamiento de sesión'],
    ]);
  });

  test("rows that differ in more than storage stay apart; the site's own cookies say it too", () => {
    const mounted = mount({
      adapters: [],
      cookies: [
        ...siteCookies,
        {
          name: 'ui_preferences',
          storage: 'localStorage',
          purpose: 'Interface settings',
          duration: '1 year',
          provider: 'Conectamos',
          category: 'functional',
        },
        {
          name: 'ui_preferences',
          purpose: 'Interface settings (server copy)',
          duration: '1 year',
          provider: 'Conectamos',
          category: 'functional',
        },
      ],
      options: { company: 'Conectamos' },
    });
    mounted.ui.open();
    const functional = mounted.root.querySelectorAll('.category')[1]!;
    const rows = rowsIn(functional)
      .slice(1)
      .map(([name, storage]) => [name, storage]);
    expect(rows).toEqual([
      ['lang', 'Cookie'],
      ['ui_preferences', 'Local storage'],
      ['ui_preferences', 'Cookie'],
    ]);
  });
});
