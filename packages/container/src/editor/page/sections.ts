import { isObject } from '../../json-values';
import { jsonPath } from '../../problems';
import type { Editor } from './context';
import { h, idFor } from './dom';
import { objectFields } from './fields';
import { propertiesOf, resolve, type SchemaNode } from './schema-nodes';
import { TEXT } from './texts';

/** The keys other sections edit: settings show the rest of the container, whatever the schema adds. */
const ELSEWHERE = ['adapters', 'cookies', 'campaigns'];

/** The container's own settings: every top-level field but vendors, cookies and campaigns. */
export function settingsSection(editor: Editor): HTMLElement[] {
  return objectFields(editor, [], editor.session.schema, ELSEWHERE);
}

/** The place the validator's messages about a path appear, when no field holds it. */
export const messages = (path: (string | number)[]): HTMLElement =>
  h('div', { class: 'messages', id: idFor('m', path) });

/** A button that removes the value at a path, then focuses the element `then` (the list's add button). */
export const removeButton = (
  editor: Editor,
  path: (string | number)[],
  label: string,
  then: string,
): HTMLElement =>
  h(
    'button',
    {
      type: 'button',
      class: 'quiet',
      onClick: () => {
        editor.set(path, undefined, true);
        document.getElementById(then)?.focus();
      },
    },
    label,
  );

/** The vendors: a card per adapter with its options' form from its manifest, and a picker to add one. */
export function vendorsSection(editor: Editor): HTMLElement[] {
  const node = propertiesOf(editor.session.schema).adapters as SchemaNode;
  const adapters = isObject(editor.draft.adapters) ? editor.draft.adapters : {};
  const cards = Object.keys(adapters).map((id) => {
    const vendor = editor.session.vendors.find((v) => v.id === id);
    const options = propertiesOf(node)[id];
    const headingId = idFor('vendor', [id]);
    return h(
      'section',
      { class: 'card', 'data-field': jsonPath(['adapters', id]), 'aria-labelledby': headingId },
      h(
        'div',
        { class: 'card-head' },
        h('h3', { id: headingId }, vendor?.vendor ?? id, ' ', h('code', {}, id)),
        vendor && h('span', { class: 'badge' }, vendor.category),
        removeButton(editor, ['adapters', id], TEXT.vendors.remove(vendor?.vendor ?? id), 'add-vendor'),
      ),
      vendor &&
        h('p', { class: 'hint' }, `${vendor.purpose} ${TEXT.vendors.surfaces(vendor.surfaces.join(', '))}`),
      messages(['adapters', id]),
      ...(options
        ? objectFields(editor, ['adapters', id], resolve(options, adapters[id]))
        : [h('p', {}, TEXT.vendors.unknown)]),
    );
  });
  const missing = editor.session.vendors.filter((v) => !Object.hasOwn(adapters, v.id));
  const picker = h(
    'select',
    { id: 'add-vendor' },
    ...missing.map((v) => h('option', { value: v.id }, `${v.vendor} (${v.category})`)),
  );
  const add = missing.length
    ? h(
        'div',
        { class: 'add-row' },
        h('label', { for: 'add-vendor' }, TEXT.vendors.add),
        picker,
        h(
          'button',
          {
            type: 'button',
            onClick: () => {
              const id = picker.value;
              editor.set(['adapters', id], {}, true);
              document
                .querySelector<HTMLElement>(
                  `[data-field="${CSS.escape(jsonPath(['adapters', id]))}"] :is(input, select, textarea)`,
                )
                ?.focus();
            },
          },
          TEXT.vendors.addButton,
        ),
      )
    : h('p', { class: 'hint' }, TEXT.vendors.allAdded);
  return [...(cards.length ? cards : [h('p', {}, TEXT.vendors.none)]), add];
}
