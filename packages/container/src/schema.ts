import type { VendorManifest } from '@conectamos/consent';
import { campaign, cookie, flag, PATTERNS, receipts, type SchemaNode, text, ui } from './schema-parts';

export {
  DATE_EXAMPLES,
  PATTERNS,
  type SchemaNode,
  SELECTOR_EXPECTED,
} from './schema-parts';

/**
 * The container's JSON Schema (2020-12), generated from the vendors' manifests: each adapter's options
 * and each campaign's `send` are the manifests' own schemas. Every field carries `expected`, the words the
 * validator uses when a value does not fit. Editors read the same schema through `$schema`.
 */
export function containerSchema(manifests: readonly VendorManifest[]): SchemaNode {
  const ids = manifests.map((m) => m.id);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/@conectamos/consent-container/schema/container.schema.json',
    title: 'Conectamos consent container',
    description:
      "What the consent drop-in runs on a page: the cookie policy version, the vendor adapters and their IDs, the site's own cookies, the banner, and the marketing campaigns. Check it with `consent validate consent.json` before it ships: the validator also checks what a schema cannot (campaign ids used twice, a campaign naming an adapter the container does not run, an end date before the start).",
    type: 'object',
    additionalProperties: false,
    required: ['policyVersion'],
    expected: 'an object (the container)',
    properties: {
      $schema: text(
        'the URL or path of the container schema',
        'Where this schema is, so editors can check the file as you type.',
      ),
      policyVersion: text(
        'the cookie policy version, like "2026-11-01"',
        'The version of the cookie policy the visitor is asked about. Change it when the policy changes: every visitor is asked again.',
        ['2026-11-01'],
      ),
      surface: {
        enum: ['site', 'platform'],
        default: 'site',
        description:
          'Where the pages run: "site" (the public website) or "platform" (the signed-in app, where no marketing vendor runs). A page\'s <script data-surface="platform"> overrides it.',
        expected: '"site" or "platform"',
      },
      cookieDomain: {
        type: 'string',
        pattern: PATTERNS.cookieDomain,
        description:
          "The registrable domain, lower-case, where vendors' cookies are deleted when consent is withdrawn.",
        expected: 'a lower-case domain like "conectamos.org"',
        examples: ['conectamos.org'],
      },
      honorGlobalPrivacyControl: flag(
        'When the browser sends Global Privacy Control, keep marketing off unless the visitor switches it on themselves.',
        true,
      ),
      reloadOnRevoke: flag(
        'A vendor script that has loaded cannot be unloaded: reload the page when consent for it is withdrawn.',
        false,
      ),
      receipts: receipts(),
      adapters: {
        type: 'object',
        additionalProperties: false,
        description: 'The vendors to run, by adapter id, with their IDs and options.',
        expected: 'an object of adapter id: options',
        unknownKey: `one of the adapters ${ids.join(', ')}`,
        properties: Object.fromEntries(
          manifests.map((m) => [
            m.id,
            { title: `${m.vendor} (${m.category})`, expected: `an object of ${m.id} options`, ...m.options },
          ]),
        ),
      },
      cookies: {
        type: 'array',
        items: cookie(),
        description: "The site's own cookies.",
        expected: "an array of the site's own cookies",
      },
      ui: ui(),
      events: {
        type: 'array',
        uniqueItems: true,
        items: text('an event name, like "webinar_registered"', 'An event name, as the site tracks it.'),
        description:
          'The events the site sends with consent.track(): a campaign on any other event is refused, so a misspelt name is caught before it ships; in debug mode, a track() of an unlisted event is flagged.',
        expected: 'a list of the event names the site sends, like ["webinar_registered", "purchase"]',
        examples: [['webinar_registered', 'purchase']],
      },
      campaigns: {
        type: 'array',
        items: campaign(manifests),
        description:
          'Marketing campaigns: when something happens on the site, send a conversion to a vendor.',
        expected: 'an array of campaigns',
      },
    },
  };
}
