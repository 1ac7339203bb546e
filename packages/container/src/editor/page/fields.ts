import { isObject } from '../../json-values';
import type { Segments } from '../../problems';
import { jsonPath } from '../../problems';
import type { Editor } from './context';
import { type Child, h, idFor } from './dom';
import { getIn, renameKey } from './draft';
import {
  booleanField,
  controlId,
  dateField,
  enumField,
  type FieldSpec,
  jsonField,
  labelOf,
  textField,
} from './scalars';
import { humanize, kindOf, propertiesOf, resolve, type SchemaNode } from './schema-nodes';
import { TEXT } from './texts';

export type { FieldSpec };

/** The field for any schema node: the kind of form comes from the node's shape (see `kindOf`). */
export function field(editor: Editor, spec: FieldSpec): HTMLElement {
  const node = resolve(spec.node, getIn(editor.draft, spec.path));
  const resolved = { ...spec, node };
  switch (kindOf(node, editor.session.datePattern)) {
    case 'switch':
      return switchField(editor, resolved);
    case 'choice':
      return choiceField(editor, resolved);
    case 'object':
      return group(spec, objectFields(editor, spec.path, node));
    case 'map':
      return group(spec, [
        mapRows(editor, spec.path, node.additionalProperties as SchemaNode, [], labelOf(spec)),
      ]);
    case 'list':
      return listField(editor, resolved);
    case 'date':
      return dateField(editor, resolved);
    case 'boolean':
      return booleanField(editor, resolved);
    case 'enum':
      return enumField(editor, resolved);
    case 'text':
      return textField(editor, resolved);
    default:
      return jsonField(editor, resolved);
  }
}

/** A group of fields: a fieldset whose legend is the key, with its description and its messages. */
export function group(spec: FieldSpec, children: Child[]): HTMLElement {
  const id = idFor('g', spec.path);
  const key = spec.path[spec.path.length - 1];
  return h(
    'fieldset',
    { class: 'group', 'data-field': jsonPath(spec.path), 'aria-describedby': `${id}-msg`, id },
    h('legend', {}, labelOf(spec), typeof key === 'string' ? h('code', {}, key) : null),
    typeof spec.node.description === 'string' &&
      !spec.compact &&
      h('p', { class: 'hint' }, spec.node.description),
    h('div', { class: 'messages', id: `${id}-msg` }),
    ...children,
  );
}

/** The fields of an object's properties, in the schema's order; `skip` leaves some to another part of the page. */
export function objectFields(
  editor: Editor,
  path: Segments,
  node: SchemaNode,
  skip: string[] = [],
): HTMLElement[] {
  const required = new Set((node.required as string[]) ?? []);
  const fields = Object.entries(propertiesOf(node))
    .filter(([key]) => !skip.includes(key))
    .map(([key, child]) => field(editor, { path: [...path, key], node: child, required: required.has(key) }));
  // Keys the schema lists nowhere but another schema allows (additionalProperties): edited as name and value.
  if (isObject(node.additionalProperties))
    fields.push(
      mapRows(
        editor,
        path,
        node.additionalProperties as SchemaNode,
        Object.keys(propertiesOf(node)),
        humanize(String(path.at(-1))),
      ),
    );
  return fields;
}

/** An object of names and values (conversions by event, GA4 parameters): a row per key, add and remove. */
function mapRows(
  editor: Editor,
  path: Segments,
  valueNode: SchemaNode,
  known: string[],
  label: string,
): HTMLElement {
  const value = getIn(editor.draft, path);
  const keys = isObject(value) ? Object.keys(value).filter((key) => !known.includes(key)) : [];
  const rows = keys.map((key) =>
    h(
      'div',
      { class: 'map-row' },
      h('label', { for: idFor('k', [...path, key]), class: 'visually-hidden' }, TEXT.name),
      h('input', {
        type: 'text',
        id: idFor('k', [...path, key]),
        value: key,
        placeholder: TEXT.name,
        spellcheck: 'false',
        onChange: (event) => {
          const to = (event.target as HTMLInputElement).value;
          if (renameKey(editor.draft, path, key, to)) editor.changed(true);
        },
      }),
      field(editor, {
        path: [...path, key],
        node: valueNode,
        required: true,
        label: TEXT.value,
        compact: true,
      }),
      h(
        'button',
        { type: 'button', class: 'quiet', onClick: () => editor.set([...path, key], undefined, true) },
        TEXT.remove,
      ),
    ),
  );
  const add = h(
    'button',
    {
      type: 'button',
      onClick: () => {
        if (!(isObject(value) && Object.hasOwn(value, ''))) editor.set([...path, ''], '', true);
        document.getElementById(idFor('k', [...path, '']))?.focus();
      },
    },
    TEXT.addTo(label),
  );
  return h('div', { class: 'map' }, ...rows, add);
}

/** A list of plain values (the container's events): a row each, add and remove. */
function listField(editor: Editor, spec: FieldSpec): HTMLElement {
  const items = getIn(editor.draft, spec.path);
  const list = Array.isArray(items) ? items : [];
  const itemNode = spec.node.items as SchemaNode;
  const rows = list.map((_, i) =>
    h(
      'div',
      { class: 'map-row' },
      field(editor, {
        path: [...spec.path, i],
        node: itemNode,
        required: true,
        label: `${i + 1}`,
        compact: true,
      }),
      h(
        'button',
        { type: 'button', class: 'quiet', onClick: () => editor.set([...spec.path, i], undefined, true) },
        TEXT.remove,
      ),
    ),
  );
  const add = h(
    'button',
    {
      type: 'button',
      onClick: () => {
        editor.set([...spec.path, list.length], '', true);
        document.getElementById(controlId([...spec.path, list.length]))?.focus();
      },
    },
    TEXT.addTo(labelOf(spec)),
  );
  return group(spec, [...rows, add]);
}

/** One of several keys (a campaign's trigger): which kind, then its value. */
function choiceField(editor: Editor, spec: FieldSpec): HTMLElement {
  const value = getIn(editor.draft, spec.path);
  const options = propertiesOf(spec.node);
  const keys = isObject(value) ? Object.keys(value) : [];
  const kind = keys.length === 1 && Object.hasOwn(options, keys[0]!) ? keys[0]! : '';
  const kindId = idFor('kind', spec.path);
  const picker = h(
    'select',
    {
      id: kindId,
      onChange: (event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        editor.set(spec.path, chosen ? { [chosen]: '' } : {}, true);
        document.getElementById(controlId([...spec.path, chosen]))?.focus();
      },
    },
    h('option', { value: '' }, TEXT.choose),
    ...Object.keys(options).map((key) => h('option', { value: key }, humanize(key))),
  );
  picker.value = kind;
  return group(spec, [
    h('div', { class: 'field' }, h('label', { for: kindId }, TEXT.campaigns.kind), picker),
    kind && field(editor, { path: [...spec.path, kind], node: options[kind]!, required: true }),
  ]);
}

/** A part that can be switched off (the banner: `false`), and its settings when on. */
function switchField(editor: Editor, spec: FieldSpec): HTMLElement {
  const off = (spec.node.then as SchemaNode).const;
  const settings = spec.node.else as SchemaNode;
  const value = getIn(editor.draft, spec.path);
  const enabled = value !== off;
  const label = typeof spec.node.title === 'string' ? spec.node.title : humanize(String(spec.path.at(-1)));
  const toggle = h('input', {
    type: 'checkbox',
    id: controlId(spec.path),
    checked: enabled,
    onChange: (event) => editor.set(spec.path, (event.target as HTMLInputElement).checked ? {} : off, true),
  });
  return group({ ...spec, label }, [
    h(
      'div',
      { class: 'field inline' },
      toggle,
      h('label', { for: controlId(spec.path) }, TEXT.enabled(label)),
    ),
    ...(enabled ? objectFields(editor, spec.path, settings) : []),
  ]);
}
