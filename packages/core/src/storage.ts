import { attempt } from './attempt';
import { cookieJar, setCookie } from './cookies';

/** Where the decision is kept: localStorage, else a first-party cookie, else memory. */
export interface DecisionStorage {
  read(): string | null;
  write(value: string, maxAgeSeconds: number): void;
  clear(): void;
}

/**
 * localStorage throws in Safari private mode, with storage disabled and when the quota is full;
 * the decision then goes to a cookie of the same name, and when cookies are off too, to memory,
 * so the visitor is never asked twice on one page.
 *
 * Only one store ever holds the decision: a write that lands in one removes the copy in the other.
 * Otherwise a withdrawal written to the cookie while localStorage is full would lose, on the next
 * page, to the older grant still sitting in localStorage.
 */
export function decisionStorage(
  win: Window | undefined,
  key: string,
  cookieDomain?: string,
): DecisionStorage {
  let memory: string | null = null;
  const local = (): Storage => win!.localStorage;
  // The fallback cookie goes on the configured domain only when this page is on it.
  const cookie = (value: string, maxAge: number): void =>
    setCookie(
      win!,
      key,
      encodeURIComponent(value),
      maxAge,
      cookieDomain && win!.location.hostname.endsWith(cookieDomain) ? cookieDomain : '',
    );
  const readCookie = (): string | null =>
    decodeURIComponent(cookieJar(win!.document).find(([name]) => name === key)?.[1] ?? '') || null;
  const dropCookie = (): void => {
    if (readCookie() !== null) cookie('', -1);
  };

  return {
    read: () => attempt(() => local().getItem(key) ?? readCookie()) ?? attempt(readCookie) ?? memory,
    write(value, maxAge) {
      // Memory only holds what no real storage took, so it never shadows a change made in another tab.
      let stored = attempt(() => {
        local().setItem(key, value);
        return true;
      });
      if (stored) attempt(dropCookie);
      else {
        // Removing needs no quota: the stale copy goes even when the new one cannot be written there.
        attempt(() => local().removeItem(key));
        stored = attempt(() => {
          cookie(value, maxAge);
          return readCookie() === value;
        });
      }
      memory = stored ? null : value;
    },
    clear() {
      memory = null;
      attempt(() => local().removeItem(key));
      attempt(() => cookie('', -1));
    },
  };
}
