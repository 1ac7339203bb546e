// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { consent, fixture, root } from './run';

test('docs/privacy/cookies.md holds exactly the tables `consent cookies` prints for the Conectamos container', () => {
  const doc = readFileSync(join(root, 'docs/privacy/cookies.md'), 'utf8');
  // The short header above the tables says how the file is made; the tables start at the first heading.
  const tables = doc.slice(doc.indexOf('\n## ') + 1);
  const { status, stdout } = consent('cookies', fixture('conectamos.json'));
  expect(status).toBe(0);
  expect(
    tables,
    'docs/privacy/cookies.md is out of date: keep its header and replace everything from the first "## " with ' +
      'the output of `node packages/container/dist/cli.js cookies test/container/fixtures/conectamos.json`',
  ).toBe(stdout);
});
