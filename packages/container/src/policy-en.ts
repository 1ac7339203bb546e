import type { PolicyWords } from './policy-words';

/** The cookie policy's sentences in English. */
export const POLICY_EN: PolicyWords = {
  title: 'Cookies and similar technologies',
  intro:
    'Cookies are small text files a website keeps in your browser. Local storage and session storage are similar places in your browser where a site can keep data: session storage is emptied when you close the tab, local storage stays until it is deleted. This section lists everything {company} keeps in your browser in these ways, what each one is for, how long it lasts and who sets it, and how you choose what we may use.',
  version: 'Version of this policy: `{version}`.',
  consentHeading: 'Your consent',
  necessaryNoConsent:
    'Strictly necessary cookies are used because the site cannot work without them, so they do not need your consent.',
  nothingBefore:
    "Everything else is used only if you allow it. Until you choose, none of it is set and no vendor's script is loaded.",
  onlyByAction:
    'You consent only by saying so: with “{acceptAll}”, or by switching categories or vendors on under “{preferences}” and saving. Continuing to browse, scrolling or closing the banner is not consent.',
  refuseFreely:
    '“{onlyNecessary}” stands next to “{acceptAll}” and is just as easy. Refusing does not restrict your use of the site: only what depends on a category you refused stays off{example}.',
  functionalExample: ' (for example, {vendors} {verb} functional cookies)',
  needs: ['needs', 'need'],
  and: 'and',
  categoriesHeading: 'What we use, by category',
  keptIn: 'Each one is a cookie, unless its name is followed by where else it is kept.',
  analyticsTruth:
    'The data is linked to random identifiers kept in your browser: it is pseudonymous, not anonymous.',
  recordHeading: 'The record of your choice',
  record:
    'We keep your choice in your browser, in local storage under `{key}` (in a cookie of the same name where local storage is not available), for {duration}: the categories you allowed, the vendors you switched off, when you chose and under which version of this policy.',
  askAgain: 'After {duration}, or as soon as this policy has a new version, we ask you again.',
  notSent: 'Your choice stays in your browser: we do not send it to our servers.',
  receipts:
    'Each time you decide or withdraw consent, your browser also sends us a receipt of the decision, so that we can show that you consented: a random consent ID, the categories you allowed and the vendors you switched off, when, under which version of this policy, on which page (without anything after `?` or `#`), in which language, and a fingerprint of the texts you were shown. It holds no IP address, no details of your browser or device (user agent) and no cookies. The same consent ID stays in your browser with your choice: quote it if you ask us about your consent.',
  withdrawHeading: 'Changing your mind',
  withdrawHow:
    'You can change your choice or withdraw your consent at any time, as easily as you gave it: open the {settings} (the link at the bottom of every page), switch categories or single vendors off and save, or choose “{rejectAll}”.',
  settings: 'Cookie settings',
  withdrawEffect:
    "When you withdraw consent for a vendor, we stop it at once: we call the vendor's own opt-out where it has one, and delete its cookies and storage keys on our domain.",
  markers:
    "We keep these on purpose: each one records that you opted out of its vendor, and deleting it would let that vendor's script track you again.",
  loaded: [
    "A vendor's script that has already run cannot be taken out of an open page, so the page reloads after you withdraw consent.",
    "A vendor's script that has already run cannot be taken out of an open page: the vendor's opt-out stops it where there is one, and it is gone when you leave or reload the page.",
  ],
  thirdParty:
    "Cookies that vendors set on their own domains cannot be read or deleted by our site: each vendor's links below lead to its own settings.",
  clearing: "Deleting this site's data in your browser also deletes your choice: the banner then asks again.",
  gpc: [
    'If your browser sends the Global Privacy Control (GPC) signal, we take it as a refusal of marketing: “{acceptAll}” then allows every category except marketing, and marketing is used only if you switch it on yourself in the {settings}.',
    'We honour the Global Privacy Control (GPC) signal: it keeps marketing off unless you switch it on yourself. This site uses no marketing cookies.',
    'This site does not act on the Global Privacy Control (GPC) signal. It sets no optional cookie without your consent either way.',
  ],
  dnt: [
    "Your browser's “Do Not Track” setting does not change what this site does: it sets no optional cookie without your consent, whether the browser sends it or not.",
    'The signal we act on is Global Privacy Control, above.',
  ],
  vendorsHeading: 'Vendors',
  vendorsIntro:
    "These companies' scripts run on our pages only while their category is allowed, and receive data from your browser under their own privacy policies. Their cookies are in the tables above. To switch one of them off on our site, use the {settings}; a vendor's own opt-out page covers its other sites too.",
  category: 'Category: {category}.',
  surfaces: [
    'Used only on the public website, never in the signed-in platform.',
    'Used on the public website and in the platform.',
  ],
  changesHeading: 'Changes to this policy',
  changes:
    'When what we use changes, this policy gets a new version and the banner asks you again: a choice is never carried over to a version you have not seen.',
  thisSite: 'This site',
};
