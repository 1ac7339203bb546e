/**
 * The drop-in: `<script src="consent.js" data-container="/consent.json" defer></script>`, or an inline
 * `<script type="application/json" id="consent-container">`. Boots from the container and exposes the
 * consent instance as `window.ConectamosConsent`; calls queued before that, as
 * `(window.ConectamosConsent = window.ConectamosConsent || []).push(['track', 'signup'])`, are replayed.
 * `consent:ready` (the instance) and every campaign hit (`consent:campaign`) are announced on the document.
 */
import type { Consent, ErrorEvent } from '@conectamos/consent';
import { bootContainer } from './boot';
import type { Container } from './container';

type Call = [method: string, ...args: unknown[]];
type Listener = (event: ErrorEvent) => void;

const win = window as Window & typeof globalThis & { ConectamosConsent?: unknown };
const script = document.currentScript as HTMLScriptElement | null;
const queued: Call[] = Array.isArray(win.ConectamosConsent) ? win.ConectamosConsent : [];
const listeners = new Set<Listener>();
// Problems found while booting wait for the listeners that queued calls register.
let pending: ErrorEvent[] | undefined = [];
const onError = (event: ErrorEvent): void => {
  if (pending) pending.push(event);
  else for (const fn of listeners) fn(event);
};

function start(container: Container): void {
  const consent = bootContainer(container, {
    surface: script?.dataset.surface as Consent['surface'] | undefined,
    nonce: script?.nonce || undefined,
    onError,
    onCampaign: (detail) => document.dispatchEvent(new CustomEvent('consent:campaign', { detail })),
  });
  if (!consent) return;
  const on = consent.on;
  // Error listeners hear the container's problems too, not only the store's.
  consent.on = ((event, fn) => {
    if (event !== 'error') return on(event, fn);
    listeners.add(fn as Listener);
    return () => listeners.delete(fn as Listener);
  }) as Consent['on'];
  const run = ([method, ...args]: Call): void => {
    try {
      const fn = (consent as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
      if (typeof fn !== 'function') throw new TypeError(`ConectamosConsent: no method "${method}"`);
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error) => onError({ error }));
    } catch (error) {
      onError({ error });
    }
  };
  // Code written for the queue keeps working after boot: push runs at once.
  win.ConectamosConsent = Object.assign(consent, { push: (...calls: Call[]) => calls.forEach(run) });
  for (const call of queued) run(call);
  const problems = pending!;
  pending = undefined;
  for (const problem of problems) onError(problem);
  document.dispatchEvent(new CustomEvent('consent:ready', { detail: consent }));
}

const fail = (error: unknown): void => {
  console.error('[consent]', error);
  onError({ error });
};
const inline = document.getElementById('consent-container');
try {
  if (inline) start(JSON.parse(inline.textContent ?? ''));
  else if (script?.dataset.container)
    fetch(script.dataset.container, { credentials: 'same-origin' })
      .then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(`consent container: ${r.status} for ${r.url}`)),
      )
      .then(start)
      .catch(fail);
  else fail(new Error('consent: no data-container attribute and no #consent-container script'));
} catch (error) {
  fail(error);
}
