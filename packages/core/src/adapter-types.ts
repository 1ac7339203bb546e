import type { Consent } from './consent-types';
import type { Category, CookieDeclaration, CspHosts, ScriptAttributes, Surface } from './types';

/** What the store hands an adapter when it may run. */
export interface AdapterContext {
  /** The consent instance, to read state or subscribe (the Google adapters push Consent Mode updates). */
  readonly consent: Consent;
  /** The window the adapter runs in. */
  readonly window: Window & typeof globalThis;
  /** The document scripts are injected into. */
  readonly document: Document;
  /** The CSP nonce put on every injected script, if configured. */
  readonly nonce: string | undefined;
  /**
   * Inject an async script once per URL, with the nonce. Resolves on load, rejects on error.
   * Only `http:` and `https:` URLs are accepted.
   */
  loadScript(src: string, attrs?: ScriptAttributes): Promise<HTMLScriptElement>;
}

/**
 * A vendor integration. Build one with a vendor factory, or write your own (see docs/engineers).
 * `Id` is its id as a literal type, so a consent instance knows its vendors' ids.
 */
export interface Adapter<Id extends string = string> {
  /** Stable id, kebab-case: `'google-analytics'`. Used for opt-outs, `isGranted` and `load`. */
  id: Id;
  /** Vendor name shown to visitors. */
  vendor: string;
  /** The category that must be granted before this adapter runs. */
  category: Category;
  /** Surfaces it may run on. Default: both, except marketing adapters: `['site']`. */
  surfaces?: readonly Surface[];
  /** Every cookie and storage key it may set. */
  cookies: CookieDeclaration[];
  /**
   * Hosts it needs in the Content-Security-Policy, for `cspFor` on a server. The built-in adapters keep
   * theirs in their `manifest` instead, which never reaches a visitor's browser.
   */
  csp?: CspHosts;
  /** What the vendor does with the data, shown in the preferences dialog. */
  purpose?: string;
  /** The vendor's privacy policy. */
  privacyPolicyUrl?: string;
  /** The vendor's own opt-out page, if it has one. */
  optOutUrl?: string;
  /** Load only when `consent.load(id)` asks (still consent-gated). */
  onDemand?: boolean;
  /** Start the vendor: set up its queue, inject its script. Called each time it becomes allowed. */
  // biome-ignore lint/suspicious/noConfusingVoidType: an adapter either returns nothing or the promise of its script.
  load(ctx: AdapterContext): void | Promise<unknown>;
  /** The vendor's own opt-out or shutdown call, run when consent is withdrawn. */
  optOut?(ctx: AdapterContext): void;
  /** Forward a custom event (a conversion, a signup). Only called while the adapter runs. */
  track?(event: string, props?: Record<string, unknown>): void;
  /** Report a page view in a single-page app. Only called while the adapter runs. */
  page?(path: string): void;
}
