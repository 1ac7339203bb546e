import type { ErrorEvent, Surface } from '@conectamos/consent';
import type { BootWithOptions } from './boot';
import { type ChunkGlobal, type Chunks, chunkLoader, type LoadChunk } from './chunks';
import { type CommandQueueGlobal, commandQueue } from './plugins/command-queue';
import { lazyUI, type UIChunk } from './plugins/lazy-ui';

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
  /** Tells the page the instance is ready (`consent:ready` on the document). */
  ready(consent: unknown): void;
}

/**
 * What every drop-in build shares, the generic `consent.js` and a compiled one: reading its script tag,
 * the chunk loader, the command queue (with the problems found while booting, for the error listeners it
 * registers), the UI on demand, and the document events. Must be called while the script runs.
 */
export function dropInPage(chunks: Chunks): DropInPage {
  const win = window as DropInPage['win'];
  const doc = win.document;
  const script = doc.currentScript as HTMLScriptElement | null;
  const nonce = script?.nonce || undefined;
  const loadChunk = chunkLoader(win, script?.src || doc.baseURI, chunks, nonce);
  const fail = (error: unknown): void => console.error('[consent]', error);
  const problems: ErrorEvent[] = [];
  return {
    win,
    script,
    loadChunk,
    fail,
    boot: {
      surface: script?.dataset.surface as Surface | undefined,
      nonce,
      onError: (event) => problems.push(event),
      onCampaign: (detail) => doc.dispatchEvent(new CustomEvent('consent:campaign', { detail })),
      plugins: [commandQueue(win, problems, ({ error }) => fail(error))],
      mountUI: (consent, ui) =>
        lazyUI({ load: () => loadChunk<UIChunk>('ui'), ui, onError: fail }).setup(consent),
    },
    ready: (consent) => doc.dispatchEvent(new CustomEvent('consent:ready', { detail: consent })),
  };
}
