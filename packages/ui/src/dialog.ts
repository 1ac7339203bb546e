import type { Consent, DecisionAction, DecisionContext } from '@conectamos/consent';
import { acceptAll, decidedIn, rejectAll } from './choices';
import { buildPreferences, NEW_TAB_NOTE, type Preferences, type PreferencesSetup } from './preferences';

/** The preferences dialog. */
export interface PreferencesDialog {
  /** The native `<dialog>` element, to put in the shadow root. */
  element: HTMLDialogElement;
  /** Fills the dialog from the current state and shows it as a modal; focus returns to `opener` on close. */
  open(opener?: Element | null): void;
  /** Closes the dialog, if open. */
  close(): void;
}

/**
 * The preferences dialog: a native modal `<dialog>` named by its title, its body rebuilt from the state
 * each time it opens (see `buildPreferences`), and a footer that decides and closes. Tab is kept
 * inside; Escape closes.
 */
export function createDialog(consent: Consent, setup: PreferencesSetup): PreferencesDialog {
  const { h, t, lang } = setup;
  let opener: Element | null | undefined;
  let preferences: Preferences | undefined;
  const body = h('div', { class: 'dialog-body' });
  // Decides with what the dialog shows at the click (for the receipt), then closes.
  const thenClose = (action: DecisionAction, decide: (context: DecisionContext) => void) => () => {
    decide(decidedIn(dialog, action, lang));
    dialog.close();
  };
  const closeButton: HTMLButtonElement = h(
    'button',
    { class: 'close-button', 'aria-label': t.close, onclick: (): void => dialog.close() },
    '×',
  );
  const saveButton = h(
    'button',
    {
      class: 'button',
      onclick: thenClose(
        'custom',
        (context) => preferences && consent.update(preferences.choices(), context),
      ),
    },
    t.save,
  );
  const dialog: HTMLDialogElement = h(
    'dialog',
    { 'aria-labelledby': 'dialog-title' },
    h('div', { class: 'dialog-header' }, h('h2', { id: 'dialog-title' }, t.title), closeButton),
    body,
    h(
      'div',
      { class: 'dialog-footer' },
      h(
        'button',
        { class: 'button secondary', onclick: thenClose('reject-all', (c) => rejectAll(consent, c)) },
        t.rejectAll,
      ),
      h(
        'button',
        { class: 'button secondary', onclick: thenClose('accept-all', (c) => acceptAll(consent, c)) },
        t.acceptAll,
      ),
      saveButton,
    ),
    h('span', { id: NEW_TAB_NOTE, hidden: true }, t.newTab),
  );
  handleKeys(dialog, closeButton, saveButton);
  dialog.addEventListener('close', () => (opener as HTMLElement | undefined)?.focus?.());

  return {
    element: dialog,
    open(from) {
      if (dialog.open) return;
      opener = from;
      preferences = buildPreferences(consent, setup);
      body.replaceChildren(...preferences.nodes);
      dialog.showModal();
      closeButton.focus();
    },
    close: () => dialog.open && dialog.close(),
  };
}

/**
 * Keeps Tab inside the dialog (from the last control to the first, and back with Shift+Tab), and lets
 * Enter toggle a switch, as people expect of a switch (Space does, like any checkbox).
 */
function handleKeys(dialog: HTMLDialogElement, first: HTMLElement, last: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    const target = event.target as HTMLInputElement;
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    if (event.key === 'Tab' && active === (event.shiftKey ? first : last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
    if (event.key === 'Enter' && target.type === 'checkbox') {
      event.preventDefault();
      target.click();
    }
  });
}
