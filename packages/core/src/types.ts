/** A consent category, fixed by the cookie policy. `necessary` is always granted. */
export type Category = 'necessary' | 'functional' | 'analytics' | 'marketing';

/** Where the page runs: the public website or the authenticated platform (no advertising there). */
export type Surface = 'site' | 'platform';

/** What the current state came from: nothing yet, storage, a call in this tab, another tab, or GPC holding marketing back. */
export type ConsentSource = 'default' | 'stored' | 'user' | 'tab' | 'gpc';

/** A read-only snapshot of the visitor's choice. */
export interface ConsentState {
  /**
   * The consent ID of the stored decision: a random UUID, new with each stored change (a decision or a
   * vendor choice), sent in its receipt. Null before a decision, and for a decision stored by a version
   * of the SDK without IDs, until its next change.
   */
  readonly id: string | null;
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
  /** Exact name, or a RegExp for families of names such as `/^_ga_/`. One of `name` and `pattern`. */
  name?: string | RegExp;
  /**
   * A family of names as a regular expression's source, `^_ga_`: the form manifests use, since JSON has
   * no RegExp. One of `name` and `pattern`.
   */
  pattern?: string;
  /** How the name is shown in tables when it is a pattern, e.g. `_ga_*`. */
  label?: string;
  /** Where it lives. Default `'cookie'`. */
  storage?: 'cookie' | 'localStorage' | 'sessionStorage';
  /** What it is for, in plain words. */
  purpose: string;
  /** How long it lasts, as the policy states it (`'2 years'`, `'Session'`). */
  duration: string;
  /** Who sets it (`'Google Analytics'`, `'Conectamos'`). */
  provider: string;
  /**
   * The vendor's own opt-out marker (`__hs_do_not_track`): listed in the tables like any other, never
   * deleted on withdrawal, because deleting it would switch the vendor's tracking back on.
   */
  keep?: boolean;
  /**
   * Its texts in Spanish, shown by the dialog on a Spanish page and printed by `consent policy --lang es`
   * (`purpose` and `duration` above are English). The built-in vendors keep theirs in their manifest's
   * `i18n` instead, out of the adapters' bundles.
   */
  i18n?: { es?: CookieTexts };
}

/** What a cookie table says of a cookie in one language: what it is for and how long it lasts. */
export interface CookieTexts {
  /** What it is for, in plain words. */
  purpose: string;
  /** How long it lasts (`'2 años'`, `'Sesión'`). */
  duration: string;
}

/** A first-party cookie of the site itself, declared with the category it belongs to. */
export interface SiteCookie extends CookieDeclaration {
  /** The category whose withdrawal deletes it. */
  category: Category;
}

/** The Content-Security-Policy sources a vendor needs, per directive: `https://host`, `https://*.host`, `wss://…`, `blob:`, `data:`. */
export interface CspHosts {
  /** Hosts for `script-src`. */
  scriptSrc?: readonly string[];
  /** Hosts for `connect-src`. */
  connectSrc?: readonly string[];
  /** Hosts for `img-src`. */
  imgSrc?: readonly string[];
  /** Hosts for `frame-src`. */
  frameSrc?: readonly string[];
  /** Hosts for `style-src`. */
  styleSrc?: readonly string[];
  /** Hosts for `font-src`. */
  fontSrc?: readonly string[];
  /** Sources for `media-src`. */
  mediaSrc?: readonly string[];
  /** Sources for `worker-src` (`blob:` for session-replay workers). */
  workerSrc?: readonly string[];
  /** Targets for `form-action`. */
  formAction?: readonly string[];
}

/** Extra attributes for an injected script. `src`, `nonce` and event handler attributes are refused. */
export type ScriptAttributes = Record<string, string | boolean>;

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

/** Payload of the `track` event: a custom event the page sent, after the running adapters got it. */
export interface TrackEvent {
  /** The event name: `signup_completed`. */
  event: string;
  /** Its properties, as passed to `track`. */
  props?: Record<string, unknown>;
}

/** Payload of the `page` event: a page view the page reported, after the running adapters got it. */
export interface PageEvent {
  /** The path of the page: `/pricing`. */
  path: string;
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
  /** `track()` was called (campaigns listen to this). */
  track: TrackEvent;
  /** `page()` was called (page-view campaigns listen to this). */
  page: PageEvent;
}
