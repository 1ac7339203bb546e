/**
 * The receipt table's columns, shared by the SQLite and PostgreSQL stores so both keep the same fields
 * in the same order. Each store turns values into its own types (SQLite has no booleans or arrays).
 */
import type { StoredReceipt } from './receipt';

/** The columns of `consent_receipts`, in table order. */
export const COLUMNS = [
  'id',
  'previous_id',
  'decided_at',
  'received_at',
  'policy_version',
  'necessary',
  'functional',
  'analytics',
  'marketing',
  'opted_out',
  'surface',
  'source',
  'action',
  'lang',
  'path',
  'ui_text',
] as const;

/** A row as read back, before a store turns its values into the receipt's types. */
export interface ReceiptRow {
  id: string;
  previous_id: string | null;
  decided_at: string | Date;
  received_at: string | Date;
  policy_version: string;
  necessary: unknown;
  functional: unknown;
  analytics: unknown;
  marketing: unknown;
  opted_out: string | string[];
  surface: string;
  source: string;
  action: string;
  lang: string | null;
  path: string;
  ui_text: string | null;
}

/** The receipt's values in column order; booleans and the opted-out array as they are. */
export function receiptValues(receipt: StoredReceipt): (string | boolean | string[] | null)[] {
  const { categories } = receipt;
  return [
    receipt.id,
    receipt.previousId,
    receipt.decidedAt,
    receipt.receivedAt,
    receipt.policyVersion,
    categories.necessary,
    categories.functional,
    categories.analytics,
    categories.marketing,
    receipt.optedOut,
    receipt.surface,
    receipt.source,
    receipt.action,
    receipt.lang,
    receipt.path,
    receipt.uiText,
  ];
}

const iso = (value: string | Date) => (typeof value === 'string' ? value : value.toISOString());

/** The stored receipt a row holds, whichever database it came from. */
export function receiptFromRow(row: ReceiptRow): StoredReceipt {
  return {
    id: row.id,
    previousId: row.previous_id,
    decidedAt: iso(row.decided_at),
    policyVersion: row.policy_version,
    categories: {
      necessary: true,
      functional: Boolean(row.functional),
      analytics: Boolean(row.analytics),
      marketing: Boolean(row.marketing),
    },
    optedOut: typeof row.opted_out === 'string' ? (JSON.parse(row.opted_out) as string[]) : row.opted_out,
    surface: row.surface as StoredReceipt['surface'],
    source: row.source as StoredReceipt['source'],
    action: row.action as StoredReceipt['action'],
    lang: row.lang,
    path: row.path,
    uiText: row.ui_text,
    receivedAt: iso(row.received_at),
  };
}

/** How many receipts an export reads per query: bounded memory, and the database is never held long. */
export const EXPORT_PAGE_SIZE = 500;

/** Where a page of an export starts: after this (receivedAt, id) in table order. */
export interface PagePosition {
  receivedAt: string;
  id: string;
}

/**
 * Reads an export range page by page, each page starting after the last row of the one before
 * (keyset paging: no offsets to skip, and rows added meanwhile neither repeat nor shift the pages).
 * The nil UUID sorts before every version 4 UUID, so the first page starts at `since` itself.
 */
export async function* keysetPages(
  since: Date,
  readPage: (after: PagePosition) => ReceiptRow[] | Promise<ReceiptRow[]>,
): AsyncGenerator<StoredReceipt> {
  let after: PagePosition = { receivedAt: since.toISOString(), id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const rows = await readPage(after);
    const receipts = rows.map(receiptFromRow);
    yield* receipts;
    const last = receipts.at(-1);
    if (!last || rows.length < EXPORT_PAGE_SIZE) return;
    after = { receivedAt: last.receivedAt, id: last.id };
  }
}

const LAST_DATE = '9999-12-31T23:59:59.999Z';

/**
 * The end of an export range as ISO text: `until`, or the last date a four-digit year can write (dates
 * are compared as text in SQLite, where a longer year would sort first).
 */
export const rangeEnd = (until: Date | undefined) =>
  until && until.getTime() < Date.parse(LAST_DATE) ? until.toISOString() : LAST_DATE;
