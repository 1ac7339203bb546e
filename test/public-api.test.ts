import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const packages = join(import.meta.dirname, '../packages');
const dirs = readdirSync(packages);

/**
 * Every package's public exports, in one reviewed snapshot: a change to the API shows up here on
 * purpose, never by accident.
 */
test('the public exports of every package', async () => {
  const exports: Record<string, string[]> = {};
  for (const dir of dirs) {
    const module = await import(join(packages, dir, 'src/index.ts'));
    exports[dir] = Object.keys(module).sort();
  }
  expect(exports).toMatchSnapshot();
});

/** Every exported declaration in package sources carries a TSDoc comment. */
test('every exported name has TSDoc', () => {
  const missing: string[] = [];
  for (const dir of dirs) {
    const src = join(packages, dir, 'src');
    for (const file of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
      const lines = readFileSync(join(src, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const declared = /^export (?:async )?(?:function|const|interface|type|class|let) (\w+)/.exec(line);
        if (!declared) return;
        // The closest non-blank line above must end a doc comment.
        let j = i - 1;
        while (j >= 0 && lines[j]!.trim().startsWith('//')) j--;
        if (!lines[j]?.trim().endsWith('*/')) missing.push(`${dir}/src/${file}: ${declared[1]}`);
      });
    }
  }
  expect(missing).toEqual([]);
});
