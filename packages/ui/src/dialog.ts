import {
  CATEGORIES,
  type Category,
  type Consent,
  type CookieDeclaration,
  cookieLabel,
} from '@conectamos/consent';
import { acceptEverything, saveChoice } from './choices';
import { type Build, type Child, safeUrl } from './dom';
import type { UIStrings } from './strings';

/** The preferences dialog. */
export interface PreferencesDialog {
  /** The native `<dialog>` element, to put in the shadow root. */
  element: HTMLDialogElement;
  /** Fills the dialog from the current state and shows it as a modal; focus returns to `opener` on close. */
  open(opener?: Element | null): void;
  /** Closes the dialog, if open. */
  close(): void;
}

/** What the dialog needs besides the consent instance. */
export interface DialogSetup {
  /** Element builder for the page's document. */
  h: Build;
  /** The texts. */
  t: UIStrings;
  /** The cookie policy, already checked to be an http(s) URL. */
  policyUrl: string | undefined;
  /** Who sets the site's own cookies. */
  company: string;
  /** The base for vendors' relative links. */
  base: string;
}

/**
 * The preferences dialog: a native modal `<dialog>` named by its title, one switch per category
 * (strictly necessary locked on, with why) and under each category its vendors, each with its own
 * switch, purpose, links and cookie table. Tab is kept inside; Escape closes.
 */
export function createDialog(
  consent: Consent,
  { h, t, policyUrl, company, base }: DialogSetup,
): PreferencesDialog {
  let opener: Element | null | undefined;
  let save = (): void => {};
  const body = h('div', { class: 'bd' });
  const done = (decide: () => void) => () => {
    decide();
    dialog.close();
  };
  const first: HTMLButtonElement = h(
    'button',
    { class: 'x', 'aria-label': t.close, onclick: () => dialog.close() },
    '×',
  );
  const last = h('button', { class: 'btn', onclick: done(() => save()) }, t.save);
  const dialog: HTMLDialogElement = h(
    'dialog',
    { 'aria-labelledby': 'ttl' },
    h('div', { class: 'hd' }, h('h2', { id: 'ttl' }, t.title), first),
    body,
    h(
      'div',
      { class: 'ft' },
      h('button', { class: 'btn alt', onclick: done(() => consent.rejectAll()) }, t.rejectAll),
      h('button', { class: 'btn alt', onclick: done(() => acceptEverything(consent)) }, t.acceptAll),
      last,
    ),
    h('span', { id: 'nt', hidden: true }, t.newTab),
  );

  dialog.addEventListener('keydown', (event) => {
    const target = event.target as HTMLInputElement;
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    if (event.key === 'Tab' && active === (event.shiftKey ? first : last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
    // Switches toggle with Space like any checkbox; Enter too, as people expect of a switch.
    if (event.key === 'Enter' && target.type === 'checkbox') {
      event.preventDefault();
      target.click();
    }
  });
  dialog.addEventListener('close', () => (opener as HTMLElement | undefined)?.focus?.());

  // Named by aria-label, not aria-labelledby: the name must not depend on the heading being scrolled into view.
  const toggle = (label: string, checked: boolean, locked: boolean, describedBy?: string) =>
    h('input', {
      type: 'checkbox',
      role: 'switch',
      'aria-label': label,
      'aria-describedby': describedBy,
      checked,
      disabled: locked,
    });
  const link = (url: string | undefined, text: string) => {
    const href = safeUrl(url, base);
    return href && h('a', { href, target: '_blank', 'aria-describedby': 'nt' }, text);
  };
  const cell = (tag: 'th' | 'td') => (text: string) => h(tag, tag === 'th' ? { scope: 'col' } : {}, text);
  const table = (cookies: readonly CookieDeclaration[]) =>
    cookies.length > 0 &&
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...[t.name, t.purpose, t.duration, t.provider].map(cell('th')))),
      h(
        'tbody',
        {},
        ...cookies.map((c) =>
          h('tr', {}, ...[cookieLabel(c), c.purpose, c.duration, c.provider].map(cell('td'))),
        ),
      ),
    );
  const block = (
    name: string,
    control: Child,
    about: Child,
    links: Child,
    cookies: readonly CookieDeclaration[],
  ) =>
    h(
      'div',
      { class: 'v' },
      h('div', { class: 'row' }, h('h4', {}, name), control),
      about,
      links,
      table(cookies),
    );

  const fill = (): void => {
    const { categories, optedOut } = consent.state;
    const switches = {} as Record<Category, HTMLInputElement>;
    const vendors: [string, Category, HTMLInputElement][] = [];
    const sections = CATEGORIES.map((category) => {
      const locked = category === 'necessary';
      const on = toggle(t[category], categories[category], locked, `d-${category}`);
      switches[category] = on;
      // The category switch sets all its vendors; switching a vendor on switches its category on.
      on.addEventListener('change', () => {
        for (const [, c, input] of vendors) if (c === category) input.checked = on.checked;
      });
      const own = consent.cookies.filter((c) => c.category === category);
      const blocks = own.length ? [block(company, '', h('p', { class: 'd' }, t.firstParty), '', own)] : [];
      for (const a of consent.adapters)
        if (a.category === category) {
          const input = toggle(
            a.vendor,
            locked || (categories[category] && !optedOut.includes(a.id)),
            locked,
          );
          input.addEventListener('change', () => {
            if (input.checked) on.checked = true;
          });
          vendors.push([a.id, category, input]);
          const links = [link(a.privacyPolicyUrl, t.privacy), link(a.optOutUrl, t.optOut)].filter(
            Boolean,
          ) as Node[];
          blocks.push(
            block(
              a.vendor,
              input,
              a.purpose && h('p', { class: 'd' }, a.purpose),
              links.length > 0 && h('p', { class: 'links' }, ...links),
              a.cookies,
            ),
          );
        }
      return h(
        'section',
        { class: 'cat' },
        h(
          'div',
          { class: 'row' },
          h('h3', {}, t[category]),
          locked && h('span', { class: 'on' }, t.alwaysOn),
          on,
        ),
        h('p', { class: 'd', id: `d-${category}` }, t[`${category}Text`]),
        blocks.length > 0 && h('details', {}, h('summary', {}, `${t.details} (${blocks.length})`), ...blocks),
      );
    });
    save = () =>
      saveChoice(
        consent,
        {
          functional: switches.functional.checked,
          analytics: switches.analytics.checked,
          marketing: switches.marketing.checked,
        },
        // A vendor under a category left off keeps its earlier choice: the category already stops it.
        vendors
          .filter(([, c]) => c !== 'necessary' && switches[c].checked)
          .map(([id, , input]) => [id, input.checked]),
      );
    body.replaceChildren(
      h('p', {}, t.intro, ' ', policyUrl && h('a', { href: policyUrl }, t.policy)),
      ...sections,
    );
  };

  return {
    element: dialog,
    open(from) {
      if (dialog.open) return;
      opener = from;
      fill();
      dialog.showModal();
      first.focus();
    },
    close: () => dialog.open && dialog.close(),
  };
}
