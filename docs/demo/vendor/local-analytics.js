// A local stand-in vendor for the demo: it behaves like a tracker (sets a first-party cookie, drains a
// queue) without leaving the machine, so the demo shows the whole consent cycle offline.
(() => {
  const queue = window.localAnalytics?.q ?? [];
  document.cookie = `_la_id=${Math.random().toString(36).slice(2)}; path=/; max-age=31536000; SameSite=Lax`;
  window.localAnalytics = (...args) => console.info('[local-analytics]', ...args);
  for (const args of queue) window.localAnalytics(...args);
})();
