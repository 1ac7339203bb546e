import { bootWith } from './boot';
import type { Chunks } from './chunks';
import type { Container } from './container';
import { dropInPage } from './drop-in-page';
import type { Factory } from './registry';

/** What the generic drop-in starts with. */
export interface DropInSetup {
  /** The vendor factories this build bundled, by adapter id. */
  factories: Readonly<Record<string, Factory>>;
  /** The on-demand chunks beside the main script. */
  chunks: Chunks;
}

/** The storage key a container cannot change: whether a decision may be stored is known before the container. */
const RECORD = 'cookie_consent';

/**
 * Starts the generic drop-in from the `<script>` that is running it: the container, inline as
 * `<script type="application/json" id="consent-container">` or fetched from `data-container`, checked part
 * by part as it arrives (a bad part is skipped with a console error naming its JSON path); the vendors, the
 * markup hooks, SPA page views, the command queue, and the banner and dialog on demand. Exposes the
 * instance as `window.ConectamosConsent` and announces `consent:ready` and every campaign hit
 * (`consent:campaign`) on the document. Must be called while the script runs (it reads `currentScript`).
 */
export function startDropIn(setup: DropInSetup): void {
  const page = dropInPage(setup.chunks);
  const { win, script, fail } = page;
  const start = (container: Container): void => {
    const consent = bootWith(container, setup.factories, page.boot);
    if (consent) page.ready(consent);
  };
  try {
    const inline = win.document.getElementById('consent-container');
    if (inline) {
      page.begin(() => start(JSON.parse(inline.textContent ?? '')));
      return;
    }
    if (!script?.dataset.container) {
      fail(new Error('consent: no data-container attribute and no #consent-container script'));
      return;
    }
    // A first visit will need the banner: fetch it while the container is on its way, not after.
    if (!storedAnywhere(win)) page.loadChunk('ui').catch(() => {});
    fetch(script.dataset.container, { credentials: 'same-origin' })
      .then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(`consent container: ${r.status} for ${r.url}`)),
      )
      .then((container) => page.begin(() => start(container)))
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
