/**
 * The name of the Trusted Types policy the SDK creates. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) lists it in its `trusted-types` directive:
 * `trusted-types conectamos-consent`.
 */
export const TRUSTED_TYPES_POLICY = 'conectamos-consent';

/** The two sinks the SDK writes to: a script's URL (the loader) and a blocked inline script's text (markup). */
export interface ScriptPolicy {
  /** An http(s) URL for `script.src`; anything else throws. */
  createScriptURL(url: string): string;
  /** The text of an inline script the page's own server wrote (checked by its nonce before this is called). */
  createScript(text: string): string;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy;
}

// One policy per window: under `trusted-types conectamos-consent` without 'allow-duplicates', a
// second createPolicy with the same name throws. Keyed weakly, so a closed window takes it along.
const policies = new WeakMap<object, ScriptPolicy>();

const rules: ScriptPolicy = {
  createScriptURL(url) {
    if (!/^https?:/.test(url)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: refused script URL ${url}`);
    return url;
  },
  createScript: (text) => text,
};

/**
 * The SDK's Trusted Types policy in a window, created on first use. Where the browser has no Trusted
 * Types, or the page's CSP does not allow our policy name, the rules apply as plain functions: the
 * assignment then fails under enforcement, and the loader reports it like any failed script.
 */
export function scriptPolicy(win: Window): ScriptPolicy {
  let policy = policies.get(win);
  if (!policy) {
    const factory = (win as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy(TRUSTED_TYPES_POLICY, rules) ?? rules;
    } catch {
      policy = rules;
    }
    policies.set(win, policy);
  }
  return policy;
}
