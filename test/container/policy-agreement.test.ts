/**
 * The dialog a visitor sees, the cookie tables and the cookie policy say the same thing: the same
 * categories, the same rows (name, where it is kept, purpose, duration, provider) in the same order, the
 * same vendors with the same purposes and links, in English and in Spanish. The dialog is the real one:
 * the drop-in's boot of the container, with the adapters its factories build, in a browser window.
 */
import { bootContainer, type Container } from '@conectamos/consent-browser';
import { cookiePolicy, cookieTables } from '@conectamos/consent-container';
import { type Lang, STRINGS } from '@conectamos/consent-ui';
import { describe, expect, test } from 'vitest';
import { makeWindow } from '../helpers/window';
import { readFixture } from './run';

/** A row as a visitor reads it, where it is kept in lower case ("local storage, cookie"). */
type Row = [name: string, storage: string, purpose: string, duration: string, provider: string];
/** A category with its description and rows, or a vendor with its purpose and links. */
interface Seen {
  categories: { name: string; description: string; rows: Row[] }[];
  vendors: { name: string; purpose: string; links: string[] }[];
}

const text = (node: Node | null | undefined): string => node?.textContent?.trim() ?? '';
const cells = (row: Element): string[] => [...row.children].map(text);
// The dialog resolves links against the page (a bare host gains its "/"): the same address either way.
const url = (a: Element): string => new URL(a.getAttribute('href')!).href;

/** The banner's text and what the dialog shows, for the container booted as the drop-in boots it. */
function dialogOf(container: Container, lang: Lang): Seen & { banner: string } {
  const win = makeWindow();
  win.document.documentElement.lang = lang;
  bootContainer(structuredClone(container), { window: win });
  const root = win.document.querySelector('conectamos-consent')!.shadowRoot!;
  const link = win.document.createElement('a');
  link.setAttribute('data-consent-open', '');
  win.document.body.append(link);
  link.click();
  const dialog = root.querySelector('dialog')!;
  expect(dialog.open).toBe(true);
  const categories = [...dialog.querySelectorAll('.category')].map((section) => ({
    name: text(section.querySelector('h3')),
    description: text(section.querySelector(':scope > .description')),
    rows: [...section.querySelectorAll('tbody tr')].map((tr): Row => {
      const [, purpose, duration, provider] = cells(tr);
      // The name cell holds the name, then where it is kept (its own element, under the name).
      const name = text(tr.firstElementChild!.firstChild);
      return [name, text(tr.querySelector('.storage')).toLowerCase(), purpose!, duration!, provider!];
    }),
  }));
  // Vendors are the blocks with a switch; the site's own block has none.
  const vendors = [...dialog.querySelectorAll('.vendor')]
    .filter((block) => block.querySelector('[role=switch]'))
    .map((block) => ({
      name: text(block.querySelector('h4')),
      purpose: text(block.querySelector('.description')),
      links: [...block.querySelectorAll('.vendor-links a')].map((a) => `${text(a)}: ${url(a)}`),
    }));
  return { banner: text(root.querySelector('.banner')), categories, vendors };
}

/** A table of the HTML tools print, as rows: a plain cookie says nothing after its name, the rest say where. */
function tableRows(table: Element | null, t: (typeof STRINGS)[Lang]): Row[] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr): Row => {
    const [first, purpose, duration, provider] = [...tr.children];
    const name = text(first!.querySelector('code'));
    const where = /^\((.*)\)$/.exec(text(first).slice(name.length).trim())?.[1] ?? t.cookie.toLowerCase();
    return [name, where, text(purpose), text(duration), text(provider)];
  });
}

/** The policy's headings of its tables and of its vendors. */
const HEADINGS: Record<Lang, [tables: string, vendors: string]> = {
  en: ['What we use, by category', 'Vendors'],
  es: ['Qué usamos, por categoría', 'Proveedores'],
};

/** What the generated policy (HTML) says: its categories with their rows, and its vendors. */
function policyOf(container: Container, lang: Lang): Seen {
  const t = STRINGS[lang];
  const doc = new (makeWindow().DOMParser)().parseFromString(
    cookiePolicy(container, { lang, format: 'html' }),
    'text/html',
  );
  const part = (title: string) => [...doc.querySelectorAll('h3')].find((h3) => text(h3) === title);
  const [categoriesPart, vendorsPart] = HEADINGS[lang].map(part);
  const following = (heading: Element) => {
    const list: Element[] = [];
    for (let el = heading.nextElementSibling; el && el.tagName !== 'H3'; el = el.nextElementSibling)
      list.push(el);
    return list;
  };
  const h4s = (part: Element | null | undefined) =>
    part ? following(part).filter((el) => el.tagName === 'H4') : [];
  return {
    categories: h4s(categoriesPart).map((h4) => {
      const [p, table] = following(h4);
      return { name: text(h4), description: text(p), rows: tableRows(table!, t) };
    }),
    vendors: h4s(vendorsPart).map((h4) => {
      const [p, ...rest] = following(h4);
      const list = rest.find((el) => el.tagName === 'UL');
      return {
        name: text(h4),
        purpose: text(p),
        links: [...(list?.querySelectorAll('a') ?? [])].map(
          (a) => `${text(a.parentElement).split(':')[0]}: ${url(a)}`,
        ),
      };
    }),
  };
}

/** What `consent cookies --lang` prints (HTML): each category's heading and rows. */
function tablesOf(container: Container, lang: Lang) {
  const doc = new (makeWindow().DOMParser)().parseFromString(
    cookieTables(container, 'html', lang),
    'text/html',
  );
  return [...doc.querySelectorAll('h2')].map((h2) => ({
    name: text(h2),
    rows: tableRows(h2.nextElementSibling, STRINGS[lang]),
  }));
}

const conectamos = readFixture('conectamos.json') as Container;
// No marketing and no functional category, a US PostHog project: what the dialog hides, the policy leaves out.
const analyticsOnly: Container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies' },
  adapters: {
    posthog: { apiKey: 'phc_Cnct2026EuProductAnalyticsKey7Qx', region: 'us' },
    stripe: { publishableKey: 'pk_live_Cnct2026CheckoutKey0A1B2' },
  },
  cookies: conectamos.cookies!.filter((c) => c.name === '_cnct_sess'),
};

describe.each([
  ['the Conectamos container', conectamos],
  ['a container with analytics only', analyticsOnly],
])('%s', (_, container) => {
  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    const t = STRINGS[lang];
    const dialog = dialogOf(container, lang);
    const policy = policyOf(container, lang);

    test('the dialog and the policy list the same categories, described in the same words', () => {
      expect(policy.categories.length).toBeGreaterThan(0);
      expect(policy.categories.map((c) => c.name)).toEqual(dialog.categories.map((c) => c.name));
      for (const [i, category] of dialog.categories.entries())
        expect(policy.categories[i]!.description.startsWith(category.description), category.name).toBe(true);
    });

    test('the banner names the purposes of exactly the categories the policy lists', () => {
      for (const category of ['functional', 'analytics', 'marketing'] as const)
        expect(dialog.banner.includes(t[`${category}Purpose`]), category).toBe(
          policy.categories.some((c) => c.name === t[category]),
        );
    });

    test('every row of the dialog is in the policy and in the cookie tables, and nothing else is', () => {
      const rows = (seen: { name: string; rows: Row[] }[]) => seen.map((c) => [c.name, c.rows]);
      expect(dialog.categories.flatMap((c) => c.rows).length).toBeGreaterThan(5);
      expect(rows(policy.categories)).toEqual(rows(dialog.categories));
      expect(rows(tablesOf(container, lang))).toEqual(rows(dialog.categories));
    });

    test('the same vendors, with the same purposes and links', () => {
      expect(policy.vendors).toHaveLength(Object.keys(container.adapters!).length);
      expect(policy.vendors).toEqual(dialog.vendors);
    });
  });
});
