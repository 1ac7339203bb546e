import fc from 'fast-check';

/**
 * Property runs are seeded, so a failure seen once is seen again: a fixed seed by default, `FC_SEED=<n>`
 * to explore others. The seed is printed with each property, and fast-check's failure report adds the
 * shrunk counterexample and the `path` that replays it.
 */
const fromEnv = process.env.FC_SEED;
export const SEED = fromEnv === undefined || fromEnv === '' ? 20261202 : Number(fromEnv);
if (!Number.isSafeInteger(SEED)) throw new TypeError(`FC_SEED must be an integer, got ${fromEnv}`);

/** Runs per property: enough to reach the rare shapes, few enough for the 2-core unit suite. */
export const RUNS = 1000;

/** The per-test timeout for a property: generous, since the 2 cores are shared with other test files. */
export const PROPERTY_TIMEOUT = 60_000;

/** Checks a property with the shared seed and run count, printing both so any run can be replayed. */
export async function holds<Ts>(name: string, property: fc.IRawProperty<Ts>, runs = RUNS): Promise<void> {
  console.info(`[fast-check] ${name}: ${runs} runs, seed ${SEED} (set FC_SEED to change it)`);
  await fc.assert(property, { seed: SEED, numRuns: runs });
}

/** A path into a JSON value: keys and array indexes from the root. */
export type JsonPath = (string | number)[];

/** `$.campaigns[0].on`, `$.adapters["google-ads"]`: a path as the drop-in and validator print it. */
export const jsonPath = (path: JsonPath): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${out}.${key}`
          : `${out}[${JSON.stringify(key)}]`,
    '$',
  );

/**
 * Strange values to put where a field was: every JSON type, the look-alikes a hand edit produces
 * (`"true"`, `"1"`, `[]` for `{}`), and the keys that reach an object's prototype.
 */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, 1, -1, 1.5, '', ' ', 'true', '1', 'null', '__proto__', [], {}, [
    null,
  ]),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 12 }),
);
