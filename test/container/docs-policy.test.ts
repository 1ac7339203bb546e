// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Container } from '@conectamos/consent-browser';
import { cookiePolicy } from '@conectamos/consent-container';
import { expect, test } from 'vitest';
import { readFixture, root } from './run';

const conectamos = readFixture('conectamos.json') as Container;

// cli.test.ts proves `consent policy --lang <lang>` prints exactly this, so the docs are compared in-process.
test.each(['en', 'es'] as const)(
  'docs/privacy/policy.%s.md holds exactly the policy `consent policy` prints for the Conectamos container',
  (lang) => {
    const doc = readFileSync(join(root, `docs/privacy/policy.${lang}.md`), 'utf8');
    // The short header above says how the file is made; the policy starts at its first "## " heading.
    const policy = doc.slice(doc.indexOf('\n## ') + 1);
    expect(
      policy,
      `docs/privacy/policy.${lang}.md is out of date: keep its header and replace everything from the first "## " with ` +
        `the output of \`node packages/container/dist/cli.js policy test/container/fixtures/conectamos.json --lang ${lang}\``,
    ).toBe(`${cookiePolicy(conectamos, { lang })}\n`);
  },
);
