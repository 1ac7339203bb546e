import { attempt } from './attempt';
import { scriptPolicy } from './trusted-types';
import type { ScriptAttributes } from './types';

/** A script loader bound to one window: async, with the nonce, each URL injected at most once. */
export function scriptLoader(win: Window, nonce: string | undefined) {
  const doc = win.document;
  const injected = new Map<string, Promise<HTMLScriptElement>>();
  return (src: string, attrs: ScriptAttributes = {}): Promise<HTMLScriptElement> => {
    const href = attempt(() => new URL(src, doc.baseURI).href) ?? '';
    // Only http(s) scripts; src and nonce belong to the loader, and inline handlers would bypass the gate.
    if (!/^https?:/.test(href) || Object.keys(attrs).some((name) => /^(src|nonce|on)/i.test(name)))
      return Promise.reject(new TypeError(`loadScript: refused ${src}`));
    const existing = injected.get(href);
    if (existing) return existing;

    const script = doc.createElement('script');
    let resolve!: (script: HTMLScriptElement) => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<HTMLScriptElement>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // Handled here so a caller that ignores the promise causes no unhandled rejection;
    // adapters return it from load(), which is how the failure reaches on('error').
    done.catch(() => {});
    injected.set(href, done);
    // A failed script is forgotten and removed, so a later attempt (a checkout retried after a network
    // blip) injects it afresh; there is never more than one element per URL, and every attempt settles.
    const fail = (error: unknown): void => {
      injected.delete(href);
      script.remove();
      reject(error);
    };
    script.onload = () => resolve(script);
    script.onerror = () => fail(Error(`loadScript: failed ${href}`));
    try {
      for (const [name, value] of Object.entries(attrs))
        if (value !== false) script.setAttribute(name, value === true ? '' : value);
      if (nonce) script.setAttribute('nonce', nonce);
      script.async = true;
      // Under Trusted Types a plain string here throws: the URL goes through the SDK's own policy.
      script.src = scriptPolicy(win).createScriptURL(href);
      doc.head.append(script);
    } catch (error) {
      fail(error);
    }
    return done;
  };
}
