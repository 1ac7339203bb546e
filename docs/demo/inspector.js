/**
 * The demo's live inspector: the consent state, every script injected (and whether it loaded),
 * the cookies present and the SDK's events, refreshed as they change.
 */
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

// The demo pages record hits from their first line (an inline script), since campaigns can fire while
// the drop-in boots, before this panel exists.
const hits = () =>
  (window.__campaignHits ?? []).map((h) => `${h.id} → ${h.adapter} (${h.event} on ${h.path})`);

export function mountInspector(consent, { target = document.body } = {}) {
  const scripts = new Map();
  const log = [];
  document.addEventListener('consent:campaign', () => render());
  const panel = el('aside', { className: 'inspector', ariaLabel: 'Consent inspector' });
  target.append(panel);

  const track = (script) => {
    if (!script.src || scripts.has(script.src)) return;
    const entry = { src: script.src, status: 'loading' };
    scripts.set(script.src, entry);
    const settle = (status) => () => {
      entry.status = status;
      render();
    };
    script.addEventListener('load', settle('loaded'));
    script.addEventListener('error', settle('failed (offline or blocked)'));
  };
  // Watches the page for injected scripts; the panel's own re-renders are not news.
  new MutationObserver((mutations) => {
    if (mutations.every((m) => panel.contains(m.target))) return;
    for (const s of document.querySelectorAll('script[src]')) track(s);
    render();
  }).observe(document.documentElement, { childList: true, subtree: true });
  for (const s of document.querySelectorAll('script[src]')) track(s);

  const note = (type, detail) => {
    log.unshift(`${new Date().toLocaleTimeString()} ${type} ${detail}`);
    log.length = Math.min(log.length, 30);
    render();
  };
  consent.on('load', ({ id }) => note('load', id));
  consent.on('error', ({ id, error }) => note('error', `${id ?? ''} ${error?.message ?? error}`));
  consent.on('revoke', (e) => note('revoke', JSON.stringify(e)));
  consent.subscribe((s) => note('change', `decided=${s.decided} source=${s.source}`));
  setInterval(render, 1000);

  function render() {
    const s = consent.state;
    panel.replaceChildren(
      el('h2', { textContent: 'Inspector' }),
      el('h3', { textContent: 'Consent state' }),
      el('pre', { textContent: JSON.stringify(s, null, 2) }),
      el('h3', { textContent: 'Adapters' }),
      el(
        'ul',
        {},
        ...consent.adapters.map((a) =>
          el('li', {
            textContent: `${a.vendor} (${a.category}${a.onDemand ? ', on demand' : ''}): ${consent.isGranted(a.id) ? 'may run' : 'blocked'}`,
          }),
        ),
      ),
      el('h3', { textContent: 'Vendor scripts injected' }),
      el(
        'ul',
        {},
        ...[...scripts.values()]
          .filter((x) => !x.src.startsWith(location.origin))
          .map((x) => el('li', { textContent: `${x.status}: ${x.src}` })),
      ),
      el('h3', { textContent: 'Cookies present' }),
      el('pre', { textContent: document.cookie.split('; ').filter(Boolean).join('\n') || '(none)' }),
      el('h3', { textContent: `Campaign hits (${hits().length})` }),
      el('pre', { textContent: hits().join('\n') || '(none yet)' }),
      el('h3', { textContent: 'Events' }),
      el('pre', { textContent: log.join('\n') }),
    );
  }
  render();
}
