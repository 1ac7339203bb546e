/**
 * Writes packages/container/schema/container.schema.json, the container's JSON Schema that editors read
 * through `$schema`, from the vendors' manifests. test/container/schema.test.ts fails while the committed
 * file differs from what this writes: run `pnpm tsx scripts/write-container-schema.ts` after a manifest changes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
// From the build (`pnpm build`): the sources import the UI's stylesheet, which only the bundler reads.
import { containerSchema, MANIFESTS } from '../packages/container/dist/index.js';

export const schemaFile = join(import.meta.dirname, '../packages/container/schema/container.schema.json');
export const schemaText = (): string => `${JSON.stringify(containerSchema(MANIFESTS), null, 2)}\n`;

if (process.argv[1] === import.meta.filename) {
  writeFileSync(schemaFile, schemaText());
  console.log(`wrote ${schemaFile}`);
}
