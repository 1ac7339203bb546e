/**
 * Packs every package once for the whole consumer run (each test file installs from these tarballs),
 * into a folder of its own, deleted at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packAll } from '../../scripts/pack';

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'consent-packs-'));
  project.provide('consentPacked', await packAll(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
