/**
 * The cookie section of the policy, generated from a container and the manifests: the categories in use,
 * every cookie and storage key as the dialog lists it, the consent record, the opt-out markers kept on
 * purpose, each vendor with its links, Global Privacy Control, Do Not Track, and how to change one's mind.
 * Every claim follows from what the SDK does with this container, in English or Spanish. Used by
 * `consent policy`; no Node API.
 */
import { CATEGORIES, type Category, cookieLabel, type VendorManifest } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import { consentRecord, type Lang, localizePurpose, type UIStrings } from '@conectamos/consent-ui';
import {
  assertValid,
  CONSENT_RECORD,
  type ContainerTexts,
  containerTexts,
  cookieTable,
} from './cookie-tables';
import { type Block, type DocumentFormat, type Inline, prose, renderDocument } from './document';
import { manifestFor, optionIs } from './manifests';
import { POLICY_WORDS, type PolicyWords } from './policy-words';

/** Options of `cookiePolicy`. */
export interface PolicyOptions {
  /** The language: `'es'` or `'en'`. */
  lang: Lang;
  /** Default `'markdown'`. */
  format?: DocumentFormat;
}

/** Everything one language's text needs: the words, the UI's texts and what the container does. */
interface Facts extends ContainerTexts {
  w: PolicyWords;
  lang: Lang;
  container: Container;
  vendors: { manifest: VendorManifest; options: Record<string, unknown> }[];
}

/**
 * A sentence: its names in backticks as code, and `{slot}`s filled, a text as text (a company name is
 * never read as markup) and a part (a link) as is.
 */
function say(text: string, slots: Record<string, string | Inline> = {}): Inline[] {
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (all, key: string) => String(slots[key] ?? all));
  return prose(text).flatMap((part): Inline[] => {
    if (typeof part !== 'string') return [{ code: fill((part as { code: string }).code) }];
    return part.split(/(\{\w+\})/).map((piece) => {
      const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
      return slot !== undefined && slot in slots ? slots[slot]! : piece;
    });
  });
}

const paragraph = (text: string, slots?: Record<string, string | Inline>): Block => ({
  paragraph: say(text, slots),
});

/** Names as a person lists them: "A", "A and B", "A, B and C". */
const listed = (names: string[], and: string): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

function consentSection({ w, t, vendors }: Facts): Block[] {
  const functional = vendors
    .filter((v) => v.manifest.category === 'functional')
    .map((v) => v.manifest.vendor);
  const example = functional.length
    ? w.functionalExample
        .replace('{vendors}', listed(functional, w.and))
        .replace('{verb}', w.needs[functional.length === 1 ? 0 : 1])
    : '';
  return [
    { heading: w.consentHeading, level: 3 },
    {
      list: [
        say(w.necessaryNoConsent),
        say(w.nothingBefore),
        say(w.onlyByAction, { acceptAll: t.acceptAll, preferences: t.preferences }),
        say(w.refuseFreely, { onlyNecessary: t.onlyNecessary, acceptAll: t.acceptAll, example }),
      ],
    },
  ];
}

function categorySection({ w, t, categories, rows }: Facts): Block[] {
  const text = (category: Category) =>
    `${t[`${category}Text` as keyof UIStrings]}${category === 'analytics' ? ` ${w.analyticsTruth}` : ''}`;
  return [
    { heading: w.categoriesHeading, level: 3 },
    paragraph(w.keptIn),
    ...categories.flatMap((category): Block[] => [
      { heading: t[category], level: 4 },
      { paragraph: [text(category)] },
      cookieTable(t, rows[category] ?? []),
    ]),
  ];
}

function recordSection({ w, t, lang, company, container }: Facts): Block[] {
  const { duration } = consentRecord(CONSENT_RECORD, { t, lang, company })[0]!;
  // Receipts are the container's "receipts" key (@conectamos/consent-server records them).
  const receipts = !!container.receipts;
  return [
    { heading: w.recordHeading, level: 3 },
    paragraph(w.record, { key: CONSENT_RECORD.storageKey, duration }),
    paragraph(w.askAgain, { duration }),
    paragraph(receipts ? w.receipts : w.notSent),
  ];
}

function withdrawSection({ w, t, vendors, container }: Facts): Block[] {
  const settings = { settings: w.settings };
  const markers = vendors.flatMap(({ manifest }) =>
    manifest.cookies
      .filter((cookie) => cookie.keep)
      .map((cookie): Inline[] => [{ code: cookieLabel(cookie) }, ` (${manifest.vendor})`]),
  );
  return [
    { heading: w.withdrawHeading, level: 3 },
    paragraph(w.withdrawHow, { settings, rejectAll: t.rejectAll }),
    paragraph(w.withdrawEffect),
    ...(markers.length ? [paragraph(w.markers), { list: markers }] : []),
    paragraph(w.loaded[container.reloadOnRevoke ? 0 : 1]),
    paragraph(w.thirdParty),
    paragraph(w.clearing),
  ];
}

function signalsSection({ w, t, categories, container }: Facts): Block[] {
  const honoured = container.honorGlobalPrivacyControl !== false;
  const gpc = honoured ? w.gpc[categories.includes('marketing') ? 0 : 1] : w.gpc[2];
  return [
    { heading: 'Global Privacy Control', level: 3 },
    paragraph(gpc, { acceptAll: t.acceptAll, settings: { settings: w.settings } }),
    { heading: 'Do Not Track', level: 3 },
    paragraph(honoured ? `${w.dnt[0]} ${w.dnt[1]}` : w.dnt[0]),
  ];
}

/** A vendor's purpose as the dialog shows it: the one its options select, in the language shown. */
function vendorPurpose({ manifest, options }: Facts['vendors'][number], lang: Lang): string {
  const english = manifest.purposeWhen?.find((when) => optionIs(manifest, options, when))?.purpose;
  return localizePurpose(english ?? manifest.purpose, lang === 'en' ? undefined : manifest.i18n[lang])!;
}

function vendorsSection({ w, t, lang, vendors }: Facts): Block[] {
  return [
    { heading: w.vendorsHeading, level: 3 },
    paragraph(w.vendorsIntro, { settings: { settings: w.settings } }),
    ...vendors.flatMap((vendor): Block[] => {
      const { manifest, options } = vendor;
      const notes = (manifest.notes ?? [])
        .filter((note) => !note.when || optionIs(manifest, options, note.when))
        .map((note) => (lang === 'en' ? note.text : note.i18n[lang]));
      const link = (label: string, url: string | undefined): Inline[][] =>
        url ? [[`${label}: `, { link: url, text: url }]] : [];
      return [
        { heading: manifest.vendor, level: 4 },
        { paragraph: [vendorPurpose(vendor, lang)] },
        ...(notes.length
          ? [{ paragraph: notes.flatMap((note, i) => [...(i ? [' '] : []), ...prose(note)]) }]
          : []),
        {
          list: [
            say(w.category, { category: t[manifest.category] }),
            say(w.surfaces[manifest.surfaces.includes('platform') ? 1 : 0]),
            ...link(t.privacy, manifest.privacyPolicyUrl),
            ...link(t.optOut, manifest.optOutUrl),
          ],
        },
      ];
    }),
  ];
}

/**
 * The cookie section of the policy for a container already validated, as document blocks: what
 * `cookiePolicy` renders, also for a container with keys this version's validator does not know yet.
 */
export function policyBlocks(container: Container, lang: Lang): Block[] {
  const w = POLICY_WORDS[lang];
  // In the dialog's order: by category, then as the container lists them.
  const vendors = CATEGORIES.flatMap((category) =>
    Object.entries(container.adapters ?? {}).flatMap(([id, options]) => {
      const manifest = manifestFor(id);
      return manifest?.category === category ? [{ manifest, options }] : [];
    }),
  );
  const facts: Facts = { ...containerTexts(container, lang), w, lang, container, vendors };
  return [
    { heading: w.title, level: 2 },
    paragraph(w.intro, { company: facts.company }),
    paragraph(w.version, { version: container.policyVersion }),
    ...consentSection(facts),
    ...categorySection(facts),
    ...recordSection(facts),
    ...withdrawSection(facts),
    ...signalsSection(facts),
    ...vendorsSection(facts),
    { heading: w.changesHeading, level: 3 },
    paragraph(w.changes),
  ];
}

/**
 * The cookie section of the policy for a container, in Markdown or HTML: generated from the container and
 * the manifests, with the dialog's own words for the categories, the buttons and every cookie row. A
 * container the validator refuses throws a TypeError naming its first problem. Stable output (no dates),
 * so it can be checked into docs and compared in tests. HTML links `data-consent-open` to the settings.
 */
export function cookiePolicy(container: Container, { lang, format = 'markdown' }: PolicyOptions): string {
  assertValid(container, 'cookiePolicy');
  return renderDocument(policyBlocks(container, lang), format);
}
