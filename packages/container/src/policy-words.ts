import type { Lang } from '@conectamos/consent-ui';
import { POLICY_EN } from './policy-en';
import { POLICY_ES } from './policy-es';

/**
 * The cookie policy's own sentences, in one language. Names in backticks are set as code; `{settings}`
 * becomes the link that opens the cookie settings, `{…}` other values. The buttons and categories are
 * named with the UI's texts, so the policy names what the banner shows.
 */
export interface PolicyWords {
  /** The section's heading. */
  title: string;
  /** What cookies and browser storage are, and what this section lists; `{company}`. */
  intro: string;
  /** `{version}`: the policy version, which a new decision is asked for. */
  version: string;
  /** Heading: how consent is given. */
  consentHeading: string;
  /** Why strictly necessary cookies need no consent. */
  necessaryNoConsent: string;
  /** Nothing optional before a choice. */
  nothingBefore: string;
  /** Consent only by an action: `{acceptAll}`, `{preferences}`; no implied consent. */
  onlyByAction: string;
  /** Refusing is as easy and costs nothing: `{onlyNecessary}`, `{acceptAll}`, then `{example}`. */
  refuseFreely: string;
  /** `{vendors}` need functional cookies; `{verb}` agrees with them. */
  functionalExample: string;
  /** The verb of `functionalExample`, for one vendor and for several. */
  needs: [one: string, several: string];
  /** Joins the last two names of a list. */
  and: string;
  /** Heading: the tables. */
  categoriesHeading: string;
  /** Rows are cookies unless they say otherwise. */
  keptIn: string;
  /** What is true of analytics data: aggregated, pseudonymous, not anonymous. */
  analyticsTruth: string;
  /** Heading: the consent record. */
  recordHeading: string;
  /** Where the choice is kept: `{key}`, `{duration}`. */
  record: string;
  /** When it is asked again: `{duration}`. */
  askAgain: string;
  /** Without receipts: the choice is not sent anywhere. */
  notSent: string;
  /** With receipts: what the receipt holds and what it does not. */
  receipts: string;
  /** Heading: changing or withdrawing. */
  withdrawHeading: string;
  /** How: `{settings}`, `{rejectAll}`. */
  withdrawHow: string;
  /** The text of the link that opens the settings. */
  settings: string;
  /** What withdrawal does. */
  withdrawEffect: string;
  /** The opt-out markers kept on purpose, before their list. */
  markers: string;
  /** A loaded script cannot be unloaded: with `reloadOnRevoke`, and without. */
  loaded: [reload: string, noReload: string];
  /** Vendors' cookies on their own domains. */
  thirdParty: string;
  /** Clearing site data clears the choice. */
  clearing: string;
  /** Global Privacy Control: honoured with marketing in use, honoured without, not honoured. */
  gpc: [marketing: string, noMarketing: string, off: string];
  /** Do Not Track, and the pointer to GPC when it is honoured. */
  dnt: [text: string, seeGpc: string];
  /** Heading: vendors. */
  vendorsHeading: string;
  /** What vendors are, and how to switch one off: `{settings}`. */
  vendorsIntro: string;
  /** `{category}`: the vendor's category. */
  category: string;
  /** Where the vendor runs: the public site only, or the site and the platform. */
  surfaces: [siteOnly: string, both: string];
  /** Heading: changes of the policy. */
  changesHeading: string;
  /** A new version asks again. */
  changes: string;
  /** Who sets the site's cookies when the container does not say. */
  thisSite: string;
}

/** The policy's sentences in each language. */
export const POLICY_WORDS: Readonly<Record<Lang, PolicyWords>> = { en: POLICY_EN, es: POLICY_ES };
