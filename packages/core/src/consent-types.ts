import type { Adapter } from './adapter-types';
import type { DecisionContext, ReceiptOptions } from './receipts';
import type { Category, Choice, ConsentEvents, ConsentState, SiteCookie, Surface } from './types';

/**
 * Something that extends a consent instance from the inside, given to `createConsent({ plugins })`:
 * campaigns, markup hooks, SPA page views. `setup` runs once the instance is ready, in a browser only;
 * what it returns runs on `destroy()`.
 */
export interface ConsentPlugin {
  /** Names the plugin in error reports. */
  name: string;
  /** Starts the plugin on an instance; may return a teardown. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a plugin either returns nothing or its teardown.
  setup(consent: Consent): void | (() => void);
}

/** Options of `createConsent`. `A` are the adapters passed, so the instance knows their ids. */
export interface ConsentOptions<A extends readonly Adapter[] = Adapter[]> {
  /** The version of the cookie policy; decisions stored under another version are void. */
  policyVersion: string;
  /** Where this page runs. Default `'site'`. */
  surface?: Surface;
  /** The vendor adapters to gate. */
  adapters?: A;
  /** Plugins to start once the instance is ready (browser only). */
  plugins?: ConsentPlugin[];
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
  /**
   * Send proof of each decision to `endpoint` (`@conectamos/consent-server`): a receipt with the consent
   * ID, the choices, the page's path and a hash of the texts shown. Default: none sent.
   */
  receipts?: ReceiptOptions;
  /** The window to run in. Default the global `window`; absent on the server. */
  window?: Window & typeof globalThis;
}

/**
 * Several choices made at once, as one commit: one `change`, one storage write. With `categories` it
 * records a decision (the categories it leaves out keep their value); `vendors` switches single vendors
 * on or off whatever their category says.
 */
export interface ConsentUpdate<Id extends string = string> {
  /** Categories to set. */
  categories?: Choice;
  /** Vendors to switch: `false` opts one out, `true` undoes that. */
  vendors?: Partial<Record<Id, boolean>>;
}

/**
 * The consent store: the only state, and the gate every vendor goes through. `Id` are the ids of the
 * adapters it was created with: a misspelt vendor id is a type error, and at run time a clear one.
 */
export interface Consent<Id extends string = string> {
  /** The current state snapshot. */
  readonly state: ConsentState;
  /** The consent ID of the current decision (`state.id`): what its receipt is found by. Null before a decision. */
  readonly id: string | null;
  /** The page's surface. */
  readonly surface: Surface;
  /** The registered adapters, in registration order. */
  readonly adapters: readonly Adapter[];
  /** The site's own declared cookies. */
  readonly cookies: readonly SiteCookie[];
  /** Where the decision is kept (localStorage, or the fallback cookie of that name): `cookie_consent`. */
  readonly storageKey: string;
  /** How long a decision lasts, in days. */
  readonly maxAgeDays: number;
  /**
   * Where receipts are sent, when they are (`createConsent({ receipts })`). Receipts that could not be
   * sent wait in localStorage under `<storageKey>_receipts`, which the dialog lists with the record.
   */
  readonly receipts: ReceiptOptions | undefined;
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
  /**
   * Categories and vendors at once: one commit, one `change`, one storage write. A consent UI passes
   * `context` (the button, the language, the texts shown) for the decision's receipt; without it the
   * receipt says the site's code decided (`action: 'api'`).
   */
  update(update: ConsentUpdate<Id>, context?: DecisionContext): void;
  /**
   * This vendor only: grants its category if needed, and then opts out the category's other vendors that
   * were not switched off already, so they stay off (an "Enable chat" button that must not start analytics).
   */
  allow(id: Id): void;
  /** Switch off one vendor, whatever its category says. */
  optOut(id: Id): void;
  /** Undo `optOut` for one vendor. */
  optIn(id: Id): void;
  /** Whether a category may run here, or whether an adapter (by id) may run. */
  isGranted(categoryOrId: Category | Id): boolean;
  /** Listen to every state; called at once with the current one. Returns unsubscribe. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /** Listen to one event. Returns unsubscribe. */
  on<K extends keyof ConsentEvents>(event: K, listener: (payload: ConsentEvents[K]) => void): () => void;
  /** Send a custom event to every running adapter, then to `on('track')` listeners. */
  track(event: string, props?: Record<string, unknown>): void;
  /** Report a page view (SPA navigation) to every running adapter. Default path: the current one. */
  page(path?: string): void;
  /** Load an on-demand adapter now. Rejects when it is unknown or its consent is missing. */
  load(id: Id): Promise<void>;
  /** Add an adapter after creation; it runs at once if allowed. */
  register(adapter: Adapter): void;
  /** Withdraw: forget the decision and vendor choices, clean up, ask again. */
  reset(): void;
  /** Stops this instance: plugins torn down, listeners removed. Loaded scripts keep running. */
  destroy(): void;
}
