import { type Consent, type CookieDeclaration, cookieMatches } from '@conectamos/consent';
import type { DebugFeed } from './feed';
import css from './panel.css';
import { campaignStatus, vendorStatus } from './reasons';

type Child = Node | string | false | undefined;

/** A stored name the page has, and who declared it (if anyone). */
interface Seen {
  name: string;
  where: 'cookie' | 'localStorage' | 'sessionStorage';
  declaredBy?: string;
}

/** Every cookie and storage key the page has now, matched against what the vendors and the site declared. */
function storedNames(consent: Consent, win: Window): Seen[] {
  const declared: [CookieDeclaration, string][] = [
    ...consent.adapters.flatMap((a) => a.cookies.map((c): [CookieDeclaration, string] => [c, a.vendor])),
    ...consent.cookies.map((c): [CookieDeclaration, string] => [c, `the site (${c.category})`]),
    [{ name: consent.storageKey, purpose: '', duration: '', provider: '' }, 'the consent record'],
    // The key drop-in-page.ts keeps debug mode under for the tab's session: this panel's own.
    [
      { name: 'consent_debug', storage: 'sessionStorage', purpose: '', duration: '', provider: '' },
      'debug mode',
    ],
  ];
  const seen: Seen[] = [];
  const add = (name: string, where: Seen['where']) => {
    const match =
      declared.find(([d]) => (d.storage ?? 'cookie') === where && cookieMatches(d, name)) ??
      (name === consent.storageKey ? declared.at(-1) : undefined);
    seen.push({ name, where, declaredBy: match?.[1] });
  };
  for (const pair of win.document.cookie.split(/; */)) if (pair) add(pair.split('=')[0]!, 'cookie');
  for (const where of ['localStorage', 'sessionStorage'] as const)
    try {
      for (const key of Object.keys(win[where])) add(key, where);
    } catch {}
  return seen;
}

/**
 * The debug view: a panel over the page with the state, each vendor (running, or blocked and why), the
 * scripts injected, the cookies and storage keys seen against those declared, each campaign (fired, or
 * not and why), the events tracked (an event missing from the container's list is flagged), and every
 * problem. It follows the instance as things happen. Returns its removal.
 */
export function mountDebug(consent: Consent, feed: DebugFeed, win: Window & typeof globalThis): () => void {
  const doc = win.document;
  const h = (tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.append(...(children.filter(Boolean) as (Node | string)[]));
    return el;
  };
  const host = h('conectamos-consent-debug');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const body = h('div', { class: 'body' });
  const close = h('button', { type: 'button', 'aria-label': 'Close the debug view' }, '×');
  const off = h('button', { type: 'button' }, 'Turn debug mode off');
  const panel = h(
    'aside',
    { 'aria-label': 'Consent debug' },
    h('header', {}, h('strong', {}, 'Consent debug'), off, close),
    body,
  );
  root.append(panel);
  (doc.body ?? doc.documentElement).append(host);

  const section = (title: string, ...rows: Child[]) => h('section', {}, h('h2', {}, title), ...rows);
  const row = (label: string, value: string, tone = '') =>
    h('div', { class: `row ${tone}` }, h('span', {}, label), h('span', {}, value));
  const render = (): void => {
    const { state } = consent;
    const path = win.location.pathname;
    const seen = storedNames(consent, win);
    const scripts = [...doc.scripts]
      .map((s) => s.src)
      .filter((src) => src && new URL(src).origin !== win.location.origin);
    body.replaceChildren(
      section(
        'State',
        row('decided', state.decided ? `yes, ${state.decidedAt}` : 'no: the banner asks'),
        row('policy version', state.policyVersion),
        row('surface', consent.surface),
        row('source', state.source),
        ...Object.entries(state.categories).map(([c, on]) =>
          row(c, on ? 'granted' : 'denied', on ? 'good' : ''),
        ),
        state.optedOut.length > 0 && row('switched off', state.optedOut.join(', ')),
      ),
      section(
        'Vendors',
        ...consent.adapters.map((a) => {
          const status = vendorStatus(consent, a, feed);
          return row(
            `${a.vendor} (${a.category})`,
            status,
            status === 'running' ? 'good' : /failed/.test(status) ? 'bad' : '',
          );
        }),
      ),
      section(
        'Scripts injected',
        ...(scripts.length ? scripts.map((src) => row('', src)) : [row('', 'none')]),
      ),
      section(
        'Cookies and storage',
        ...seen.map((s) =>
          row(
            `${s.name} (${s.where})`,
            s.declaredBy ? `declared by ${s.declaredBy}` : 'not declared by anyone',
            s.declaredBy ? '' : 'bad',
          ),
        ),
        seen.length === 0 && row('', 'none'),
      ),
      section(
        'Campaigns',
        ...feed.campaigns.map((c) => {
          const status = campaignStatus(consent, c, feed, path);
          return row(c.id, status, status.startsWith('fired') ? 'good' : '');
        }),
        feed.campaigns.length === 0 && row('', 'none in the container'),
      ),
      section(
        'Events tracked',
        ...feed.tracked.map(({ event }) =>
          feed.events && !feed.events.includes(event)
            ? row(event, 'not in the container\'s "events": no campaign can use it', 'bad')
            : row(event, 'tracked'),
        ),
        feed.tracked.length === 0 && row('', 'none yet'),
      ),
      section(
        'Problems',
        ...feed.errors.map(({ id, error }) =>
          row(id ?? '', String((error as Error)?.message ?? error), 'bad'),
        ),
        feed.errors.length === 0 && row('', 'none'),
      ),
    );
  };
  const offs = (['change', 'load', 'error', 'track', 'page', 'revoke'] as const).map((event) =>
    consent.on(event, () => queueMicrotask(render)),
  );
  const remove = (): void => {
    for (const stop of offs) stop();
    host.remove();
  };
  close.addEventListener('click', remove);
  off.addEventListener('click', () => {
    win.sessionStorage.removeItem('consent_debug');
    remove();
  });
  render();
  return remove;
}
