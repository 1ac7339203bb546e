/**
 * The cookie policy's tables, generated from what a container declares: the site's own cookies and each
 * adapter's declarations from its manifest (the same ones cleanup deletes), in the words the dialog shows
 * them, so the policy page cannot list something other than what the SDK manages and the visitor sees.
 * Used by `consent cookies` and `consent policy`; no Node API, so a browser tool (the editor) can use it too.
 */
import { type Category, type CookieDeclaration, cookieLabel } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import {
  categoriesInUse,
  consentRecord,
  type Lang,
  localizeCookies,
  resolveStrings,
  type UIStrings,
} from '@conectamos/consent-ui';
import { type Block, type DocumentFormat, renderDocument } from './document';
import { manifestFor } from './manifests';
import { POLICY_WORDS } from './policy-words';
import { formatProblem } from './problems';
import { validateContainer } from './validate';

/** The output formats of `cookieTables`. */
export type TableFormat = DocumentFormat;

/**
 * The key and lifetime of the consent record, which a container cannot change: the drop-in's defaults.
 * Its row is the dialog's (`consentRecord` of the UI): kept in localStorage, or a cookie where that fails.
 */
export const CONSENT_RECORD = { storageKey: 'cookie_consent', maxAgeDays: 365 } as const;

/** A row of a cookie table: one name, and every place it is kept under it. */
export interface CookieRow {
  /** The name, or the label of a family of names (`_ga_*`). */
  name: string;
  /** Where it is kept, in declaration order: `cookie`, `localStorage`, `sessionStorage`. */
  storages: NonNullable<CookieDeclaration['storage']>[];
  /** What it is for. */
  purpose: string;
  /** How long it lasts. */
  duration: string;
  /** Who sets it. */
  provider: string;
}

/** What a container shows the visitor, in one language: the dialog's texts, its categories, its rows. */
export interface ContainerTexts {
  /** The UI's texts, with the container's overrides. */
  t: UIStrings;
  /** Who sets the site's own cookies and keeps the consent record. */
  company: string;
  /** The categories in use, in the policy's order: the ones the banner names and the dialog shows. */
  categories: Category[];
  /** The rows of each category in use. */
  rows: Partial<Record<Category, CookieRow[]>>;
}

/**
 * What the dialog shows for a container, in one language, as tools print it: the site's own cookies (with
 * the consent record after its necessary ones), then each adapter's from its manifest, in the container's
 * order, with their translations. Declarations that differ only in where they are kept (PostHog's `ph_*`
 * in a cookie and in localStorage) share a row, as in the dialog.
 */
export function containerTexts(container: Container, lang: Lang): ContainerTexts {
  const site = container.cookies ?? [];
  const ui = container.ui || undefined;
  const t = resolveStrings(lang, ui?.strings);
  const company = ui?.company || site[0]?.provider || container.cookieDomain || POLICY_WORDS[lang].thisSite;
  const manifests = Object.keys(container.adapters ?? {}).flatMap((id) => manifestFor(id) ?? []);
  const categories = categoriesInUse({ adapters: manifests, cookies: site, ...CONSENT_RECORD });
  const declared: [Category, CookieDeclaration][] = [];
  const add = (category: Category, list: CookieDeclaration[]) =>
    declared.push(...list.map((c): [Category, CookieDeclaration] => [category, c]));
  for (const category of categories) {
    add(
      category,
      localizeCookies(
        site.filter((c) => c.category === category && c.name !== CONSENT_RECORD.storageKey),
        lang,
      ),
    );
    if (category === 'necessary')
      add(category, consentRecord({ ...CONSENT_RECORD, receipts: container.receipts }, { t, lang, company }));
  }
  for (const m of manifests)
    add(m.category, localizeCookies(m.cookies, lang, lang === 'en' ? undefined : m.i18n[lang]));
  const rows: Partial<Record<Category, CookieRow[]>> = {};
  for (const [category, c] of declared) {
    const row = { name: cookieLabel(c), purpose: c.purpose, duration: c.duration, provider: c.provider };
    const storage = c.storage ?? 'cookie';
    rows[category] ??= [];
    const same = rows[category].find(
      (r) =>
        r.name === row.name &&
        r.purpose === row.purpose &&
        r.duration === row.duration &&
        r.provider === row.provider,
    );
    if (!same) rows[category]!.push({ ...row, storages: [storage] });
    else if (!same.storages.includes(storage)) same.storages.push(storage);
  }
  return { t, company, categories, rows };
}

/**
 * A category's table as a document block: Name, Purpose, Duration, Provider, in the UI's words. Where a
 * row is kept follows its name, in the dialog's words, unless it is a cookie alone: most are.
 */
export function cookieTable(t: UIStrings, rows: readonly CookieRow[]): Block {
  const where = (r: CookieRow) =>
    r.storages.join() === 'cookie' ? '' : ` (${r.storages.map((s) => t[s].toLowerCase()).join(', ')})`;
  return {
    table: {
      head: [t.name, t.purpose, t.duration, t.provider],
      rows: rows.map((r) => [[{ code: r.name }, where(r)], [r.purpose], [r.duration], [r.provider]]),
    },
  };
}

/** A container the validator refuses never reaches a policy page: a TypeError names its first problem. */
export function assertValid(container: Container, tool: string): void {
  const [problem] = validateContainer(container).problems;
  if (problem)
    throw new TypeError(`${tool}: not a valid container (run "consent validate"): ${formatProblem(problem)}`);
}

/**
 * The cookie tables for the policy page: a heading per category in use, in the policy's order (the ones
 * the banner names), columns Name, Purpose, Duration and Provider, in English or Spanish. A container the
 * validator refuses throws a TypeError naming its first problem. The output is stable (no dates, no
 * ordering by anything but the container), so it can be checked into docs and compared in tests.
 */
export function cookieTables(container: Container, format: TableFormat, lang: Lang = 'en'): string {
  assertValid(container, 'cookieTables');
  const { t, categories, rows } = containerTexts(container, lang);
  const blocks = categories.flatMap((category): Block[] => [
    { heading: t[category], level: 2 },
    cookieTable(t, rows[category] ?? []),
  ]);
  return renderDocument(blocks, format);
}
