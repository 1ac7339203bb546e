/** A consent category, fixed by the cookie policy. `necessary` is always granted. */
export type Category = 'necessary' | 'functional' | 'analytics' | 'marketing';

/** Where the page runs: the public website or the authenticated platform (no advertising there). */
export type Surface = 'site' | 'platform';

/** What the current state came from: nothing yet, storage, a call in this tab, another tab, or GPC holding marketing back. */
export type ConsentSource = 'default' | 'stored' | 'user' | 'tab' | 'gpc';

/** A read-only snapshot of the visitor's choice. */
export interface ConsentState {
  /** True once the visitor made a choice (accept, reject or a custom selection) that is still valid. */
  readonly decided: boolean;
  /** The policy version this state was decided under (the configured one). */
  readonly policyVersion: string;
  /** ISO timestamp of the decision, or null before one. */
  readonly decidedAt: string | null;
  /** ISO timestamp after which the decision is void and the visitor is asked again. */
  readonly expiresAt: string | null;
  /** Whether each category is granted. Every optional category is false before a decision. */
  readonly categories: Readonly<Record<Category, boolean>>;
  /** Adapter ids the visitor switched off individually, whatever their category says. */
  readonly optedOut: readonly string[];
  /** Where this state came from. */
  readonly source: ConsentSource;
}

/** One cookie or storage key, declared once: it drives cleanup on revoke, the UI tables and the policy tables. */
export interface CookieDeclaration {
  /** Exact name, or a pattern for families of names such as `/^_ga_/`. */
  name: string | RegExp;
  /** How the name is shown in tables when `name` is a pattern, e.g. `_ga_*`. */
  label?: string;
  /** Where it lives. Default `'cookie'`. */
  storage?: 'cookie' | 'localStorage' | 'sessionStorage';
  /** What it is for, in plain words. */
  purpose: string;
  /** How long it lasts, as the policy states it (`'2 years'`, `'Session'`). */
  duration: string;
  /** Who sets it (`'Google Analytics'`, `'Conectamos'`). */
  provider: string;
}

/** A first-party cookie of the site itself, declared with the category it belongs to. */
export interface SiteCookie extends CookieDeclaration {
  /** The category whose withdrawal deletes it. */
  category: Category;
}

/** The Content-Security-Policy sources a vendor needs, per directive: `https://host`, `https://*.host`, `wss://…`, `blob:`, `data:`. */
export interface CspHosts {
  /** Hosts for `script-src`. */
  scriptSrc?: string[];
  /** Hosts for `connect-src`. */
  connectSrc?: string[];
  /** Hosts for `img-src`. */
  imgSrc?: string[];
  /** Hosts for `frame-src`. */
  frameSrc?: string[];
  /** Hosts for `style-src`. */
  styleSrc?: string[];
  /** Hosts for `font-src`. */
  fontSrc?: string[];
  /** Sources for `media-src`. */
  mediaSrc?: string[];
  /** Sources for `worker-src` (`blob:` for session-replay workers). */
  workerSrc?: string[];
  /** Targets for `form-action`. */
  formAction?: string[];
}

/** Extra attributes for an injected script. `src`, `nonce` and event handler attributes are refused. */
export type ScriptAttributes = Record<string, string | boolean>;

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

/** A vendor integration. Build one with a vendor factory, or write your own (see docs/engineers). */
export interface Adapter {
  /** Stable id, kebab-case: `'google-analytics'`. Used for opt-outs, `isGranted` and `load`. */
  id: string;
  /** Vendor name shown to visitors. */
  vendor: string;
  /** The category that must be granted before this adapter runs. */
  category: Category;
  /** Surfaces it may run on. Default: both, except marketing adapters: `['site']`. */
  surfaces?: Surface[];
  /** Every cookie and storage key it may set. */
  cookies: CookieDeclaration[];
  /** Hosts it needs in the Content-Security-Policy. */
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

/** Options of `createConsent`. */
export interface ConsentOptions {
  /** The version of the cookie policy; decisions stored under another version are void. */
  policyVersion: string;
  /** Where this page runs. Default `'site'`. */
  surface?: Surface;
  /** The vendor adapters to gate. */
  adapters?: Adapter[];
  /** Storage key (localStorage, or the fallback cookie). Default `'cookie_consent'`. */
  storageKey?: string;
  /** How long a decision lasts, in days. Default 365. */
  maxAgeDays?: number;
  /** The registrable domain cookies may be set on (`'conectamos.org'`); cleanup deletes there too. */
  cookieDomain?: string;
  /** Keep marketing denied while the browser sends Global Privacy Control, unless granted explicitly. Default true. */
  honorGlobalPrivacyControl?: boolean;
  /** CSP nonce for every injected script. */
  nonce?: string;
  /** The site's own cookies, by category, deleted on withdrawal and listed in the UI. */
  cookies?: SiteCookie[];
  /** Reload the page after consent for a loaded script is withdrawn, so its code stops running. Default false. */
  reloadOnRevoke?: boolean;
  /** The window to run in. Default the global `window`; absent on the server. */
  window?: Window & typeof globalThis;
}

/** Categories a visitor can choose, with `necessary` left out because it cannot be changed. */
export type Choice = Partial<Record<Exclude<Category, 'necessary'>, boolean>>;

/** Payload of the `load` event: an adapter finished loading. */
export interface LoadEvent {
  /** The adapter id. */
  id: string;
}

/** Payload of the `error` event: something failed, contained, and reported here. */
export interface ErrorEvent {
  /** The adapter id, when an adapter failed. */
  id?: string;
  /** What went wrong. */
  error: unknown;
}

/** Payload of the `revoke` event: consent was withdrawn and the cleanup has run. */
export interface RevokeEvent {
  /** Adapters that were running and were stopped. */
  adapters: string[];
  /** Categories whose declared cookies were deleted. */
  categories: Category[];
}

/** The events a consent instance emits, by name. */
export interface ConsentEvents {
  /** An adapter loaded. */
  load: LoadEvent;
  /** An adapter or a storage write failed; the rest goes on. */
  error: ErrorEvent;
  /** The state changed. */
  change: ConsentState;
  /** Consent was withdrawn and cleaned up. */
  revoke: RevokeEvent;
}

/** The consent store: the only state, and the gate every vendor goes through. */
export interface Consent {
  /** The current state snapshot. */
  readonly state: ConsentState;
  /** The page's surface. */
  readonly surface: Surface;
  /** The registered adapters, in registration order. */
  readonly adapters: readonly Adapter[];
  /** The site's own declared cookies. */
  readonly cookies: readonly SiteCookie[];
  /** Grant every category (marketing stays denied under GPC). Records a decision. */
  acceptAll(): void;
  /** Grant only the strictly necessary. Records a decision. */
  rejectAll(): void;
  /** Set the named categories; the others keep their value. Records a decision. */
  set(choice: Choice): void;
  /** Grant one category. Records a decision. */
  grant(category: Category): void;
  /** Deny one category. Records a decision. */
  deny(category: Category): void;
  /** Switch off one vendor, whatever its category says. */
  optOut(id: string): void;
  /** Undo `optOut` for one vendor. */
  optIn(id: string): void;
  /** Whether a category is granted, or whether an adapter (by id) may run. */
  isGranted(categoryOrId: string): boolean;
  /** Listen to every state; called at once with the current one. Returns unsubscribe. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /** Listen to one event. Returns unsubscribe. */
  on<K extends keyof ConsentEvents>(event: K, listener: (payload: ConsentEvents[K]) => void): () => void;
  /** Send a custom event to every running adapter. */
  track(event: string, props?: Record<string, unknown>): void;
  /** Report a page view (SPA navigation) to every running adapter. Default path: the current one. */
  page(path?: string): void;
  /** Load an on-demand adapter now. Rejects when it is unknown or its consent is missing. */
  load(id: string): Promise<void>;
  /** Add an adapter after creation; it runs at once if allowed. */
  register(adapter: Adapter): void;
  /** Withdraw: forget the decision and vendor choices, clean up, ask again. */
  reset(): void;
}
