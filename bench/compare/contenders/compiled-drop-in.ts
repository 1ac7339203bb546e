/**
 * Ours, compiled: `consent build consent.json --out <dir>` with the same container, served as the CLI says
 * (the printed `<script … async>` tag with its integrity). The container is in the script, only its two
 * vendors are, and the UI chunk is fetched when the banner must show.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Contender, js, sitePage } from '../contender';
import { acceptOurs, container, OUR_BANNER } from './drop-in';

const root = join(import.meta.dirname, '../../..');

export const compiledDropIn: Contender = {
  id: 'compiled',
  label: 'compiled drop-in',
  ours: true,
  setup:
    '`consent build` of the same container, its tags as printed: consent.<hash>.js (container and two vendors compiled in), the banner chunk on demand (the inline preloader fetches it on a first visit), the dialog chunk when it opens',
  async prepare() {
    const dir = mkdtempSync(join(tmpdir(), 'bench-compiled-'));
    try {
      writeFileSync(join(dir, 'consent.json'), JSON.stringify(container));
      const run = spawnSync(
        process.execPath,
        [
          join(root, 'packages/container/dist/cli.js'),
          'build',
          join(dir, 'consent.json'),
          '--out',
          join(dir, 'out'),
          '--base',
          '/assets/',
        ],
        { encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`consent build failed: ${run.stderr}`);
      // The tags the CLI prints: the UI preloader first (it fetches the banner at once on a first visit,
      // nothing on a returning one), then the script.
      const tag = /<script [^>]+><\/script>/.exec(run.stdout)![0];
      const preload = /<script>.+<\/script>/.exec(run.stdout)![0];
      const files = Object.fromEntries(
        readdirSync(join(dir, 'out'))
          .filter((file) => file.endsWith('.js'))
          .map((file) => [`/assets/${file}`, js(readFileSync(join(dir, 'out', file)))]),
      );
      return { page: sitePage({ head: `${preload}\n${tag}` }), files };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  banner: OUR_BANNER,
  accept: acceptOurs,
};
