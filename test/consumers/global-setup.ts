/**
 * Packs every package once for all consumer tests (after `pnpm build`), and hands the tarballs to them
 * with `inject('packed')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Packed, packAll } from '../../scripts/pack';

declare module 'vitest' {
  export interface ProvidedContext {
    packed: Packed[];
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'conectamos-packs-'));
  project.provide('packed', await packAll(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
