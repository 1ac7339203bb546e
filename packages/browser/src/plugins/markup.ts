import {
  CATEGORIES,
  type Category,
  type Consent,
  type ConsentPlugin,
  scriptPolicy,
} from '@conectamos/consent';

const BLOCKED = 'script[type="text/plain"][data-consent-category]';
// Attributes that belong to the blocked form, not to the script it becomes.
const OWN = /^(type|data-consent-category|data-src|data-type|nonce)$/;

/** Options of the `markup` plugin. */
export interface MarkupOptions {
  /** The window whose document is watched. Default the global one. */
  window?: Window & typeof globalThis;
  /**
   * The page's CSP nonce. With one, a blocked script runs only if it carries that nonce itself (the page's
   * server wrote it), and the script it becomes gets it.
   */
  nonce?: string;
  /** Reload the page when a category whose blocks have run is withdrawn. Default false. */
  reloadOnRevoke?: boolean;
}

/**
 * The page's markup hooks, as a plugin: `data-consent-opt-out="<adapter id>"` switches one vendor off (the
 * policy's per-vendor opt-out links), and `<script type="text/plain" data-consent-category="…">` blocks,
 * inline or with `data-src`, run once their category may run here — also blocks added to the page later.
 * (`data-consent-open` belongs to the UI.) A block that has run cannot be unrun: with `reloadOnRevoke`,
 * withdrawing its category reloads the page.
 *
 * With a nonce in use, a block runs only if it carries that nonce itself. A block that arrived in injected
 * HTML (a comment, a CMS field) has no valid nonce and stays inert, as an injected `<script>` would: the
 * SDK must not lend its own trust to it.
 */
export function markup(options: MarkupOptions = {}): ConsentPlugin {
  return {
    name: 'markup',
    setup(consent) {
      const win = options.window ?? window;
      const { nonce } = options;
      const doc = win.document;
      // Blocks seen and not yet run; each mutation adds only what it inserted, never rescans the page.
      const waiting = new Set<HTMLScriptElement>();
      // Categories whose blocks have run: withdrawing one can only be honoured by a reload.
      const ran = new Set<Category>();

      const onClick = (event: Event): void => {
        const link = (event.target as Element).closest?.('[data-consent-opt-out]');
        if (!link) return;
        event.preventDefault();
        try {
          consent.optOut(link.getAttribute('data-consent-opt-out')!);
        } catch (error) {
          // A link naming a vendor the page does not run: the page's mistake, reported, never thrown.
          console.error('[consent]', error);
        }
      };
      const run = (blocked: HTMLScriptElement, category: Category): void => {
        const policy = scriptPolicy(win);
        const script = doc.createElement('script');
        for (const { name, value } of blocked.attributes)
          if (!OWN.test(name)) script.setAttribute(name, value);
        // data-type keeps a module a module; anything else runs as a classic script.
        if (blocked.dataset.type) script.type = blocked.dataset.type;
        if (nonce) script.nonce = nonce;
        // Through the SDK's Trusted Types policy, which also refuses a data-src that is not http(s).
        if (blocked.dataset.src)
          script.src = policy.createScriptURL(new URL(blocked.dataset.src, doc.baseURI).href);
        else script.textContent = policy.createScript(blocked.textContent ?? '');
        ran.add(category);
        blocked.replaceWith(script);
      };
      const activate = (): void => {
        for (const blocked of waiting) {
          const category = blocked.dataset.consentCategory as Category;
          // Only the four categories: an adapter id here ("stripe", necessary) would make a block run at once.
          if (!blocked.isConnected || !CATEGORIES.includes(category)) waiting.delete(blocked);
          else if (consent.isGranted(category)) {
            waiting.delete(blocked);
            // The nonce as a property: browsers hide the attribute's value once the element is parsed.
            if (nonce && blocked.nonce !== nonce)
              console.warn('[consent] a blocked script without the page nonce stays inert', blocked);
            else
              try {
                run(blocked, category);
              } catch (error) {
                console.error('[consent]', error);
              }
          }
        }
      };
      const collect = (node: Node): void => {
        if (!(node instanceof win.Element)) return;
        if (node.matches(BLOCKED)) waiting.add(node as HTMLScriptElement);
        else if (node.firstElementChild)
          for (const found of node.querySelectorAll<HTMLScriptElement>(BLOCKED)) waiting.add(found);
      };

      collect(doc.documentElement);
      doc.addEventListener('click', onClick);
      const offState = consent.subscribe(activate);
      const offReload = options.reloadOnRevoke
        ? consent.on('change', (state) => {
            if ([...ran].some((c) => !state.categories[c])) win.location.reload();
          })
        : () => {};
      const observer = new win.MutationObserver((records) => {
        const before = waiting.size;
        for (const record of records) for (const node of record.addedNodes) collect(node);
        if (waiting.size > before) activate();
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true });
      return () => {
        doc.removeEventListener('click', onClick);
        offState();
        offReload();
        observer.disconnect();
      };
    },
  };
}

/**
 * Binds the markup hooks to an instance that is already running: the `markup` plugin, set up at once.
 * @deprecated Pass `markup({ nonce })` in `createConsent({ plugins })`.
 */
export function bindMarkup(
  consent: Consent,
  win: Window & typeof globalThis,
  nonce: string | undefined,
  reloadOnRevoke = false,
): void {
  markup({ window: win, nonce, reloadOnRevoke }).setup(consent);
}
