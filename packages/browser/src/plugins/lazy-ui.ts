import type { ConsentPlugin } from '@conectamos/consent';
import type { ConsentDialog, ConsentUI, ConsentUIOptions, mountConsentBanner } from '@conectamos/consent-ui';

/** What the UI chunk exports. */
export interface UIChunk {
  /** `@conectamos/consent-ui`'s mount of the banner, with the dialog on demand. */
  mountConsentBanner: typeof mountConsentBanner;
}

/** Options of the `lazyUI` plugin. */
export interface LazyUIOptions {
  /** Fetches and runs the UI chunk; called at most once, unless it failed. */
  load: () => Promise<UIChunk>;
  /** Fetches and runs the dialog chunk: what the banner's "Preferences" and the settings links open. */
  loadDialog: () => Promise<ConsentDialog>;
  /** The UI's options (from the container). */
  ui: ConsentUIOptions & { window: Window & typeof globalThis };
  /** Called when the chunk cannot be loaded (a blocked or changed file). */
  onError?: (error: unknown) => void;
}

/**
 * The banner and dialog, on demand: the UI's code is fetched and run only when something must be shown —
 * no decision yet (a first visit, a new policy version, a withdrawal), or a `data-consent-open` click. A
 * returning visitor whose decision is stored downloads and runs none of it; the dialog's code comes only
 * when the dialog first opens.
 */
export function lazyUI({ load, loadDialog, ui: options, onError }: LazyUIOptions): ConsentPlugin {
  return {
    name: 'lazy-ui',
    setup(consent) {
      const doc = options.window.document;
      let ui: ConsentUI | undefined;
      let mounting: Promise<ConsentUI> | undefined;
      // A dialog chunk that cannot be loaded is reported, and the next click asks again.
      const dialog = (): Promise<ConsentDialog> =>
        loadDialog().catch((error) => {
          onError?.(error);
          throw error;
        });
      const mount = (): Promise<ConsentUI> =>
        (mounting ??= load().then(
          ({ mountConsentBanner }) => (ui = mountConsentBanner(consent, options, dialog)),
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
        // Both chunks at once: the dialog's request does not wait for the banner's (the mount's open reports
        // a failure).
        loadDialog().catch(() => {});
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
