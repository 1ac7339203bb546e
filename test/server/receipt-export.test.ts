// @vitest-environment node
import { CSV_COLUMNS, formatReceipts, type StoredReceipt } from '@conectamos/consent-server';
import { describe, expect, test } from 'vitest';
import { COLUMNS } from '../../packages/server/src/columns';
import { stored } from './helpers';

const text = async (chunks: AsyncIterable<string>) => {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
};

const plain = stored('2026-05-01T10:00:00.000Z', {
  id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  decidedAt: '2026-05-01T09:59:59.000Z',
  optedOut: ['hubspot', 'posthog'],
});
// A path and a policy version that hold the characters CSV must quote.
const awkward = stored('2026-05-01T11:00:00.000Z', {
  id: '9b2d4f6a-1c3e-4a5b-8d7f-0e1a2b3c4d5e',
  previousId: plain.id,
  decidedAt: '2026-05-01T10:59:59.000Z',
  policyVersion: 'v2 "final", revised',
  path: '/a,b',
  lang: null,
  uiText: null,
  optedOut: [],
});

describe('CSV (RFC 4180)', () => {
  test('a header row in the fixed column order, CRLF line ends, empty fields for null', async () => {
    const csv = await text(formatReceipts([plain, awkward], 'csv'));
    expect(csv.split('\r\n')).toEqual([
      CSV_COLUMNS.join(','),
      `3f2504e0-4f89-41d3-9a0c-0305e82c3301,,2026-05-01T09:59:59.000Z,2026-05-01T10:00:00.000Z,2026-11-01,true,false,true,false,hubspot posthog,site,user,custom,es,/pricing,${'a'.repeat(64)}`,
      '9b2d4f6a-1c3e-4a5b-8d7f-0e1a2b3c4d5e,3f2504e0-4f89-41d3-9a0c-0305e82c3301,2026-05-01T10:59:59.000Z,2026-05-01T11:00:00.000Z,"v2 ""final"", revised",true,false,true,false,,site,user,custom,,"/a,b",',
      '',
    ]);
  });

  test('the columns are those of the database table, camel-cased, in the same order', () => {
    expect(
      COLUMNS.map((column) => column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase())),
    ).toEqual(CSV_COLUMNS);
  });

  test('an empty export is the header alone', async () => {
    expect(await text(formatReceipts([], 'csv'))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('JSON', () => {
  test('one array, one receipt per line, that parses back to the receipts', async () => {
    const json = await text(formatReceipts([plain, awkward], 'json'));
    expect(JSON.parse(json)).toEqual([plain, awkward]);
    expect(json.split('\n')).toHaveLength(5); // "[", two receipts, "]", and the final newline
  });

  test('an empty export is an empty array', async () => {
    expect(JSON.parse(await text(formatReceipts([], 'json')))).toEqual([]);
  });

  test('receipts from an async source stream through', async () => {
    async function* source(): AsyncGenerator<StoredReceipt> {
      yield plain;
      yield awkward;
    }
    expect(JSON.parse(await text(formatReceipts(source(), 'json')))).toHaveLength(2);
  });
});
