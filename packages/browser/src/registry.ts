import type { Adapter } from '@conectamos/consent';
import { googleAds } from '@conectamos/consent-google-ads';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { hubspot } from '@conectamos/consent-hubspot';
import { intercom } from '@conectamos/consent-intercom';
import { linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { posthog } from '@conectamos/consent-posthog';
import { stripe } from '@conectamos/consent-stripe';

/** An adapter factory as the container calls it: the container's options object in, an adapter out. */
export type Factory = (options: never) => Adapter;

/**
 * The id of one of the seven built-in vendor adapters. FACTORIES and VENDOR_TRANSLATIONS both satisfy a
 * record over it, so a vendor added to one list and not the other fails to compile.
 */
export type BuiltInId =
  | 'google-analytics'
  | 'google-ads'
  | 'posthog'
  | 'hubspot'
  | 'linkedin-insight'
  | 'stripe'
  | 'intercom';

/** The seven vendor adapters a container can name, by adapter id. */
export const FACTORIES: Readonly<Record<string, Factory>> = {
  'google-analytics': googleAnalytics,
  'google-ads': googleAds,
  posthog,
  hubspot,
  'linkedin-insight': linkedinInsight,
  stripe,
  intercom,
} satisfies Record<BuiltInId, Factory>;

/** The factory for an adapter id, or undefined. Own keys only: "constructor" is on every object, and no adapter. */
export const factoryFor = (id: string): Factory | undefined =>
  Object.hasOwn(FACTORIES, id) ? FACTORIES[id] : undefined;
