import type { Consent } from '@conectamos/consent';

/**
 * Reports single-page-app navigations as `consent.page()`, once per route change: `pushState`,
 * `replaceState` to a new path, and back/forward. A change of hash alone is not a new page.
 */
export function watchHistory(consent: Consent, win: Window): void {
  const { history, location } = win;
  let last = location.pathname + location.search;
  const changed = (): void => {
    const path = location.pathname + location.search;
    if (path === last) return;
    last = path;
    consent.page(path);
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      changed();
    };
  }
  win.addEventListener('popstate', changed);
}
