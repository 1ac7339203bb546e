/**
 * What the browser sends for each decision, and what a store keeps: the receipt plus the server's own
 * clock. Nothing else: no IP address, no user agent, no cookie, no header.
 */

/** The four categories of the policy, exactly as decided. `necessary` cannot be denied. */
export interface ReceiptCategories {
  necessary: true;
  functional: boolean;
  analytics: boolean;
  marketing: boolean;
}

/** One decision, as the SDK posts it to the receipt endpoint. */
export interface ConsentReceipt {
  /** The consent ID: a lower-case version 4 UUID. */
  id: string;
  /** The consent ID this decision replaced, which links a visitor's history without identifying them. */
  previousId: string | null;
  /** When the person decided, in `Date.prototype.toISOString()` form (browser clock). */
  decidedAt: string;
  /** The cookie policy version the decision was made under. */
  policyVersion: string;
  categories: ReceiptCategories;
  /** Adapter ids the person turned off inside granted categories. */
  optedOut: string[];
  surface: 'site' | 'platform';
  /** Where the state came from: a default, storage, the person, another tab, or Global Privacy Control. */
  source: 'default' | 'stored' | 'user' | 'tab' | 'gpc';
  action: 'accept-all' | 'reject-all' | 'custom' | 'api' | 'withdraw';
  /** The BCP 47 language the texts were shown in. */
  lang: string | null;
  /** The page path, without query string or fragment (they may hold personal data). */
  path: string;
  /** SHA-256 (lower-case hex) of the texts shown when the person decided; null for API decisions. */
  uiText: string | null;
}

/** A receipt as stored: the receipt and `receivedAt`, the server's clock when it arrived (ISO 8601). */
export interface StoredReceipt extends ConsentReceipt {
  receivedAt: string;
}

/**
 * What appending did: `created` a new receipt; `duplicate` the same id with the same content was already
 * stored (a browser retry); `conflict` the id is stored with different content, which is kept unchanged.
 */
export type AppendResult = 'created' | 'duplicate' | 'conflict';

/** A half-open range of `receivedAt`: `since` included, `until` excluded (no end when absent). */
export interface ReceiptRange {
  since: Date;
  until?: Date;
}

/**
 * Where receipts are kept. Append-only: a receipt is never updated; `prune` is the only way one is
 * deleted. Dates are the server's `receivedAt`, the one clock a visitor cannot set.
 */
export interface ReceiptStore {
  /** Opens the database and brings its schema up to date; every other method waits for it. */
  ready(): Promise<void>;
  /** Resolves only once the receipt is durably stored (or found to be stored already). */
  append(receipt: StoredReceipt): Promise<AppendResult>;
  get(id: string): Promise<StoredReceipt | undefined>;
  /** Receipts received in the range, oldest first, read page by page. */
  export(range: ReceiptRange): AsyncIterable<StoredReceipt>;
  /** Deletes the receipts received before `olderThan`; resolves to how many were deleted. */
  prune(olderThan: Date): Promise<number>;
  /** Finishes pending writes, then closes the database. */
  close(): Promise<void>;
}

/** Whether two receipts are the same decision: every field the browser sent, `receivedAt` aside. */
export function sameDecision(a: ConsentReceipt, b: ConsentReceipt): boolean {
  return (
    a.id === b.id &&
    a.previousId === b.previousId &&
    a.decidedAt === b.decidedAt &&
    a.policyVersion === b.policyVersion &&
    a.categories.functional === b.categories.functional &&
    a.categories.analytics === b.categories.analytics &&
    a.categories.marketing === b.categories.marketing &&
    a.optedOut.length === b.optedOut.length &&
    a.optedOut.every((vendor, i) => vendor === b.optedOut[i]) &&
    a.surface === b.surface &&
    a.source === b.source &&
    a.action === b.action &&
    a.lang === b.lang &&
    a.path === b.path &&
    a.uiText === b.uiText
  );
}
