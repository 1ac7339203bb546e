import type { Category, SiteCookie, Surface } from '@conectamos/consent';
import type { StringOverrides } from '@conectamos/consent-ui';
import type { Send } from './send-template';

/**
 * A campaign's trigger: a named event sent with `consent.track(event)`, a page view whose path matches, or
 * a click on (a submit of) an element matching a CSS selector, including elements added later.
 */
export type CampaignTrigger =
  | { event: string }
  | { pageview: string }
  | { click: string }
  | { submit: string };

/**
 * A marketing campaign: when its trigger happens, and only while it is active and its adapter may run
 * (category granted, vendor not opted out, surface allowed), `send` goes to that adapter's `track`.
 */
export interface Campaign {
  /** Unique, kebab-case: `spring-webinar`. */
  id: string;
  /** The adapter id that receives it: `linkedin-insight`, `google-ads`, … */
  adapter: string;
  /**
   * `{ event: 'webinar_registered' }`, `{ pageview: '/pricing' }` (`*` any characters but `/`, `**` anything),
   * `{ click: '#demo-button' }` or `{ submit: '#webinar-form' }`.
   */
  on: CampaignTrigger;
  /**
   * What the adapter gets as the event's properties: `{ conversionId: 987654 }`, `{ label: 'AbC-D_efG' }`.
   * `"{{value}}"` takes the event's property `value` (for a click or a submit, the element's `data-value`).
   */
  send: Send;
  /** First day it is active (`YYYY-MM-DD`, or a full ISO date-time). */
  start?: string;
  /** Last day it is active, inclusive (`YYYY-MM-DD`, or a full ISO date-time). */
  end?: string;
}

/** Options of the consent UI, from the container. */
export interface ContainerUI {
  /** Where the cookie policy is. */
  policyUrl: string;
  /** Who sets the site's own cookies. */
  company?: string;
  /** Force a language; default `<html lang>`, then the browser. */
  lang?: 'es' | 'en';
  /** Text overrides, flat or per language: `{ "es": { "acceptAll": "Vale" } }`. */
  strings?: StringOverrides;
}

/** The drop-in's JSON container: what a marketing team edits without a code change. */
export interface Container {
  /** JSON Schema reference, for editors. */
  $schema?: string;
  /** The cookie policy's version; decisions under another version are asked again. */
  policyVersion: string;
  /** Default `'site'`; a page's `<script data-surface="platform">` overrides it. */
  surface?: Surface;
  /** The registrable domain for cookie cleanup: `conectamos.org`. */
  cookieDomain?: string;
  /** Default true. */
  honorGlobalPrivacyControl?: boolean;
  /** Default false. */
  reloadOnRevoke?: boolean;
  /** Proof of consent: where each decision's receipt is posted, a path or an https URL. Default: none sent. */
  receipts?: { endpoint: string };
  /** The adapters to run, by id, with their options. */
  adapters?: Record<string, Record<string, unknown>>;
  /** The site's own cookies, by category. */
  cookies?: SiteCookie[];
  /** The banner and dialog; `false` to run without them. */
  ui?: ContainerUI | false;
  /** The events the site sends with `track()`: a campaign on any other is refused, a `track()` of any other flagged. */
  events?: string[];
  /** Marketing campaigns. */
  campaigns?: Campaign[];
}

/** Categories, for checks that must not import the whole core. */
export type { Category };
