/**
 * The cookie policy's tables, generated from what a container declares: the site's own cookies and each
 * adapter's declarations from its manifest (the same ones cleanup deletes), so the policy page cannot list
 * something other than what the SDK manages. Used by `consent cookies`; no Node API, so a browser tool
 * (the editor) can use it too.
 */
import { CATEGORIES, type Category, type CookieDeclaration, cookieLabel } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import { manifestFor } from './manifests';
import { formatProblem } from './problems';
import { validateContainer } from './validate';

/** Each category's heading, as the cookie policy names it, in the policy's order. */
export const CATEGORY_TITLES: Readonly<Record<Category, string>> = {
  necessary: 'Strictly necessary',
  functional: 'Functional',
  analytics: 'Analytics',
  marketing: 'Marketing',
};

/** The output formats of `cookieTables`. */
export type TableFormat = 'markdown' | 'html';

/**
 * The consent record itself, which the SDK writes whatever the container says: the key is the drop-in's
 * default `cookie_consent` and a decision lasts the default 365 days (a container can change neither).
 * Listed unless the site declares it itself; its provider is the site's.
 */
export const CONSENT_RECORD: Omit<CookieDeclaration, 'provider'> = {
  name: 'cookie_consent',
  storage: 'localStorage',
  purpose: 'Stores your cookie consent preferences',
  duration: '1 year',
};

/**
 * Where the SDK keeps, with `"receipts"` on, the receipts it could not send yet (at most 5, for at most a
 * week): `<storageKey>_receipts`, under the drop-in's key. Listed when the container sends receipts.
 */
export const RECEIPT_QUEUE: Omit<CookieDeclaration, 'provider'> = {
  name: 'cookie_consent_receipts',
  storage: 'localStorage',
  purpose: 'Proof of your consent choices, waiting to be sent',
  duration: 'Up to 7 days',
};

interface Row {
  name: string;
  /** Where it is kept, in declaration order: `cookie`, `localStorage`, `sessionStorage`. */
  storages: string[];
  purpose: string;
  duration: string;
  provider: string;
}

/**
 * The rows of each category, in the policy's category order: the site's own cookies (with the consent
 * record after its necessary ones), then each adapter's in the container's order. Declarations that
 * differ only in where they are kept (PostHog's `ph_*` in a cookie and in localStorage) share a row.
 */
function rows(container: Container): Record<Category, Row[]> {
  const site = container.cookies ?? [];
  const ui = container.ui || undefined;
  const provider = ui?.company || site[0]?.provider || (container.cookieDomain ?? 'This site');
  const declared: [Category, CookieDeclaration][] = site.map((c) => [c.category, c]);
  // Rows are grouped by category below, so here it lands after the site's necessary cookies.
  for (const record of container.receipts ? [CONSENT_RECORD, RECEIPT_QUEUE] : [CONSENT_RECORD])
    if (!site.some((c) => cookieLabel(c) === record.name))
      declared.push(['necessary', { ...record, provider }]);
  for (const id of Object.keys(container.adapters ?? {})) {
    const manifest = manifestFor(id);
    for (const c of manifest?.cookies ?? []) declared.push([manifest!.category, c]);
  }
  const table = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Row[]])) as Record<Category, Row[]>;
  for (const [category, c] of declared) {
    const row = { name: cookieLabel(c), purpose: c.purpose, duration: c.duration, provider: c.provider };
    const storage = c.storage ?? 'cookie';
    const same = table[category].find(
      (r) =>
        r.name === row.name &&
        r.purpose === row.purpose &&
        r.duration === row.duration &&
        r.provider === row.provider,
    );
    if (!same) table[category].push({ ...row, storages: [storage] });
    else if (!same.storages.includes(storage)) same.storages.push(storage);
  }
  return table;
}

const COLUMNS = ['Name', 'Purpose', 'Duration', 'Provider'];
// Only a row not kept in a cookie alone says where it is: most are plain cookies, as the policy's are.
const where = (r: Row): string => (r.storages.join() === 'cookie' ? '' : ` (${r.storages.join(', ')})`);

const html = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

// Markdown text: entities for what a renderer would take as HTML, backslashes for emphasis, links and
// the table's own pipes; line breaks would end the row.
const markdown = (text: string): string =>
  text
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\n\s*/g, ' ');

// A name as code: a fence longer than any run of backticks inside, and pipes escaped (GFM reads them
// as cell breaks even inside code).
const markdownCode = (text: string): string => {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')}${pad}${fence}`;
};

function toMarkdown(table: Record<Category, Row[]>): string {
  return CATEGORIES.map((category) => {
    const body = table[category].map((r) => [
      markdownCode(r.name) + markdown(where(r)),
      markdown(r.purpose),
      markdown(r.duration),
      markdown(r.provider),
    ]);
    if (!body.length) return `## ${CATEGORY_TITLES[category]}\n\nNone.`;
    // Columns padded to their widest cell, so the file reads as a table before it is rendered.
    const widths = COLUMNS.map((title, i) =>
      Math.max(title.length, ...body.map((cells) => cells[i]!.length)),
    );
    const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
    const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
    return [`## ${CATEGORY_TITLES[category]}`, '', line(COLUMNS), rule, ...body.map(line)].join('\n');
  }).join('\n\n');
}

function toHtml(table: Record<Category, Row[]>): string {
  return CATEGORIES.map((category) => {
    const heading = `<h2>${html(CATEGORY_TITLES[category])}</h2>`;
    if (!table[category].length) return `${heading}\n<p>None.</p>`;
    const head = COLUMNS.map((title) => `<th scope="col">${title}</th>`).join('');
    const body = table[category].map(
      (r) =>
        `    <tr><td><code>${html(r.name)}</code>${html(where(r))}</td><td>${html(r.purpose)}</td>` +
        `<td>${html(r.duration)}</td><td>${html(r.provider)}</td></tr>`,
    );
    return [
      heading,
      '<table>',
      `  <thead><tr>${head}</tr></thead>`,
      '  <tbody>',
      ...body,
      '  </tbody>',
      '</table>',
    ].join('\n');
  }).join('\n\n');
}

/**
 * The cookie tables for the policy page: a heading per category in the policy's order (a category with
 * nothing in it says "None."), columns Name, Purpose, Duration and Provider. A container the validator
 * refuses throws a TypeError naming its first problem. The output is stable (no dates, no ordering by
 * anything but the container), so it can be checked into docs and compared in tests.
 */
export function cookieTables(container: Container, format: TableFormat): string {
  // A policy page must not list what the SDK would not run: an invalid container is refused, not printed.
  const [problem] = validateContainer(container).problems;
  if (problem)
    throw new TypeError(
      `cookieTables: not a valid container (run "consent validate"): ${formatProblem(problem)}`,
    );
  const table = rows(container);
  return format === 'html' ? toHtml(table) : toMarkdown(table);
}
