import { attempt } from './attempt';
import type { ScriptAttributes } from './types';

/** A script loader bound to one document: async, with the nonce, each URL injected at most once. */
export function scriptLoader(doc: Document, nonce: string | undefined) {
  const injected = new Map<string, Promise<HTMLScriptElement>>();
  return (src: string, attrs: ScriptAttributes = {}): Promise<HTMLScriptElement> => {
    const href = attempt(() => new URL(src, doc.baseURI).href) ?? '';
    // Only http(s) scripts; src and nonce belong to the loader, and inline handlers would bypass the gate.
    if (!/^https?:/.test(href) || Object.keys(attrs).some((name) => /^(src|nonce|on)/i.test(name)))
      return Promise.reject(new TypeError(`loadScript: refused ${src}`));
    let done = injected.get(href);
    if (!done) {
      const script = doc.createElement('script');
      for (const [name, value] of Object.entries(attrs))
        if (value !== false) script.setAttribute(name, value === true ? '' : value);
      if (nonce) script.setAttribute('nonce', nonce);
      script.async = true;
      done = new Promise((resolve, reject) => {
        script.onload = () => resolve(script);
        // A failed script is forgotten and removed, so a later attempt (a checkout retried after a
        // network blip) injects it afresh; there is never more than one element per URL.
        script.onerror = () => {
          injected.delete(href);
          script.remove();
          reject(Error(`loadScript: failed ${href}`));
        };
      });
      // Handled here so a caller that ignores the promise causes no unhandled rejection;
      // adapters return it from load(), which is how the failure reaches on('error').
      done.catch(() => {});
      injected.set(href, done);
      script.src = href;
      doc.head.append(script);
    }
    return done;
  };
}
