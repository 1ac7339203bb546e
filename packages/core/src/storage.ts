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
 */
export function decisionStorage(
  win: Window | undefined,
  key: string,
  cookieDomain?: string,
): DecisionStorage {
  let memory: string | null = null;
  // The fallback cookie goes on the configured domain only when this page is on it.
  const cookie = (value: string, maxAge: number): void =>
    setCookie(
      win!,
      key,
      encodeURIComponent(value),
      maxAge,
      cookieDomain && win!.location.hostname.endsWith(cookieDomain) ? cookieDomain : '',
    );
  return {
    read: () =>
      attempt(() => win!.localStorage.getItem(key)) ??
      attempt(
        () => decodeURIComponent(cookieJar(win!.document).find(([name]) => name === key)?.[1] ?? '') || null,
      ) ??
      memory,
    write(value, maxAge) {
      // Memory only holds what no real storage took, so it never shadows a change made in another tab.
      const stored =
        attempt(() => win!.localStorage.setItem(key, value) ?? 1) ||
        attempt(() => {
          cookie(value, maxAge);
          return win!.document.cookie.includes(key);
        });
      memory = stored ? null : value;
    },
    clear() {
      memory = null;
      attempt(() => win!.localStorage.removeItem(key));
      attempt(() => cookie('', -1));
    },
  };
}
