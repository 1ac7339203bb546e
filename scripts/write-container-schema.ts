/**
 * Writes packages/container/schema/container.schema.json, the container's JSON Schema that editors read
 * through `$schema`, from the vendors' manifests. test/container/schema.test.ts fails while the committed
 * file differs from what this writes: run `pnpm tsx scripts/write-container-schema.ts` after a manifest changes.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const schemaFile = join(import.meta.dirname, '../packages/container/schema/container.schema.json');

// From the build (`pnpm build`), run by plain Node: the sources import the UI's stylesheet, which only the
// bundler reads, and tsx would map the build's own imports of the packages back to their sources.
const built = pathToFileURL(join(import.meta.dirname, '../packages/container/dist/index.js')).href;
export const schemaText = (): string =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '--eval',
      `import { containerSchema, MANIFESTS } from ${JSON.stringify(built)};
process.stdout.write(JSON.stringify(containerSchema(MANIFESTS), null, 2) + '\\n');`,
    ],
    { encoding: 'utf8' },
  );

if (process.argv[1] === import.meta.filename) {
  writeFileSync(schemaFile, schemaText());
  console.log(`wrote ${schemaFile}`);
}
