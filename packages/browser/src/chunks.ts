import { scriptPolicy } from '@conectamos/consent';

/** An on-demand part of the drop-in: its file (next to the main script) and the SRI hash of its bytes. */
export interface ChunkRef {
  /** The file name, resolved against the main script's URL: `consent-ui.3f9a1c2b.js`. */
  file: string;
  /** `sha384-…` of the file, so a changed or mismatched file never runs. */
  integrity: string;
}

/** The chunks a drop-in build has, by name. */
export interface Chunks {
  /** The banner. */
  ui?: ChunkRef;
  /** The preferences dialog, with the vendors' Spanish texts: fetched the first time it must open. */
  dialog?: ChunkRef;
  /** The debug view (`?consent_debug=1`). */
  debug?: ChunkRef;
}

/** What a chunk pushes when it has run: its name and what it exports. */
export type ChunkDelivery = [name: string, exports: unknown];

/** The global a chunk pushes onto, as `(self.ConectamosConsentChunks ||= []).push([name, exports])`. */
export type ChunkGlobal = { ConectamosConsentChunks?: ChunkDelivery[] };

/** Loads a named chunk once; resolves to what it exports. */
export type LoadChunk = <T>(name: keyof Chunks) => Promise<T>;

/**
 * The drop-in's loader of on-demand chunks. Each is a classic script next to the main one, injected with its
 * SRI integrity, the page's nonce and through the SDK's Trusted Types policy, so it runs under the same CSP
 * as the main script (a CDN included) and a file that changed never runs. A chunk hands its exports over by
 * pushing onto a global array, which works whichever of the two scripts runs first.
 */
export function chunkLoader(
  win: Window & typeof globalThis & ChunkGlobal,
  base: string,
  chunks: Chunks,
  nonce: string | undefined,
): LoadChunk {
  const doc = win.document;
  const delivered = new Map<string, unknown>();
  const waiting = new Map<string, (exports: unknown) => void>();
  const loading = new Map<string, Promise<unknown>>();
  const receive = ([name, exports]: ChunkDelivery): void => {
    delivered.set(name, exports);
    waiting.get(name)?.(exports);
  };
  win.ConectamosConsentChunks ??= [];
  const queue = win.ConectamosConsentChunks;
  for (const delivery of queue) receive(delivery);
  queue.push = (...deliveries: ChunkDelivery[]) => {
    for (const delivery of deliveries) receive(delivery);
    return queue.length;
  };

  const load = (name: keyof Chunks): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (delivered.has(name)) return resolve(delivered.get(name));
      const ref = chunks[name];
      if (!ref) return reject(new Error(`consent: this build has no ${name} chunk`));
      waiting.set(name, resolve);
      const script = doc.createElement('script');
      script.onerror = () => {
        // Forgotten, so a later need (a click on "Cookie settings") tries again.
        loading.delete(name);
        script.remove();
        reject(new Error(`consent: could not load ${ref.file}`));
      };
      script.integrity = ref.integrity;
      script.crossOrigin = 'anonymous';
      if (nonce) script.nonce = nonce;
      try {
        script.src = scriptPolicy(win).createScriptURL(new URL(ref.file, base).href);
        doc.head.append(script);
      } catch (error) {
        script.onerror = null;
        loading.delete(name);
        reject(error);
      }
    });
  return <T>(name: keyof Chunks): Promise<T> => {
    if (!loading.has(name)) loading.set(name, load(name));
    return loading.get(name) as Promise<T>;
  };
}
