import type { Consent, ErrorEvent, Surface } from '@conectamos/consent';
import type { ConsentDialog } from '@conectamos/consent-ui';
import type { BootWithOptions } from './boot';
import { type ChunkGlobal, type Chunks, chunkLoader, type LoadChunk } from './chunks';
import type { debugFeed } from './debug/feed';
import type { mountDebug } from './debug/panel';
import { type CommandQueueGlobal, commandQueue } from './plugins/command-queue';
import { lazyUI, type UIChunk } from './plugins/lazy-ui';

/** What the debug chunk exports. */
export interface DebugChunk {
  /** The feed of what happens on the page, and the plugin that fills it. */
  debugFeed: typeof debugFeed;
  /** Mounts the debug view over the page. */
  mountDebug: typeof mountDebug;
}

/** The page a drop-in build runs in, read from the `<script>` that is running it. */
export interface DropInPage {
  /** The window, with the drop-in's globals. */
  win: Window & typeof globalThis & CommandQueueGlobal & ChunkGlobal;
  /** The script element: its `data-container`, `data-surface` and nonce. */
  script: HTMLScriptElement | null;
  /** Loads the build's chunks from beside the script. */
  loadChunk: LoadChunk;
  /** Logs a failure that stops the drop-in from starting. */
  fail(error: unknown): void;
  /** How to boot: the surface and nonce of the script, the command queue, the UI on demand, the events. */
  boot: BootWithOptions;
  /**
   * Runs `start` at once; in debug mode (`?consent_debug=1`), once the debug chunk is here, with its feed
   * among the plugins so it hears everything from the start. Debug mode costs pages without it no chunk.
   */
  begin(start: () => void): void;
  /** Tells the page the instance is ready (`consent:ready` on the document), and shows the debug view if on. */
  ready(consent: Consent): void;
}

/** The query parameter and sessionStorage key that switch debug mode on (`1`) and off (`0`). */
const DEBUG_KEY = 'consent_debug';

// `?consent_debug=1` switches debug mode on for the rest of the tab's session, `?consent_debug=0` off.
function debugMode(win: Window): boolean {
  try {
    const asked = new URLSearchParams(win.location.search).get(DEBUG_KEY);
    if (asked === '1') win.sessionStorage.setItem(DEBUG_KEY, '1');
    if (asked === '0') win.sessionStorage.removeItem(DEBUG_KEY);
    return win.sessionStorage.getItem(DEBUG_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * What every drop-in build shares, the generic `consent.js` and a compiled one: reading its script tag,
 * the chunk loader, the command queue (with the problems found while booting, for the error listeners it
 * registers), the UI on demand, debug mode, and the document events. Must be called while the script runs.
 */
export function dropInPage(chunks: Chunks): DropInPage {
  const win = window as DropInPage['win'];
  const doc = win.document;
  const script = doc.currentScript as HTMLScriptElement | null;
  const nonce = script?.nonce || undefined;
  const loadChunk = chunkLoader(win, script?.src || doc.baseURI, chunks, nonce);
  const fail = (error: unknown): void => console.error('[consent]', error);
  const problems: ErrorEvent[] = [];
  let debug: { chunk: DebugChunk; feed: ReturnType<typeof debugFeed>['feed'] } | undefined;
  const boot: BootWithOptions = {
    surface: script?.dataset.surface as Surface | undefined,
    nonce,
    onError: (event) => {
      problems.push(event);
      debug?.feed.errors.push(event);
    },
    onCampaign: (detail) => {
      debug?.feed.hits.push(detail);
      doc.dispatchEvent(new CustomEvent('consent:campaign', { detail }));
    },
    onCampaigns: (list, events) => {
      if (!debug) return;
      debug.feed.campaigns.push(...list);
      debug.feed.events = events && [...events];
    },
    plugins: [commandQueue(win, problems, ({ error }) => fail(error))],
    mountUI: (consent, ui) =>
      lazyUI({
        load: () => loadChunk<UIChunk>('ui'),
        loadDialog: () => loadChunk<ConsentDialog>('dialog'),
        ui,
        onError: fail,
      }).setup(consent),
  };
  return {
    win,
    script,
    loadChunk,
    fail,
    boot,
    begin(start) {
      if (!debugMode(win)) return start();
      loadChunk<DebugChunk>('debug').then(
        (chunk) => {
          const { feed, plugin } = chunk.debugFeed();
          debug = { chunk, feed };
          boot.plugins!.unshift(plugin);
          start();
        },
        (error) => {
          fail(error);
          start();
        },
      );
    },
    ready(consent) {
      doc.dispatchEvent(new CustomEvent('consent:ready', { detail: consent }));
      debug?.chunk.mountDebug(consent, debug.feed, win);
    },
  };
}
