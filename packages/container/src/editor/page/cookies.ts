import { jsonPath } from '../../problems';
import type { Editor } from './context';
import { h } from './dom';
import { field } from './fields';
import { humanize, propertiesOf, type SchemaNode } from './schema-nodes';
import { messages, removeButton } from './sections';
import { TEXT } from './texts';

/**
 * The site's own cookies as a table: a column per required field of the schema's cookie (name, category,
 * purpose, duration, provider), the optional ones under "More", a row per cookie.
 */
export function cookiesSection(editor: Editor): HTMLElement[] {
  const node = (propertiesOf(editor.session.schema).cookies as SchemaNode).items as SchemaNode;
  const properties = propertiesOf(node);
  const required = (node.required as string[]) ?? [];
  const columns = Object.keys(properties).filter((key) => required.includes(key));
  const optional = Object.keys(properties).filter((key) => !required.includes(key));
  const list = Array.isArray(editor.draft.cookies) ? editor.draft.cookies : [];

  const rows = list.map((_, i) =>
    h(
      'tr',
      {},
      ...columns.map((key, c) =>
        h(
          'td',
          c === 0 ? { 'data-field': jsonPath(['cookies', i]) } : {},
          c === 0 && messages(['cookies', i]),
          field(editor, {
            path: ['cookies', i, key],
            node: properties[key]!,
            required: true,
            compact: true,
            label: TEXT.cookies.cell(humanize(key), i + 1),
          }),
        ),
      ),
      h(
        'td',
        {},
        h(
          'details',
          {},
          h('summary', {}, TEXT.cookies.more),
          ...optional.map((key) =>
            field(editor, { path: ['cookies', i, key], node: properties[key]!, required: false }),
          ),
        ),
      ),
      h('td', {}, removeButton(editor, ['cookies', i], TEXT.cookies.remove(i + 1), 'add-cookie')),
    ),
  );
  const table = h(
    'table',
    { class: 'cookies' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...columns.map((key) => h('th', { scope: 'col' }, humanize(key))),
        h('th', { scope: 'col' }, TEXT.cookies.more),
        h('td', {}),
      ),
    ),
    h('tbody', {}, ...rows),
  );
  const add = h(
    'button',
    {
      type: 'button',
      id: 'add-cookie',
      onClick: () => {
        // A new row with every required field present and empty: the validator says what each needs.
        editor.set(['cookies', list.length], Object.fromEntries(columns.map((key) => [key, ''])), true);
        document.querySelector<HTMLElement>('table.cookies tbody tr:last-child :is(input, select)')?.focus();
      },
    },
    TEXT.cookies.add,
  );
  return [
    h('div', { 'data-field': jsonPath(['cookies']) }, messages(['cookies'])),
    list.length ? table : h('p', {}, TEXT.cookies.none),
    add,
  ];
}
