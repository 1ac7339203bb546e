import { isObject } from '../../json-values';
import type { Segments } from '../../problems';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** The value at a path, or undefined. */
export const getIn = (root: unknown, path: Segments): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], root);

/**
 * Puts `key` into `object` keeping the order people read: an existing key stays where it is, a new one goes
 * where `order` (the schema's order of properties) puts it among the keys already there, else last. The
 * object is rebuilt in place, so references to it stay valid.
 */
export function putKey(object: JsonObject, key: string, value: unknown, order: readonly string[] = []): void {
  if (Object.hasOwn(object, key)) {
    object[key] = value;
    return;
  }
  const entries = Object.entries(object);
  const rank = order.indexOf(key);
  const before =
    rank === -1
      ? -1
      : entries.findIndex(([other]) => order.indexOf(other) > rank || order.indexOf(other) === -1);
  entries.splice(before === -1 ? entries.length : before, 0, [key, value]);
  for (const other of Object.keys(object)) delete object[other];
  Object.assign(object, Object.fromEntries(entries));
}

/** The schema's order of keys for the object at a path: `orderAt(path)` is asked for each object set into. */
export type KeyOrder = (path: Segments) => readonly string[];

/**
 * Sets the value at a path, creating the objects and arrays on the way; `undefined` deletes the key (or
 * removes the array item). New keys are placed in the schema's order.
 */
export function setIn(root: JsonObject, path: Segments, value: unknown, orderAt: KeyOrder): void {
  let parent: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = (parent as Record<string | number, unknown>)[key];
    if (typeof next !== 'object' || next === null) {
      next = typeof path[i + 1] === 'number' ? [] : {};
      if (Array.isArray(parent)) parent[key as number] = next;
      else putKey(parent as JsonObject, String(key), next, orderAt(path.slice(0, i)));
    }
    parent = next;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(last as number, 1);
    else parent[last as number] = value;
  } else if (value === undefined) delete (parent as JsonObject)[String(last)];
  else putKey(parent as JsonObject, String(last), value, orderAt(path.slice(0, -1)));
}

/** Renames a key of the object at `path`, keeping its place; false when the new name is taken. */
export function renameKey(root: JsonObject, path: Segments, from: string, to: string): boolean {
  const object = getIn(root, path);
  if (!isObject(object) || from === to) return true;
  if (Object.hasOwn(object, to)) return false;
  const entries = Object.entries(object).map(([key, value]): [string, unknown] => [
    key === from ? to : key,
    value,
  ]);
  for (const key of Object.keys(object)) delete object[key];
  Object.assign(object, Object.fromEntries(entries));
  return true;
}

/** A deep copy of a JSON value. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export function freeName(base: string, taken: Iterable<unknown>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
