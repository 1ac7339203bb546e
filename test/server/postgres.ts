/**
 * A real PostgreSQL for the tests: `CONSENT_TEST_POSTGRES`, by default the role and database that
 * `node scripts/setup.mjs --postgres` creates. Each test file gets a database of its own, dropped after
 * it. Under CI a missing server fails the file; elsewhere its tests skip and say why.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

/** The server the tests use. */
export const POSTGRES_URL =
  process.env.CONSENT_TEST_POSTGRES ?? 'postgres://consent_test:consent_test@127.0.0.1:5432/consent_test';

/** A database made for one test file, or the reason there is none. */
export type TestDatabase = { url: string; skip?: undefined } | { url?: undefined; skip: string };

/** Creates a fresh database (dropped after the file's tests); throws under CI when PostgreSQL is missing. */
export async function testDatabase(): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `PostgreSQL is not reachable at ${POSTGRES_URL.replace(/:[^:@/]*@/, ':…@')} (${String(error)}); run \`node scripts/setup.mjs --postgres\` or set CONSENT_TEST_POSTGRES`;
    if (process.env.CI) throw new Error(reason);
    return { skip: reason };
  }
  const name = `consent_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  afterAll(async () => {
    const dropper = new pg.Client({ connectionString: POSTGRES_URL });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.href };
}
