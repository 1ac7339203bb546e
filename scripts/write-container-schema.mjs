/**
 * Writes packages/container/schema/container.schema.json, the container's JSON Schema that editors read
 * through `$schema`, from the vendors' manifests, formatted as biome ci expects. test/container/schema.test.ts
 * fails while the committed file differs from the manifests: run `pnpm schema` after a manifest changes.
 *
 * Plain Node on the build on purpose: under tsx, tsconfig's paths would send the built packages' imports back
 * to sources that import the UI's stylesheet, which only the bundler reads.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerSchema, MANIFESTS } from '../packages/container/dist/index.js';

const root = join(import.meta.dirname, '..');
const schemaFile = join(root, 'packages/container/schema/container.schema.json');
writeFileSync(schemaFile, `${JSON.stringify(containerSchema(MANIFESTS), null, 2)}\n`);
execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', schemaFile], { stdio: 'ignore' });
console.log(`wrote ${schemaFile}`);
