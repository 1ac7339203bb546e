import type { OptionCondition, VendorManifest } from '@conectamos/consent';
import { manifest as googleAds } from '@conectamos/consent-google-ads';
import { manifest as googleAnalytics } from '@conectamos/consent-google-analytics';
import { manifest as hubspot } from '@conectamos/consent-hubspot';
import { manifest as intercom } from '@conectamos/consent-intercom';
import { manifest as linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { manifest as posthog } from '@conectamos/consent-posthog';
import { manifest as stripe } from '@conectamos/consent-stripe';

/** The vendors a container can name, as data, in the order the docs list them. */
export const MANIFESTS: readonly VendorManifest[] = [
  googleAnalytics,
  googleAds,
  posthog,
  hubspot,
  linkedinInsight,
  stripe,
  intercom,
];

/** A vendor's manifest by adapter id, or undefined. */
export const manifestFor = (id: string, manifests = MANIFESTS): VendorManifest | undefined =>
  manifests.find((m) => m.id === id);

/**
 * Whether a vendor's option, as a container sets it, meets a condition of its manifest (`cspWhen`,
 * `purposeWhen`, a note's `when`). An option left out has its schema's default: PostHog's EU default counts
 * as `region: 'eu'`.
 */
export const optionIs = (
  manifest: VendorManifest,
  options: Readonly<Record<string, unknown>> | undefined,
  { option, equals }: OptionCondition,
): boolean => (options?.[option] ?? manifest.options.properties?.[option]?.default) === equals;
