import type { ErrorEvent, Surface } from '@conectamos/consent';
import { bootWith } from './boot';
import { type ChunkGlobal, type Chunks, chunkLoader } from './chunks';
import type { Container } from './container';
import { type CommandQueueGlobal, commandQueue } from './plugins/command-queue';
import { lazyUI, type UIChunk } from './plugins/lazy-ui';
import type { Factory } from './registry';

/** What a build of the drop-in starts with. */
export interface DropInSetup {
  /** The vendor factories this build bundled, by adapter id. */
  factories: Readonly<Record<string, Factory>>;
  /** The on-demand chunks beside the main script. */
  chunks: Chunks;
  /** A container compiled into the build; without one it is read from the page (inline, or `data-container`). */
  container?: Container;
}

/** The storage key a container cannot change: whether a decision may be stored is known before the container. */
const RECORD = 'cookie_consent';

/**
 * Starts the drop-in from the `<script>` that is running it: the container (compiled in, inline as
 * `<script type="application/json" id="consent-container">`, or fetched from `data-container`), the
 * vendors, the markup hooks, SPA page views, the command queue, and the banner and dialog on demand.
 * Exposes the instance as `window.ConectamosConsent` and announces `consent:ready` and every campaign hit
 * (`consent:campaign`) on the document. Must be called while the script runs (it reads `currentScript`).
 */
export function startDropIn(setup: DropInSetup): void {
  const win = window as Window & typeof globalThis & CommandQueueGlobal & ChunkGlobal;
  const doc = win.document;
  const script = doc.currentScript as HTMLScriptElement | null;
  const nonce = script?.nonce || undefined;
  const loadChunk = chunkLoader(win, script?.src || doc.baseURI, setup.chunks, nonce);
  const fail = (error: unknown): void => console.error('[consent]', error);
  // Problems found while booting, for the error listeners that queued calls register.
  const problems: ErrorEvent[] = [];

  const start = (container: Container): void => {
    const consent = bootWith(container, setup.factories, {
      surface: script?.dataset.surface as Surface | undefined,
      nonce,
      onError: (event) => problems.push(event),
      onCampaign: (detail) => doc.dispatchEvent(new CustomEvent('consent:campaign', { detail })),
      plugins: [commandQueue(win, problems, ({ error }) => fail(error))],
      mountUI: (instance, ui) =>
        lazyUI({ load: () => loadChunk<UIChunk>('ui'), ui, onError: fail }).setup(instance),
    });
    if (consent) doc.dispatchEvent(new CustomEvent('consent:ready', { detail: consent }));
  };

  try {
    if (setup.container) return start(setup.container);
    const inline = doc.getElementById('consent-container');
    if (inline) return start(JSON.parse(inline.textContent ?? ''));
    if (!script?.dataset.container)
      return fail(new Error('consent: no data-container attribute and no #consent-container script'));
    // A first visit will need the banner: fetch it while the container is on its way, not after.
    if (!storedAnywhere(win)) loadChunk('ui').catch(() => {});
    fetch(script.dataset.container, { credentials: 'same-origin' })
      .then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(`consent container: ${r.status} for ${r.url}`)),
      )
      .then(start)
      .catch(fail);
  } catch (error) {
    fail(error);
  }
}

// Whether any decision may be stored: localStorage, or the fallback cookie. Read cheaply, before the policy
// version is known; the store reads it properly.
function storedAnywhere(win: Window): boolean {
  try {
    if (win.localStorage.getItem(RECORD) !== null) return true;
  } catch {}
  try {
    return win.document.cookie.includes(`${RECORD}=`);
  } catch {
    return false;
  }
}
