// @vitest-environment node
/**
 * The repository's own pages, as GitHub shows them: every relative link in README.md, docs/ and the
 * package READMEs names a file that exists, and every anchor a heading that exists. (What a package
 * README says on npm is checked on the tarballs: test/consumers/readme-links.consumer.ts.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { anchors, links } from '../helpers/markdown';

const ROOT = join(import.meta.dirname, '../..');

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') && name !== 'CHANGELOG.md' ? [path] : [];
  });

const pages = [
  join(ROOT, 'README.md'),
  ...markdownFiles(join(ROOT, 'docs')),
  ...markdownFiles(join(ROOT, 'packages')),
];

test('every relative link and anchor in the docs leads somewhere', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    for (const { url } of links(text)) {
      if (/^[a-z]+:/i.test(url)) continue; // absolute: another site, or the npm-facing links checked elsewhere
      const [path, anchor] = url.split('#') as [string, string | undefined];
      const target = path ? join(dirname(page), decodeURIComponent(path.split('?')[0]!)) : page;
      const where = `${relative(ROOT, page)}: ${url}`;
      if (!existsSync(target)) broken.push(`${where}: no such file`);
      else if (anchor && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor))
        broken.push(`${where}: no such heading`);
    }
  }
  expect(broken).toEqual([]);
});
