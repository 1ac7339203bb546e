// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { consent, fixture, root } from './run';

test.each(['en', 'es'])(
  'docs/privacy/policy.%s.md holds exactly the policy `consent policy` prints for the Conectamos container',
  (lang) => {
    const doc = readFileSync(join(root, `docs/privacy/policy.${lang}.md`), 'utf8');
    // The short header above says how the file is made; the policy starts at its first "## " heading.
    const policy = doc.slice(doc.indexOf('\n## ') + 1);
    const { status, stdout } = consent('policy', fixture('conectamos.json'), '--lang', lang);
    expect(status).toBe(0);
    expect(
      policy,
      `docs/privacy/policy.${lang}.md is out of date: keep its header and replace everything from the first "## " with ` +
        `the output of \`node packages/container/dist/cli.js policy test/container/fixtures/conectamos.json --lang ${lang}\``,
    ).toBe(stdout);
  },
);
