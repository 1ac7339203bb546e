import type {
  Adapter,
  Category,
  Choice,
  Consent,
  ConsentUpdate,
  CookieDeclaration,
} from '@conectamos/consent';
import { categoriesInUse, OPTIONAL_CATEGORIES, siteCookies } from './categories';
import { consentRecord } from './consent-record';
import { cookieTable } from './cookie-table';
import { type Build, type Child, safeUrl } from './dom';
import { localizeCookies, localizePurpose, type VendorTranslations, vendorTexts } from './localize';
import type { Lang, UIStrings } from './strings';

/** What the dialog's body is built from, besides the consent instance. */
export interface PreferencesSetup {
  /** Element builder for the page's document. */
  h: Build;
  /** The texts. */
  t: UIStrings;
  /** The language shown: of the durations the dialog writes itself, and of the cookies' texts. */
  lang: Lang;
  /** The vendors' texts in other languages than English, by adapter id. */
  translations: VendorTranslations | undefined;
  /** The cookie policy, already checked to be an http(s) URL. */
  policyUrl: string | undefined;
  /** Who sets the site's own cookies. */
  company: string;
  /** The base for vendors' relative links. */
  base: string;
}

/** The dialog's body for the state at the time it opens, and its switches read back as one update. */
export interface Preferences {
  /** The introduction and one section per category. */
  nodes: Node[];
  /** The categories and vendors as the switches now say. */
  choices(): ConsentUpdate;
}

/** The id of the hidden "opens in a new tab" note that vendor links are described by. */
export const NEW_TAB_NOTE = 'new-tab-note';

interface VendorSwitch {
  id: string;
  category: Category;
  input: HTMLInputElement;
}

/** What the builders below share while one dialog body is built. */
interface BodyContext extends PreferencesSetup {
  consent: Consent;
  categorySwitches: Partial<Record<Category, HTMLInputElement>>;
  vendorSwitches: VendorSwitch[];
}

/**
 * Builds the dialog's body from the current state: the introduction, then one section per category in
 * use (see `categoriesInUse`), each with its switch and, under a disclosure, the site's own cookies and every vendor of that category.
 */
export function buildPreferences(consent: Consent, setup: PreferencesSetup): Preferences {
  const context: BodyContext = { ...setup, consent, categorySwitches: {}, vendorSwitches: [] };
  const { h, t, policyUrl } = setup;
  const sections = categoriesInUse(consent).map((category) => categorySection(context, category));
  return {
    nodes: [h('p', {}, t.intro, ' ', policyUrl && h('a', { href: policyUrl }, t.policy)), ...sections],
    choices: () => readChoices(context),
  };
}

/**
 * The switches as one update: every category (one not shown is denied: nothing was asked about it), and
 * the vendors of the categories switched on.
 */
function readChoices({ categorySwitches, vendorSwitches }: BodyContext): ConsentUpdate {
  const on = (category: Category) => categorySwitches[category]?.checked ?? false;
  const categories: Choice = {};
  for (const category of OPTIONAL_CATEGORIES) categories[category] = on(category);
  const vendors: Record<string, boolean> = {};
  // A vendor under a category left off keeps its earlier choice: the category already stops it.
  for (const { id, category, input } of vendorSwitches)
    if (category !== 'necessary' && on(category)) vendors[id] = input.checked;
  return { categories, vendors };
}

/** A category: its heading and switch (strictly necessary locked on, with why), its text, its vendors. */
function categorySection(context: BodyContext, category: Category): HTMLElement {
  const { h, t, consent, categorySwitches, vendorSwitches } = context;
  const locked = category === 'necessary';
  const descriptionId = `${category}-description`;
  const categorySwitch = switchInput(h, {
    label: t[category],
    checked: consent.state.categories[category],
    locked,
    describedBy: descriptionId,
  });
  categorySwitches[category] = categorySwitch;
  // The category switch sets all its vendors.
  categorySwitch.addEventListener('change', () => {
    for (const vendor of vendorSwitches)
      if (vendor.category === category) vendor.input.checked = categorySwitch.checked;
  });
  const blocks = [
    siteBlock(context, category),
    ...consent.adapters
      .filter((adapter) => adapter.category === category)
      .map((adapter) => vendorBlock(context, adapter, categorySwitch)),
  ].filter((block): block is HTMLElement => !!block);
  return h(
    'section',
    { class: 'category' },
    h(
      'div',
      { class: 'switch-row' },
      h('h3', {}, t[category]),
      locked && h('span', { class: 'always-on' }, t.alwaysOn),
      categorySwitch,
    ),
    h('p', { class: 'description', id: descriptionId }, t[`${category}Text`]),
    blocks.length > 0 && h('details', {}, h('summary', {}, `${t.details} (${blocks.length})`), ...blocks),
  );
}

/**
 * The site's own cookies of a category, under the company name: no switch, the category decides. The
 * strictly necessary ones end with the consent record itself.
 */
function siteBlock(context: BodyContext, category: Category): HTMLElement | undefined {
  const { h, t, lang, consent, company } = context;
  const cookies: CookieDeclaration[] = siteCookies(consent).filter((cookie) => cookie.category === category);
  if (category === 'necessary') cookies.push(...consentRecord(consent, context));
  if (cookies.length === 0) return undefined;
  return block(h, {
    name: company,
    description: h('p', { class: 'description' }, t.firstParty),
    table: cookieTable(h, t, localizeCookies(cookies, lang)),
  });
}

/** One vendor: its switch (locked on when strictly necessary), purpose, links and cookie table. */
function vendorBlock(context: BodyContext, adapter: Adapter, categorySwitch: HTMLInputElement): HTMLElement {
  const { h, t, lang, consent, vendorSwitches } = context;
  const { categories, optedOut } = consent.state;
  const texts = vendorTexts(context.translations, adapter.id, lang);
  const purpose = localizePurpose(adapter.purpose, texts);
  const locked = adapter.category === 'necessary';
  const input = switchInput(h, {
    label: adapter.vendor,
    checked: locked || (categories[adapter.category] && !optedOut.includes(adapter.id)),
    locked,
  });
  // Switching a vendor on switches its category on.
  input.addEventListener('change', () => {
    if (input.checked) categorySwitch.checked = true;
  });
  vendorSwitches.push({ id: adapter.id, category: adapter.category, input });
  return block(h, {
    name: adapter.vendor,
    control: input,
    description: purpose && h('p', { class: 'description' }, purpose),
    links: vendorLinks(context, adapter),
    table: cookieTable(h, t, localizeCookies(adapter.cookies, lang, texts)),
  });
}

/** The vendor's privacy policy and opt-out page, when they are http(s): they open in a new tab, and say so. */
function vendorLinks({ h, t, base }: BodyContext, adapter: Adapter): HTMLElement | false {
  const links: Node[] = [];
  for (const [url, text] of [
    [adapter.privacyPolicyUrl, t.privacy],
    [adapter.optOutUrl, t.optOut],
  ] as const) {
    const href = safeUrl(url, base);
    if (href) links.push(h('a', { href, target: '_blank', 'aria-describedby': NEW_TAB_NOTE }, text));
  }
  return links.length > 0 && h('p', { class: 'vendor-links' }, ...links);
}

/** The parts of a vendor block, the site's own included. */
interface BlockParts {
  name: string;
  control?: Child;
  description?: Child;
  links?: Child;
  table: Child;
}

/** A card: the name and its switch on one line, then the description, the links and the cookie table. */
function block(h: Build, { name, control, description, links, table }: BlockParts): HTMLElement {
  return h(
    'div',
    { class: 'vendor' },
    h('div', { class: 'switch-row' }, h('h4', {}, name), control),
    description,
    links,
    table,
  );
}

/** What a switch shows. */
interface SwitchOptions {
  label: string;
  checked: boolean;
  locked: boolean;
  describedBy?: string;
}

/**
 * A checkbox with the switch role. Named by aria-label, not aria-labelledby: the name must not depend
 * on the heading being scrolled into view.
 */
function switchInput(h: Build, { label, checked, locked, describedBy }: SwitchOptions): HTMLInputElement {
  return h('input', {
    type: 'checkbox',
    role: 'switch',
    'aria-label': label,
    'aria-describedby': describedBy,
    checked,
    disabled: locked,
  });
}
