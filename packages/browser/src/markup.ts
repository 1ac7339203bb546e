import type { Consent } from '@conectamos/consent';

const BLOCKED = 'script[type="text/plain"][data-consent-category]';

/**
 * The page's markup hooks: `data-consent-opt-out="<adapter id>"` switches one vendor off (the policy's
 * per-vendor opt-out links), and `<script type="text/plain" data-consent-category="…">` blocks, inline
 * or with `data-src`, run once their category is granted — also blocks added to the page later.
 * (`data-consent-open` belongs to the UI.) A block that has run cannot be unrun: see reloadOnRevoke.
 */
export function bindMarkup(
  consent: Consent,
  win: Window & typeof globalThis,
  nonce: string | undefined,
): void {
  const doc = win.document;
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('[data-consent-opt-out]');
    if (!link) return;
    event.preventDefault();
    consent.optOut(link.getAttribute('data-consent-opt-out')!);
  });

  const activate = (): void => {
    for (const blocked of doc.querySelectorAll<HTMLScriptElement>(BLOCKED)) {
      if (!consent.isGranted(blocked.dataset.consentCategory!)) continue;
      const script = doc.createElement('script');
      for (const { name, value } of blocked.attributes)
        if (!/^(type|data-consent-category|data-src|nonce)$/.test(name)) script.setAttribute(name, value);
      // data-type keeps a module a module; anything else runs as a classic script.
      if (blocked.dataset.type) script.type = blocked.dataset.type;
      // The block's own nonce (readable only as a property in Chromium), else the drop-in's.
      const n = blocked.nonce || nonce;
      if (n) script.nonce = n;
      if (blocked.dataset.src) script.src = blocked.dataset.src;
      else script.textContent = blocked.textContent;
      blocked.replaceWith(script);
    }
  };
  consent.subscribe(activate);
  new win.MutationObserver(activate).observe(doc.documentElement, { childList: true, subtree: true });
}
