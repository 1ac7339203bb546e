/**
 * A package's README is its npm page, where a relative link leads nowhere: every link in the README a
 * tarball ships is absolute, every one into this repository names a file that exists (and a heading that
 * exists, when it has an anchor), and every image from the repository is served raw (`?raw=true`), or
 * npm shows a broken image. Commands in it are ones a user can run: no script of this repo (`pnpm consent`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchors, links } from '../helpers/markdown';
import { packed, ROOT } from './harness';

const REPO = 'https://github.com/conectamos/consent/';

/** What is wrong with one link of a shipped README, or undefined. */
function problem(url: string, image: boolean, readme: string): string | undefined {
  if (url.startsWith('#')) return anchors(readme).has(url.slice(1)) ? undefined : `no heading for ${url}`;
  if (!/^https?:\/\//.test(url)) return 'relative: it leads nowhere on npm';
  if (!url.startsWith(REPO)) return undefined; // another site's page: not ours to check
  const match = /^(blob|tree)\/main\/([^?#]+)(\?raw=true)?(#.+)?$/.exec(url.slice(REPO.length));
  if (!match)
    return url.slice(REPO.length) === 'issues' ? undefined : 'not a /blob/main/ or /tree/main/ link';
  const [, kind, path, raw, anchor] = match;
  const file = join(ROOT, decodeURIComponent(path!));
  if (!existsSync(file)) return `${path} is not in the repository`;
  if (kind === 'blob' && statSync(file).isDirectory()) return `${path} is a folder: use /tree/`;
  if (image && !raw) return 'an image needs ?raw=true to show on npm';
  if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor.slice(1)))
    return `${path} has no heading for ${anchor}`;
  return undefined;
}

describe('the README in every tarball', () => {
  let readmes: { name: string; text: string }[];
  const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);

  beforeAll(async () => {
    readmes = (await packed()).map(({ name, tarball }) => ({
      name,
      text: execFileSync('tar', ['xOzf', tarball, 'package/README.md'], { encoding: 'utf8' }),
    }));
  });

  it('links only to places that exist on the npm page', () => {
    const broken = readmes.flatMap(({ name, text }) =>
      links(text).flatMap(({ url, image }) => {
        const wrong = problem(url, image, text);
        return wrong ? [`${name}: ${url}: ${wrong}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('tells a user to run only what exists outside this repository', () => {
    const repoOnly = new RegExp(`\\b(pnpm|npm run|yarn) (${scripts.join('|')})\\b`);
    for (const { name, text } of readmes) expect(text, name).not.toMatch(repoOnly);
  });

  it('the link check itself: catches what npm would break', () => {
    const readme = '# Title\n\n## Size\n';
    expect(problem('../../docs/api.md', false, readme)).toMatch(/relative/);
    expect(problem('#size', false, readme)).toBeUndefined();
    expect(problem('#nope', false, readme)).toMatch(/no heading/);
    expect(problem(`${REPO}blob/main/docs/no-such-page.md`, false, readme)).toMatch(/not in the repository/);
    expect(problem(`${REPO}blob/main/docs/screenshots/banner-en-light.png`, true, readme)).toMatch(
      /raw=true/,
    );
    expect(
      problem(`${REPO}blob/main/docs/screenshots/banner-en-light.png?raw=true`, true, readme),
    ).toBeUndefined();
    expect(links('[a](x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n![d](e.png)')).toEqual([
      { url: 'x.md', image: false },
      { url: 'e.png', image: true },
    ]);
  });
});
