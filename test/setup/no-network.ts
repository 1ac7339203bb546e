/**
 * Unit tests must never reach the network. Script files are not loaded at all (vitest config), and
 * any other request happy-dom would make fails the test that caused it.
 */
import { afterEach, expect } from 'vitest';

const attempted: string[] = [];
const happyDOM =
  typeof window === 'undefined'
    ? undefined
    : (window as unknown as { happyDOM?: { settings: { fetch: { interceptor: unknown } } } }).happyDOM;
if (happyDOM)
  happyDOM.settings.fetch.interceptor = {
    beforeAsyncRequest: async ({ request }: { request: { url: string } }) => {
      attempted.push(request.url);
      throw new Error(`unit tests must not reach the network: ${request.url}`);
    },
    beforeSyncRequest: ({ request }: { request: { url: string } }) => {
      attempted.push(request.url);
      throw new Error(`unit tests must not reach the network: ${request.url}`);
    },
  };

afterEach(() => {
  const seen = attempted.splice(0);
  expect(seen, 'network requests attempted').toEqual([]);
});
