import {
  type Adapter,
  CATEGORIES,
  type Consent,
  createConsent,
  type ErrorEvent,
  type Surface,
} from '@conectamos/consent';
import { mountConsentUI } from '@conectamos/consent-ui';
import { type CampaignHit, runCampaigns } from './campaigns';
import type { Campaign, Container } from './container';
import { watchHistory } from './history';
import { bindMarkup } from './markup';
import { FACTORIES, factoryFor } from './registry';

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
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Whether a campaign has the shape the runtime relies on; the CLI explains what is wrong in detail. */
const wellFormed = (c: Campaign, adapters: Adapter[]): boolean =>
  ID.test(c?.id) &&
  adapters.some((a) => a.id === c.adapter) &&
  (c.on && 'event' in c.on
    ? typeof c.on.event === 'string' && !!c.on.event
    : /^\//.test((c.on as { pageview?: string })?.pageview ?? '')) &&
  typeof c.send === 'object' &&
  ![c.start, c.end].some((d) => d !== undefined && !Number.isFinite(Date.parse(d)));

/**
 * Boots consent from a container: builds the adapters it names, mounts the UI, runs its campaigns and
 * the page's markup hooks, and reports SPA navigations. A bad part of the container (unknown adapter,
 * bad options, bad campaign, bad site cookie) is reported and skipped; the rest runs. Returns the
 * consent instance, or undefined when the container cannot start at all (no policy version).
 */
export function bootContainer(container: Container, options: BootOptions = {}): Consent | undefined {
  const win = options.window ?? window;
  const report = (error: unknown, id?: string): void => {
    console.error('[consent]', id ?? '', error);
    options.onError?.({ id, error });
  };
  if (typeof container !== 'object' || container === null || typeof container.policyVersion !== 'string') {
    report(new TypeError('consent container: policyVersion is missing; nothing was started'));
    return undefined;
  }
  const adapters: Adapter[] = [];
  for (const [id, adapterOptions] of Object.entries(container.adapters ?? {})) {
    const factory = factoryFor(id);
    if (!factory) {
      report(
        new TypeError(
          `consent container: unknown adapter "${id}" skipped (known: ${Object.keys(FACTORIES).join(', ')})`,
        ),
      );
      continue;
    }
    try {
      adapters.push(factory(adapterOptions as never));
    } catch (error) {
      report(error, id);
    }
  }
  const cookies = (container.cookies ?? []).filter((c) => {
    const ok = CATEGORIES.includes(c?.category) && typeof c.name === 'string';
    if (!ok) report(new TypeError(`consent container: site cookie ${JSON.stringify(c)} skipped`));
    return ok;
  });
  const campaigns = (container.campaigns ?? []).filter((c) => {
    const ok = wellFormed(c, adapters);
    if (!ok)
      report(
        new TypeError(
          `consent container: campaign ${JSON.stringify(c?.id ?? c)} skipped (run "consent validate")`,
        ),
      );
    return ok;
  });

  let consent: Consent;
  try {
    consent = createConsent({
      policyVersion: container.policyVersion,
      surface: options.surface ?? container.surface,
      cookieDomain: container.cookieDomain,
      honorGlobalPrivacyControl: container.honorGlobalPrivacyControl,
      reloadOnRevoke: container.reloadOnRevoke,
      nonce: options.nonce,
      cookies,
      adapters,
      window: win,
    });
  } catch (error) {
    report(error);
    return undefined;
  }
  // Listening also keeps the core from logging a second time: report() logs.
  consent.on('error', ({ id, error }) => report(error, id));
  runCampaigns(consent, campaigns, win, options.onCampaign ?? (() => {}), report);
  watchHistory(consent, win);
  bindMarkup(consent, win, options.nonce, container.reloadOnRevoke);
  if (container.ui !== false)
    try {
      mountConsentUI(consent, { policyUrl: '/cookies', ...container.ui, nonce: options.nonce, window: win });
    } catch (error) {
      report(error);
    }
  return consent;
}
