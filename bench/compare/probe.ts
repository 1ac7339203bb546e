/**
 * What runs in the measured page before any of its own scripts: it watches for the banner on every
 * frame and reports the moment it is visible, counts long tasks, and notes when the first click
 * happened. Kept as source text (not a function) so no compiler helper leaks into the page.
 */

/** The CDP binding the probe calls once the banner is visible, with ms since navigation start. */
export const BANNER_SIGNAL = '__benchBannerVisible';

/** The probe for a page whose banner is the element `banner` (a JS expression) evaluates to. */
export const probe = (banner: string): string => `(() => {
  const bench = (window.__bench = { banner: null, longTasks: 0, longTaskMs: 0, click: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks += 1;
      bench.longTaskMs += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
  // Capture on window runs before any library's own click handler; timeStamp is when the input happened.
  addEventListener('click', (event) => { if (bench.click === null) bench.click = event.timeStamp; }, true);
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
      return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const frame = () => {
    if (location.pathname !== '/') return;
    if (visible(${banner})) {
      bench.banner = performance.now();
      if (window.${BANNER_SIGNAL}) window.${BANNER_SIGNAL}(String(bench.banner));
    } else if (performance.now() < 60000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** In the page: ms since navigation start of the first request to a host that is not the site (or to `prefix`). */
export const firstRequestAt = (prefix?: string): string => `(() => {
  const starts = performance
    .getEntriesByType('resource')
    .filter((e) => ${prefix ? `e.name.startsWith(${JSON.stringify(prefix)})` : '!e.name.startsWith(location.origin + "/")'})
    .map((e) => e.startTime);
  return starts.length ? Math.min(...starts) : null;
})()`;

/** In the page: what the probe counted. */
export const PROBE_STATE = 'window.__bench';
