/**
 * HubSpot as data: what it is, what it keeps in the browser, which hosts it needs, which options it takes.
 * Each fact is a constant of its own; `manifest` gathers them for tools. The factory imports only the
 * constants it needs, never `manifest`, so CSP hosts and schemas never reach a visitor's browser.
 * Plain literals only: importing this module does nothing.
 */
import type { VendorManifest } from '@conectamos/consent';

/** The adapter id. */
export const id = 'hubspot';
/** The vendor's name, as visitors see it. */
export const vendor = 'HubSpot';
/** The category that must be granted. */
export const category = 'marketing';
/** Marketing runs on the public site only. */
export const surfaces = ['site'] as const;
/** What HubSpot does with the data. */
export const purpose = 'Links visits and sign-ups to our campaigns and CRM.';
/** HubSpot's privacy policy. */
export const privacyPolicyUrl = 'https://legal.hubspot.com/privacy-policy';

/** A Hub ID (portal ID): a plain number of 5 to 10 digits. Strict: it goes into the loader's URL. */
export const PORTAL_ID = '^\\d{5,10}$';
/** HubSpot's data centres ("hublets"), as they appear in a portal's script host; na1 is `js.`, the others `js-<region>.`. */
export const REGIONS = ['na1', 'na2', 'eu1', 'ap1'] as const;

/**
 * What HubSpot's tracking code keeps in the browser, on the parent domain; `hubspotutk` for as long as our
 * policy states, the others as HubSpot documents them. `__hs_do_not_track`, which `doNotTrack` sets on a
 * revoke, IS the opt-out: listed, and kept on withdrawal, or HubSpot's running script would track again.
 * @see https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser
 */
export const cookies = [
  {
    name: 'hubspotutk',
    purpose: 'Tracks visitor identity for HubSpot CRM and marketing attribution',
    duration: '180 days',
    provider: vendor,
  },
  {
    name: '__hstc',
    purpose: 'Visitor and visit times, for attribution',
    duration: '6 months',
    provider: vendor,
  },
  { name: '__hssc', purpose: 'Counts pages in the session', duration: '30 minutes', provider: vendor },
  { name: '__hssrc', purpose: 'Detects a new session', duration: 'Session', provider: vendor },
  {
    name: '__hs_do_not_track',
    purpose: 'Remembers that you opted out, so HubSpot stays off',
    duration: '6 months',
    provider: vendor,
    keep: true,
  },
] as const;

// HubSpot publishes no CSP list: these are the hosts its loader and the scripts it pulls in use, less
// hs-banner.com: HubSpot's own banner is disabled (disableHubSpotCookieBanner), so it is never fetched.
// The wildcards cover every region's hosts (js-eu1.hs-scripts.com, track-eu1.hubspot.com…): no cspWhen.
const csp = {
  scriptSrc: [
    'https://*.hs-scripts.com',
    'https://*.hs-analytics.net',
    'https://*.hscollectedforms.net',
    'https://*.usemessages.com',
    'https://*.hsadspixel.net',
    'https://*.hsforms.net',
    'https://*.hubspot.com',
  ],
  connectSrc: [
    'https://*.hubspot.com',
    'https://*.hubapi.com',
    'https://*.hscollectedforms.net',
    'https://*.hsforms.com',
  ],
  imgSrc: ['https://*.hubspot.com', 'https://*.hsforms.com'],
  frameSrc: ['https://*.hubspot.com', 'https://*.hsforms.net'],
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  required: ['portalId'],
  properties: {
    portalId: {
      type: 'string',
      pattern: PORTAL_ID,
      description:
        'The Hub ID: the number in your embed code\'s "js.hs-scripts.com/<Hub ID>.js" (Settings › Tracking code).',
      expected: 'the Hub ID in quotes: 5 to 10 digits, like "1234567"',
      examples: ['1234567'],
    },
    region: {
      enum: REGIONS,
      default: 'na1',
      description:
        'The data centre of the portal, from its embed code: "js-eu1.hs-scripts.com" is eu1, "js.hs-scripts.com" is na1.',
      expected: '"na1", "na2", "eu1" or "ap1"',
    },
  },
} as const;

/** HubSpot as data, for tools (the validator, cookie tables, CSP, the editor, the compiler). */
export const manifest = {
  id,
  vendor,
  category,
  surfaces,
  purpose,
  privacyPolicyUrl,
  cookies,
  csp,
  options,
} as const satisfies VendorManifest;
