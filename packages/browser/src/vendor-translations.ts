import type { VendorI18n } from '@conectamos/consent';
import { i18n as googleAds } from '@conectamos/consent-google-ads';
import { i18n as googleAnalytics } from '@conectamos/consent-google-analytics';
import { i18n as hubspot } from '@conectamos/consent-hubspot';
import { i18n as intercom } from '@conectamos/consent-intercom';
import { i18n as linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { i18n as posthog } from '@conectamos/consent-posthog';
import { i18n as stripe } from '@conectamos/consent-stripe';
import type { VendorTranslations } from '@conectamos/consent-ui';
import type { BuiltInId } from './registry';

/**
 * The seven vendors' texts in Spanish, by adapter id, from their manifests: the same words `consent policy
 * --lang es` prints. Only the dialog chunk carries them (downloaded when the dialog first opens), not the
 * adapters, which every page view runs, nor the banner, which never shows them. Its keys are checked
 * against the registry's built-in ids, so a vendor added to one list and not the other fails to compile.
 */
export const VENDOR_TRANSLATIONS: VendorTranslations = {
  'google-analytics': googleAnalytics,
  'google-ads': googleAds,
  posthog,
  hubspot,
  'linkedin-insight': linkedinInsight,
  stripe,
  intercom,
} satisfies Record<BuiltInId, VendorI18n>;
