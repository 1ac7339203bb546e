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
import { type CommandQueueGlobal, commandQueue } from './plugins/command-queue';

const win = window as Window & typeof globalThis & CommandQueueGlobal;
const script = document.currentScript as HTMLScriptElement | null;
// Problems found while booting, for the error listeners that queued calls register.
const problems: ErrorEvent[] = [];

function start(container: Container): void {
  const consent = bootContainer(container, {
    surface: script?.dataset.surface as Consent['surface'] | undefined,
    nonce: script?.nonce || undefined,
    onError: (event) => problems.push(event),
    onCampaign: (detail) => document.dispatchEvent(new CustomEvent('consent:campaign', { detail })),
    plugins: [commandQueue(win, problems, ({ error }) => fail(error))],
  });
  if (consent) document.dispatchEvent(new CustomEvent('consent:ready', { detail: consent }));
}

const fail = (error: unknown): void => console.error('[consent]', error);
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
