import { attempt } from './attempt';
import type { Settings } from './options';
import { toHex } from './record';
import type { Category, ConsentSource, ConsentState, Surface } from './types';

/** Where to send proof of each decision: `createConsent({ receipts: { endpoint: '/consent/receipts' } })`. */
export interface ReceiptOptions {
  /**
   * Where receipts are posted: a path on this site (`/consent/receipts`) or an `https://` URL. The
   * server side is `@conectamos/consent-server`.
   */
  endpoint: string;
}

/**
 * What `receipts.endpoint` may be: a path on this site (`/consent/receipts`, not `//another.host`) or an
 * `https://` URL: a receipt never crosses to another host in clear text.
 */
export const RECEIPT_ENDPOINT = /^(\/(?!\/)|https:\/\/)\S*$/;

/** How a decision was made, as its receipt says: a button of the banner or dialog, or the site's code. */
export type DecisionAction = 'accept-all' | 'reject-all' | 'custom' | 'api';

/**
 * What a decision's receipt says about where it came from, given by a consent UI as the second argument of
 * `update()`. Without it, the decision is recorded as made by the site's code (`action: 'api'`).
 */
export interface DecisionContext {
  /** The button the person used: "accept all", "reject all" (or "only necessary"), or "save" (`custom`). */
  action?: DecisionAction;
  /** The language the texts were shown in, as a BCP 47 tag (`es`, `en`). */
  lang?: string;
  /**
   * The texts shown to the person when they decided, as one string (the consent UI passes the banner's
   * or the dialog's `textContent`). Only its SHA-256 leaves the browser, as the receipt's `uiText`.
   */
  text?: string;
}

/** A receipt as posted: the fields `@conectamos/consent-server` validates, and nothing else. */
export interface Receipt {
  id: string;
  previousId: string | null;
  decidedAt: string;
  policyVersion: string;
  categories: Readonly<Record<Category, boolean>>;
  optedOut: readonly string[];
  surface: Surface;
  source: ConsentSource;
  action: DecisionAction | 'withdraw';
  lang: string | null;
  path: string;
  uiText?: string | null;
}

/**
 * Sends the receipt of a state just stored at `decidedAt` (or, with `action: 'withdraw'`, of its
 * withdrawal), hashing the context's `text` into its `uiText` first. Returns at once, and never throws.
 */
export type SendReceipt = (
  state: ConsentState,
  previousId: string | null,
  decidedAt: string,
  context?: Omit<DecisionContext, 'action'> & { action?: Receipt['action'] },
) => void;

// A few receipts at most wait in the browser (oldest dropped), and none for more than a week.
const QUEUE_SIZE = 5;
const WEEK = 6048e5; // 7 days, in ms (a literal: a product at module level would stay in every bundle)

/**
 * The sender of receipts for one page. A receipt goes with `sendBeacon` (it survives the page being
 * left), else `fetch` with `keepalive`; one that could not be handed over waits in localStorage under
 * `<storageKey>_receipts` and is sent again by the next page view. The server keeps one receipt per
 * consent ID, so sending one twice is harmless.
 */
export function receiptSender(
  win: Window & typeof globalThis,
  { receipts, storageKey, surface }: Settings,
): SendReceipt {
  const { endpoint } = receipts!;
  const key = `${storageKey}_receipts`;
  const stored = (): string | null | undefined => attempt(() => win.localStorage.getItem(key));
  const unexpired = (text: string | null | undefined): Receipt[] =>
    attempt(() =>
      (JSON.parse(text!) as Receipt[]).filter(
        (receipt) => Date.parse(receipt?.decidedAt) > Date.now() - WEEK,
      ),
    ) ?? [];
  const waiting = (): Receipt[] => unexpired(stored());
  const setWaiting = (receipts: Receipt[]): void =>
    attempt(() =>
      receipts.length
        ? win.localStorage.setItem(key, JSON.stringify(receipts.slice(-QUEUE_SIZE)))
        : win.localStorage.removeItem(key),
    );
  const keep = (receipt: Receipt): void =>
    setWaiting([...waiting().filter(({ id }) => id !== receipt.id), receipt]);

  const post = (receipt: Receipt): void => {
    // A string body goes as text/plain: a simple request, with no CORS preflight.
    const body = JSON.stringify(receipt);
    if (attempt(() => win.navigator.sendBeacon(endpoint, body))) return;
    // Without the site's cookies: the receipt is the whole message.
    const sent = attempt(() =>
      win.fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'omit' }),
    );
    if (sent)
      sent.then(
        (response) => response.ok || keep(receipt),
        () => keep(receipt),
      );
    else keep(receipt);
  };

  // What earlier page views could not send goes first. The queue is cleared only where one is stored
  // (expired or unreadable entries go too): most page views have none, and need no write to storage.
  const queue = stored();
  const earlier = unexpired(queue);
  if (queue != null) setWaiting([]);
  for (const receipt of earlier) post(receipt);

  return (state, previousId, decidedAt, { action = 'api', lang, text } = {}) => {
    const receipt: Receipt = {
      id: state.id!,
      previousId,
      decidedAt,
      policyVersion: state.policyVersion,
      categories: state.categories,
      optedOut: state.optedOut,
      surface,
      source: state.source,
      action,
      lang: lang ?? null,
      // The path only: a query string or fragment may hold personal data.
      path: win.location.pathname.slice(0, 2048),
    };
    sha256(win, text).then((uiText) => post({ ...receipt, uiText }));
  };
}

/** The text's SHA-256 in hex; null without a text, or where `crypto.subtle` is missing (plain http). */
async function sha256(win: Window & typeof globalThis, text: string | undefined): Promise<string | null> {
  try {
    if (text === undefined) return null;
    const digest = await win.crypto.subtle.digest('SHA-256', new win.TextEncoder().encode(text));
    return toHex(new Uint8Array(digest));
  } catch {
    return null;
  }
}
