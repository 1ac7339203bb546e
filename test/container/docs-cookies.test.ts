// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Container } from '@conectamos/consent-browser';
import { cookieTables } from '@conectamos/consent-container';
import { expect, test } from 'vitest';
import { readFixture, root } from './run';

const conectamos = readFixture('conectamos.json') as Container;

// cli.test.ts proves `consent cookies` prints exactly this, so the docs are compared in-process.
test('docs/privacy/cookies.md holds exactly the tables `consent cookies` prints for the Conectamos container', () => {
  const doc = readFileSync(join(root, 'docs/privacy/cookies.md'), 'utf8');
  // The short header above the tables says how the file is made; the tables start at the first heading.
  const tables = doc.slice(doc.indexOf('\n## ') + 1);
  expect(
    tables,
    'docs/privacy/cookies.md is out of date: keep its header and replace everything from the first "## " with ' +
      'the output of `node packages/container/dist/cli.js cookies test/container/fixtures/conectamos.json`',
  ).toBe(`${cookieTables(conectamos, 'markdown')}\n`);
});
