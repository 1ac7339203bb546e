import {
  type Adapter,
  type Consent,
  type ConsentPlugin,
  createConsent,
  type ErrorEvent,
  type Surface,
} from '@conectamos/consent';
import { type ConsentUIOptions, mountConsentUI } from '@conectamos/consent-ui';
import { campaignFault } from './campaign-rules';
import type { Campaign, Container } from './container';
import { member, type ReadContainer, readContainer } from './container-read';
import { type CampaignHit, campaigns } from './plugins/campaigns';
import { markup } from './plugins/markup';
import { spaPageViews } from './plugins/spa-page-views';
import { FACTORIES, type Factory } from './registry';
import { VENDOR_TRANSLATIONS } from './vendor-translations';

/** How the drop-in was started on this page. */
export interface BootOptions {
  /** The window. Default the global one. */
  window?: Window & typeof globalThis;
  /** Overrides the container's surface for this page (`<script data-surface="platform">`). */
  surface?: Surface;
  /** CSP nonce for injected scripts and the UI's style fallback (the drop-in's own script nonce). */
  nonce?: string;
  /** Called with every problem found in the container, and every later error (also logged to the console). */
  onError?: (event: ErrorEvent) => void;
  /** Called whenever a campaign fires (the demo's inspector shows them). */
  onCampaign?: (hit: CampaignHit) => void;
  /** More plugins, after the container's own (campaigns, markup hooks, SPA page views). */
  plugins?: ConsentPlugin[];
}

/**
 * Boots consent from a container: builds the adapters it names, mounts the UI, runs its campaigns and
 * the page's markup hooks, and reports SPA navigations. A bad part of the container (unknown adapter,
 * bad options, bad campaign, bad site cookie, a UI field of the wrong type) is reported by its JSON path
 * and skipped; the rest runs, the banner included. Returns the consent instance, or undefined when the
 * container cannot start at all (no policy version).
 */
export function bootContainer(container: Container, options: BootOptions = {}): Consent | undefined {
  return bootWith(container, FACTORIES, {
    ...options,
    mountUI: (consent, ui) => mountConsentUI(consent, { vendorTranslations: VENDOR_TRANSLATIONS, ...ui }),
  });
}

/** How a page's own build of the drop-in boots: with the factories it bundled, and its way of showing the UI. */
export interface BootWithOptions extends BootOptions {
  /**
   * Hears the campaigns the container runs, after the checks, and its list of the events the site sends
   * when it has one (the debug view explains each campaign, and flags a `track()` of an unlisted event).
   */
  onCampaigns?: (list: Campaign[], events?: readonly string[]) => void;
  /** Shows the banner and dialog with the container's settings (at once, or when needed). */
  mountUI?: (consent: Consent, ui: ConsentUIOptions & { window: Window & typeof globalThis }) => void;
}

/**
 * `bootContainer` with the vendors a build bundled (a compiled drop-in carries only its container's) and
 * the UI mounted by the caller (the drop-in loads it on demand). Nothing here imports a vendor or the UI.
 */
export function bootWith(
  container: Container,
  factories: Readonly<Record<string, Factory>>,
  options: BootWithOptions = {},
): Consent | undefined {
  const win = options.window ?? window;
  const report = (error: unknown, id?: string): void => {
    console.error('[consent]', id ?? '', error);
    options.onError?.({ id, error });
  };
  const skip = (path: string, expected: string): void =>
    report(new TypeError(`consent container: ${path}: expected ${expected}; skipped`));
  const read = readContainer(container, skip);
  if (!read) return undefined;

  const adapters: Adapter[] = [];
  for (const [id, adapterOptions] of read.adapters) {
    // Own keys only: "constructor" is on every object, and no adapter.
    const factory = Object.hasOwn(factories, id) ? factories[id] : undefined;
    if (!factory) {
      skip(member('$.adapters', id), `one of the adapters ${Object.keys(factories).join(', ')}`);
      continue;
    }
    try {
      adapters.push(factory(adapterOptions as never));
    } catch (error) {
      // The factory's own words say what is wrong with the options; the path says where.
      report(
        new TypeError(
          `consent container: ${member('$.adapters', id)}: ${(error as Error)?.message}; skipped`,
        ),
        id,
      );
    }
  }
  const running = adapters.map((a) => a.id);
  // The browser is the judge of a selector it will run: a fragment parses it without searching the page.
  const isSelector = (selector: string): boolean => {
    try {
      win.document.createDocumentFragment().querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
  const list = read.campaigns.filter((c, i): c is Campaign => {
    const fault = campaignFault(c, running, isSelector);
    if (fault) skip(`$.campaigns[${i}]${fault.at}`, fault.expected);
    return !fault;
  });
  options.onCampaigns?.(list, read.events);
  return startConsent(read, adapters, {
    ...options,
    window: win,
    onError: report,
    plugins: [
      campaigns(list, { window: win, onHit: options.onCampaign, onError: report }),
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * The instance for a container already read, its adapters built: the markup hooks and SPA page views as
 * plugins, the caller's plugins (the campaigns among them) after them, then the UI. `options.onError`
 * reports (and `bootWith` logs); the core's own errors go there too.
 */
export function startConsent(
  read: Omit<ReadContainer, 'campaigns'>,
  adapters: Adapter[],
  options: BootWithOptions,
): Consent | undefined {
  const win = options.window ?? window;
  const report = (error: unknown, id?: string): void => options.onError?.({ id, error });

  let consent: Consent;
  try {
    consent = createConsent({
      policyVersion: read.policyVersion,
      surface: options.surface ?? read.surface,
      cookieDomain: read.cookieDomain,
      honorGlobalPrivacyControl: read.honorGlobalPrivacyControl,
      reloadOnRevoke: read.reloadOnRevoke,
      receipts: read.receipts,
      nonce: options.nonce,
      cookies: read.cookies,
      adapters,
      window: win,
      plugins: [
        markup({ window: win, nonce: options.nonce, reloadOnRevoke: read.reloadOnRevoke }),
        spaPageViews(win),
        ...(options.plugins ?? []),
      ],
    });
  } catch (error) {
    report(error);
    return undefined;
  }
  // Listening also keeps the core from logging a second time: report() logs.
  consent.on('error', ({ id, error }) => report(error, id));
  if (read.ui && options.mountUI)
    try {
      options.mountUI(consent, { ...read.ui, nonce: options.nonce, window: win });
    } catch (error) {
      report(error);
    }
  return consent;
}
