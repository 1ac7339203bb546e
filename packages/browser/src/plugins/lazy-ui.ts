import type { ConsentPlugin } from '@conectamos/consent';
import type { ConsentUI, ConsentUIOptions, mountConsentUI } from '@conectamos/consent-ui';

/** What the UI chunk exports. */
export interface UIChunk {
  /** `@conectamos/consent-ui`'s mount. */
  mountConsentUI: typeof mountConsentUI;
}

/** Options of the `lazyUI` plugin. */
export interface LazyUIOptions {
  /** Fetches and runs the UI chunk; called at most once, unless it failed. */
  load: () => Promise<UIChunk>;
  /** The UI's options (from the container). */
  ui: ConsentUIOptions & { window: Window & typeof globalThis };
  /** Called when the chunk cannot be loaded (a blocked or changed file). */
  onError?: (error: unknown) => void;
}

/**
 * The banner and dialog, on demand: the UI's code is fetched and run only when something must be shown —
 * no decision yet (a first visit, a new policy version, a withdrawal), or a `data-consent-open` click. A
 * returning visitor whose decision is stored downloads and runs none of it.
 */
export function lazyUI({ load, ui: options, onError }: LazyUIOptions): ConsentPlugin {
  return {
    name: 'lazy-ui',
    setup(consent) {
      const doc = options.window.document;
      let ui: ConsentUI | undefined;
      let mounting: Promise<ConsentUI> | undefined;
      const mount = (): Promise<ConsentUI> =>
        (mounting ??= load().then(
          ({ mountConsentUI }) => (ui = mountConsentUI(consent, options)),
          (error) => {
            mounting = undefined;
            onError?.(error);
            throw error;
          },
        ));
      // Until the UI is here, a "Cookie settings" link brings it and opens the dialog; then the UI's own
      // listener takes the clicks over.
      const onClick = (event: Event): void => {
        if (ui || !(event.target as Element).closest?.('[data-consent-open]')) return;
        event.preventDefault();
        mount().then(
          (mounted) => mounted.open(),
          () => {},
        );
      };
      doc.addEventListener('click', onClick);
      const off = consent.subscribe((state) => {
        if (!state.decided) mount().catch(() => {});
      });
      return () => {
        off();
        doc.removeEventListener('click', onClick);
        ui?.unmount();
      };
    },
  };
}
