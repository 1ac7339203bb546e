/**
 * Receipts as files a regulator or a data-protection officer can open: CSV (RFC 4180) or JSON. Both
 * stream, so an export of millions of receipts never sits in memory.
 */
import { receiptValues } from './columns';
import type { StoredReceipt } from './receipt';

/** The export formats: `csv`, or `json` (one array, one receipt per line). */
export type ExportFormat = 'csv' | 'json';

/**
 * The CSV columns, in their fixed order (the table's, camel-cased); the categories get a column each,
 * optedOut is space-separated.
 */
export const CSV_COLUMNS = [
  'id',
  'previousId',
  'decidedAt',
  'receivedAt',
  'policyVersion',
  'necessary',
  'functional',
  'analytics',
  'marketing',
  'optedOut',
  'surface',
  'source',
  'action',
  'lang',
  'path',
  'uiText',
] as const;

/** Turns receipts into the text of an export file, chunk by chunk. */
export async function* formatReceipts(
  receipts: AsyncIterable<StoredReceipt> | Iterable<StoredReceipt>,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield csvLine(CSV_COLUMNS);
    for await (const receipt of receipts) yield csvLine(csvRow(receipt));
    return;
  }
  // An array rather than JSON lines: the file is valid JSON for any tool, and a line is still one receipt.
  let first = true;
  yield '[';
  for await (const receipt of receipts) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(receipt)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

// receiptValues gives the columns in table order, which CSV_COLUMNS follows name for name.
const csvRow = (receipt: StoredReceipt): (string | null)[] =>
  receiptValues(receipt).map((value) =>
    typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value.join(' ') : value,
  );

// RFC 4180: CRLF after every record; a field with a comma, quote or line break is quoted, quotes doubled.
const csvLine = (fields: readonly (string | null)[]) =>
  `${fields.map((field) => (field === null ? '' : /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',')}\r\n`;
