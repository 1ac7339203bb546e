import { attempt } from './attempt';
import { cookieJar } from './cookies';

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
  const cookie = (value: string, maxAge: number): void => {
    const { hostname, protocol } = win!.location;
    const domain = cookieDomain && hostname.endsWith(cookieDomain) ? `; domain=${cookieDomain}` : '';
    win!.document.cookie = `${key}=${encodeURIComponent(value)}; max-age=${maxAge | 0}; path=/; SameSite=Lax${domain}${protocol === 'https:' ? '; Secure' : ''}`;
  };
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
