import type { Consent } from '@conectamos/consent';

const BLOCKED = 'script[type="text/plain"][data-consent-category]';

/**
 * The page's markup hooks: `data-consent-opt-out="<adapter id>"` switches one vendor off (the policy's
 * per-vendor opt-out links), and `<script type="text/plain" data-consent-category="…">` blocks, inline
 * or with `data-src`, run once their category is granted — also blocks added to the page later.
 * (`data-consent-open` belongs to the UI.) A block that has run cannot be unrun: with `reloadOnRevoke`,
 * withdrawing its category reloads the page.
 */
export function bindMarkup(
  consent: Consent,
  win: Window & typeof globalThis,
  nonce: string | undefined,
  reloadOnRevoke = false,
): void {
  const doc = win.document;
  // Categories whose blocks have run: withdrawing one can only be honoured by a reload.
  const ran = new Set<string>();
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('[data-consent-opt-out]');
    if (!link) return;
    event.preventDefault();
    consent.optOut(link.getAttribute('data-consent-opt-out')!);
  });

  const activate = (): void => {
    for (const blocked of doc.querySelectorAll<HTMLScriptElement>(BLOCKED)) {
      const category = blocked.dataset.consentCategory!;
      if (!consent.isGranted(category)) continue;
      ran.add(category);
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
  if (reloadOnRevoke)
    consent.on('change', (state) => {
      if ([...ran].some((c) => !state.categories[c as keyof typeof state.categories])) win.location.reload();
    });
  new win.MutationObserver(activate).observe(doc.documentElement, { childList: true, subtree: true });
}
