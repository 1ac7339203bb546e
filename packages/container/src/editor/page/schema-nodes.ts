import { isObject } from '../../json-values';
import type { SchemaNode } from '../../schema-parts';

export type { SchemaNode };

/** How a schema node is edited: the form the page builds for it. */
export type Kind =
  | 'switch'
  | 'choice'
  | 'object'
  | 'map'
  | 'list'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'text'
  | 'json';

type Scalar = 'string' | 'number' | 'integer' | 'boolean';

const asNode = (value: unknown): SchemaNode | undefined =>
  isObject(value) ? (value as SchemaNode) : undefined;

/** A node's properties, as schema nodes. */
export const propertiesOf = (node: SchemaNode): Record<string, SchemaNode> =>
  (node.properties ?? {}) as Record<string, SchemaNode>;

/** Whether a value meets an `if` as the generated schema writes them: `const`, `type`, `properties`, `required`. */
function meets(condition: SchemaNode, value: unknown): boolean {
  for (const [keyword, rule] of Object.entries(condition)) {
    if (keyword === 'const') {
      if (value !== rule) return false;
    } else if (keyword === 'type') {
      if (!typesOfValue(value).some((type) => [rule].flat().includes(type))) return false;
    } else if (keyword === 'required') {
      if (!isObject(value) || !(rule as string[]).every((key) => Object.hasOwn(value, key))) return false;
    } else if (keyword === 'properties') {
      if (!isObject(value)) return true;
      for (const [key, sub] of Object.entries(rule as Record<string, SchemaNode>))
        if (Object.hasOwn(value, key) && !meets(sub, value[key])) return false;
    } else return false; // A keyword this page does not read: the branch is not assumed.
  }
  return true;
}

function typesOfValue(value: unknown): string[] {
  if (Array.isArray(value)) return ['array'];
  if (value === null) return ['null'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['integer', 'number'] : ['number'];
  return [typeof value];
}

/**
 * The node that applies to a value: the `allOf` if/then branches it meets merged in (a campaign's `send`
 * from its adapter's manifest). The page reads the same schema the validator checks.
 */
export function resolve(node: SchemaNode, value: unknown): SchemaNode {
  const parts = Array.isArray(node.allOf) ? (node.allOf as SchemaNode[]) : [];
  let resolved = node;
  for (const part of parts) {
    const when = asNode(part.if);
    const then = asNode(part.then);
    if (!when || !then || !meets(when, value)) continue;
    resolved = { ...resolved, properties: { ...propertiesOf(resolved), ...propertiesOf(then) } };
  }
  return resolved;
}

/** The scalar types a node takes, across `type`, `enum`, `const` and `anyOf`/`oneOf` branches. */
export function scalarTypes(node: SchemaNode): Set<Scalar> {
  const types = new Set<Scalar>();
  for (const type of [node.type ?? []].flat() as string[])
    if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean') types.add(type);
  for (const value of [...((node.enum as unknown[]) ?? []), ...('const' in node ? [node.const] : [])])
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      types.add(typeof value as Scalar);
  for (const branch of [...((node.anyOf as SchemaNode[]) ?? []), ...((node.oneOf as SchemaNode[]) ?? [])])
    for (const type of scalarTypes(branch)) types.add(type);
  return types;
}

/** The fixed values a node offers (its enum, in every branch), and whether it takes anything else too. */
export function choicesOf(node: SchemaNode): { values: unknown[]; only: boolean } {
  const branches = [...((node.anyOf as SchemaNode[]) ?? []), ...((node.oneOf as SchemaNode[]) ?? [])];
  if (!branches.length) return { values: (node.enum as unknown[]) ?? [], only: Array.isArray(node.enum) };
  const values = branches.flatMap((branch) => (branch.enum as unknown[]) ?? []);
  return { values, only: branches.every((branch) => Array.isArray(branch.enum)) };
}

/** How a node is edited, from its shape alone: nothing here names a field. */
export function kindOf(node: SchemaNode, datePattern: string): Kind {
  const then = asNode(node.then);
  if (node.if && then && 'const' in then && asNode(node.else)) return 'switch';
  const types = scalarTypes(node);
  if (node.type === 'object' || node.properties || asNode(node.additionalProperties)) {
    if (node.maxProperties === 1 && node.properties) return 'choice';
    if (node.properties) return 'object';
    if (asNode(node.additionalProperties)) return 'map';
    return 'json';
  }
  if (node.type === 'array') {
    const items = asNode(node.items);
    return items && scalarTypes(items).size && !items.properties ? 'list' : 'json';
  }
  if (node.pattern === datePattern) return 'date';
  if (types.size === 1 && types.has('boolean')) return 'boolean';
  if (choicesOf(node).only && choicesOf(node).values.length) return 'enum';
  return types.size ? 'text' : 'json';
}

const WORDS: Record<string, string> = { id: 'ID', url: 'URL', api: 'API', csp: 'CSP', ui: 'UI' };

/** A key as a label: `measurementId` → "Measurement ID", `transaction_id` → "Transaction ID". */
export function humanize(key: string): string {
  const words = key
    .replace(/^\$/, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase());
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A value as a text field shows it. */
export const display = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * What typed text becomes, for a node's types: a number where the field takes numbers (`49.5`), true/false
 * where it takes only booleans, else the text. A value that was text stays text when text is allowed (a
 * LinkedIn partner ID "123456" is not turned into 123456). Empty text is `undefined`: the key is removed.
 */
export function fromText(text: string, node: SchemaNode, previous: unknown): unknown {
  if (text === '') return undefined;
  const types = scalarTypes(node);
  const numeric = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim());
  const keepText = typeof previous === 'string' && types.has('string');
  if (numeric && (types.has('number') || types.has('integer')) && !keepText) return Number(text.trim());
  if ((text === 'true' || text === 'false') && types.has('boolean') && !types.has('string'))
    return text === 'true';
  return text;
}

/** The schema node for the value at a path, each step resolved for the value there. */
export function nodeAt(
  root: SchemaNode,
  value: unknown,
  path: readonly (string | number)[],
): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root, value);
  let current = value;
  for (const key of path) {
    if (!node) return undefined;
    current = (current as Record<string | number, unknown> | undefined)?.[key];
    // A switch (the banner: false or its settings): the settings are what a path goes into.
    const settings = asNode(node.else);
    if (settings && kindOf(node, '') === 'switch') node = settings;
    if (typeof key === 'number') node = asNode(node.items);
    else node = propertiesOf(node)[key] ?? asNode(node.additionalProperties);
    if (node) node = resolve(node, current);
  }
  return node;
}
