import type { Consent, ConsentPlugin } from '@conectamos/consent';

/**
 * Reports single-page-app navigations as `consent.page()`, once per route change: `pushState`,
 * `replaceState` to a new path, and back/forward. A change of hash alone is not a new page.
 * Pass the window whose history is watched (default the global one).
 */
export function spaPageViews(win?: Window): ConsentPlugin {
  return {
    name: 'spa-page-views',
    setup(consent) {
      const { history, location } = win ?? window;
      let last = location.pathname + location.search;
      const changed = (): void => {
        const path = location.pathname + location.search;
        if (path === last) return;
        last = path;
        consent.page(path);
      };
      const originals = { pushState: history.pushState, replaceState: history.replaceState };
      for (const method of ['pushState', 'replaceState'] as const)
        history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
          originals[method].apply(this, args);
          changed();
        };
      (win ?? window).addEventListener('popstate', changed);
      return () => {
        Object.assign(history, originals);
        (win ?? window).removeEventListener('popstate', changed);
      };
    },
  };
}

/**
 * Reports SPA navigations of an instance that is already running: the `spaPageViews` plugin, set up at once.
 * @deprecated Pass `spaPageViews()` in `createConsent({ plugins })`.
 */
export function watchHistory(consent: Consent, win: Window): void {
  spaPageViews(win).setup(consent);
}
