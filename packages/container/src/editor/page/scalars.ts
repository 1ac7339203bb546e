import type { Segments } from '../../problems';
import { jsonPath } from '../../problems';
import type { Editor } from './context';
import { type Child, h, idFor } from './dom';
import { getIn } from './draft';
import { pickerFor } from './pickers';
import { choicesOf, display, fromText, humanize, type SchemaNode } from './schema-nodes';
import { TEXT } from './texts';

/** One field to build: where its value is, its schema node, and how it is labelled. */
export interface FieldSpec {
  path: Segments;
  node: SchemaNode;
  /** The key must be there: emptying it keeps `""` rather than removing the key. */
  required: boolean;
  /** The label; default: the key, in words. */
  label?: string;
  /** In a table cell: the label only for screen readers, no description. */
  compact?: boolean;
}

/** The id of a field's control, from its path. */
export const controlId = (path: Segments): string => idFor('f', path);

/** A field's label: the one given, else the key in words. */
export const labelOf = (spec: FieldSpec): string => {
  const key = String(spec.path[spec.path.length - 1] ?? '');
  return spec.label ?? TEXT.labels[key] ?? humanize(key);
};

/** The description, and an example where the schema gives one. */
function hintOf(node: SchemaNode): string {
  const example = Array.isArray(node.examples) ? node.examples[0] : undefined;
  const described = typeof node.description === 'string' ? node.description : '';
  return typeof example === 'object' && example !== null
    ? `${described} ${TEXT.example(JSON.stringify(example))}`
    : described;
}

/**
 * A field's frame: its label (with the JSON key beside it), the control, the description, and the place
 * where the validator's messages about this path appear (`data-field` is the path they are matched by).
 */
export function shell(spec: FieldSpec, control: HTMLElement, extra: Child[] = []): HTMLElement {
  const id = controlId(spec.path);
  const hint = spec.compact ? '' : hintOf(spec.node);
  const key = String(spec.path[spec.path.length - 1] ?? '');
  control.setAttribute('aria-describedby', `${id}-msg${hint ? ` ${id}-hint` : ''}`);
  return h(
    'div',
    { class: 'field', 'data-field': jsonPath(spec.path) },
    h(
      'label',
      { for: id, class: spec.compact ? 'visually-hidden' : undefined },
      labelOf(spec),
      !spec.compact && typeof spec.path[spec.path.length - 1] === 'string' && key !== ''
        ? h('code', {}, key)
        : null,
    ),
    control,
    ...extra,
    hint && h('p', { class: 'hint', id: `${id}-hint` }, hint),
    h('div', { class: 'messages', id: `${id}-msg` }),
  );
}

const placeholderOf = (node: SchemaNode): string | undefined => {
  const example = Array.isArray(node.examples) ? node.examples[0] : undefined;
  return typeof example === 'string' || typeof example === 'number'
    ? TEXT.example(String(example))
    : undefined;
};

/** A select over `values`; the current value kept (marked) when it is not one of them. */
function select(editor: Editor, spec: FieldSpec, values: unknown[], empty: string | undefined): HTMLElement {
  const current = getIn(editor.draft, spec.path);
  // Nothing chosen yet ("" in a new row) is not a value to keep in the list.
  const listed = current === undefined || current === '' || values.some((v) => v === current);
  const control = h(
    'select',
    {
      id: controlId(spec.path),
      onChange: (event) => {
        const index = (event.target as HTMLSelectElement).selectedIndex - (empty === undefined ? 0 : 1);
        const all = listed ? values : [...values, current];
        const value = index < 0 ? (spec.required ? '' : undefined) : all[index];
        editor.set(spec.path, value, true);
      },
    },
    empty !== undefined && h('option', { value: '' }, empty),
    ...values.map((v) => h('option', { value: display(v) }, display(v))),
    !listed && h('option', { value: display(current) }, TEXT.notInList(display(current))),
  );
  control.value = current === undefined ? '' : display(current);
  return shell(spec, control);
}

/** A field with a fixed list of values: a select, with "Default (…)" or "Choose…" first when it may be empty. */
export function enumField(
  editor: Editor,
  spec: FieldSpec,
  values = choicesOf(spec.node).values,
): HTMLElement {
  const fallback = spec.node.default;
  const empty =
    fallback !== undefined
      ? TEXT.defaultChoice(display(fallback))
      : spec.required
        ? TEXT.choose
        : TEXT.notSet;
  return select(editor, spec, values, empty);
}

/** A true/false field: a select of On and Off, and the default when the key may be left out. */
export function booleanField(editor: Editor, spec: FieldSpec): HTMLElement {
  const fallback = spec.node.default;
  const word = (v: unknown) => (v ? TEXT.on : TEXT.off);
  const current = getIn(editor.draft, spec.path);
  const control = h(
    'select',
    {
      id: controlId(spec.path),
      onChange: (event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        editor.set(spec.path, chosen === '' ? undefined : chosen === 'true', true);
      },
    },
    h('option', { value: '' }, fallback === undefined ? TEXT.choose : TEXT.defaultChoice(word(fallback))),
    h('option', { value: 'true' }, TEXT.on),
    h('option', { value: 'false' }, TEXT.off),
  );
  control.value = typeof current === 'boolean' ? String(current) : '';
  return shell(spec, control);
}

/** Free text, a number, or a value the container offers a list of (a campaign's adapter, its event). */
export function textField(editor: Editor, spec: FieldSpec): HTMLElement {
  const picks = pickerFor(editor, spec.path);
  if (picks) return select(editor, spec, picks, TEXT.choose);
  const { values } = choicesOf(spec.node);
  const listId = values.length ? `${controlId(spec.path)}-list` : undefined;
  const numbersOnly = !values.length && /^(number|integer)$/.test(String(spec.node.type));
  const control = h('input', {
    type: 'text',
    id: controlId(spec.path),
    value: display(getIn(editor.draft, spec.path)),
    placeholder: placeholderOf(spec.node),
    list: listId,
    inputmode: numbersOnly ? 'decimal' : undefined,
    spellcheck: 'false',
    autocomplete: 'off',
    onInput: (event) => {
      const text = (event.target as HTMLInputElement).value;
      const value = fromText(text, spec.node, getIn(editor.draft, spec.path));
      editor.set(spec.path, value === undefined && spec.required ? '' : value);
    },
  });
  const datalist =
    listId && h('datalist', { id: listId }, ...values.map((v) => h('option', { value: display(v) })));
  return shell(spec, control, [datalist]);
}

/** A day on a calendar (`<input type="date">`); a date-time the file already has stays editable as text. */
export function dateField(editor: Editor, spec: FieldSpec): HTMLElement {
  const current = getIn(editor.draft, spec.path);
  if (typeof current === 'string' && current !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(current)) {
    const field = textField(editor, spec);
    field.querySelector('.hint')?.prepend(`${TEXT.dateTime} `);
    return field;
  }
  const control = h('input', {
    type: 'date',
    id: controlId(spec.path),
    value: typeof current === 'string' ? current : '',
    onInput: (event) => {
      const day = (event.target as HTMLInputElement).value;
      editor.set(spec.path, day === '' ? (spec.required ? '' : undefined) : day);
    },
  });
  return shell(spec, control);
}

/** Anything else (the banner's text overrides): the value as JSON, kept when it parses. */
export function jsonField(editor: Editor, spec: FieldSpec): HTMLElement {
  const current = getIn(editor.draft, spec.path);
  const control = h('textarea', {
    id: controlId(spec.path),
    rows: 4,
    spellcheck: 'false',
    value: current === undefined ? '' : JSON.stringify(current, null, 2),
    onInput: (event) => {
      const area = event.target as HTMLTextAreaElement;
      const note = area.parentElement?.querySelector('.local');
      try {
        editor.set(spec.path, area.value.trim() === '' ? undefined : JSON.parse(area.value));
        note?.replaceChildren();
      } catch {
        note?.replaceChildren(TEXT.notJson);
      }
    },
  });
  return shell(spec, control, [h('p', { class: 'local', role: 'status' })]);
}
