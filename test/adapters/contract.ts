import type { Adapter, Category, Consent, VendorManifest } from '@conectamos/consent';
import type { TestWindow } from '../helpers/window';

/**
 * One row of the adapter contract: what the shared suite needs to know about a vendor adapter.
 * Every adapter package adds one file under test/adapters/rows/ exporting `row` of this type.
 */
export interface ContractRow {
  /** The adapter id, e.g. 'google-analytics'. */
  id: string;
  /** The category it must declare. */
  category: Category;
  /** The package's factory. */
  factory(options: never): Adapter;
  /** The package's manifest: the same vendor, as data. */
  manifest: VendorManifest;
  /** Valid options, as a container writes them. */
  options: Record<string, unknown>;
  /** The exact script URL it must inject after consent. */
  script: string;
  /** Window globals that must not exist before consent, and must exist once it runs (its queue stub). */
  globals: string[];
  /** The surfaces it must declare (marketing: ['site']). */
  surfaces: ('site' | 'platform')[];
  /** Necessary on-demand adapters (Stripe) run only through consent.load(id), and have nothing to revoke. */
  onDemand?: boolean;
  /**
   * A call made after consent but before the vendor script runs (happy-dom never runs it):
   * through consent.track/page, or the vendor's own global. Returns a check that the call is queued.
   */
  earlyCall?(consent: Consent, win: TestWindow): () => void;
  /** Cookies the vendor sets, as `name=value; domain=...` strings, which revocation must delete. */
  cookies?: string[];
  /** localStorage keys the vendor writes: `delete` must be gone after revocation, `keep` must stay. */
  storage?: { delete: string[]; keep?: string[] };
  /** Asserts that the vendor's own opt-out call was made on revocation. */
  expectOptedOut?(win: TestWindow): void;
  /**
   * Bad options, and the message the factory must throw for each. The manifest's options schema must
   * refuse every one too: the factory and the tools apply the same rules.
   */
  badOptions: [options: unknown, message: RegExp][];
  /**
   * For adapters that take events: campaign sends the manifest's `campaigns.send` schema must accept (and
   * the running adapter take without an error), and sends it must refuse.
   */
  campaigns?: { good: Record<string, unknown>[]; bad: Record<string, unknown>[] };
}

/** Builds a row's adapter with its valid options. */
export const create = (row: ContractRow): Adapter => row.factory(row.options as never);
