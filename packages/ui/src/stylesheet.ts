import type { Build } from './dom';

/**
 * Adds a stylesheet to a shadow root without any inline `style`: a constructable stylesheet, which a strict
 * `style-src` allows, or, where `adoptedStyleSheets` is missing, a `<style>` element carrying the nonce.
 * Each call adds one after those already there (the banner's, then the dialog's when it first opens).
 */
export function adoptStyles(
  root: ShadowRoot,
  win: Window & typeof globalThis,
  h: Build,
  css: string,
  nonce?: string,
): void {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    if ('adoptedStyleSheets' in root) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Safari before 16.4 has no constructable stylesheets: fall through to the nonce'd element.
  }
  root.append(h('style', { nonce }, css));
}
