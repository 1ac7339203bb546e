import type { VendorManifest } from '@conectamos/consent';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { nameHint } from './close-match';
import { isObject } from './json-values';
import { describeValue, type Segments } from './problems';
import { containerSchema, type SchemaNode } from './schema';

/** One place the schema refuses: where, what it expects there, what it found, and the fix if one is known. */
export interface SchemaFinding {
  at: Segments;
  expected: string;
  found: string;
  hint?: string;
}

type Check = (value: unknown) => ErrorObject[];
const compiled = new WeakMap<readonly VendorManifest[], Check>();

/** Compiles the schema for a set of manifests once; ajv is well kept, so no hand-written checks here. */
function schemaCheck(manifests: readonly VendorManifest[]): Check {
  let check = compiled.get(manifests);
  if (!check) {
    // Strict, but a field may take several JSON types (LinkedIn's partnerId: a string or a number).
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    // Our annotations: words for people, not rules.
    ajv.addVocabulary(['expected', 'unknownKey']);
    const validate = ajv.compile(containerSchema(manifests));
    check = (value) => (validate(value) ? [] : [...(validate.errors ?? [])]);
    compiled.set(manifests, check);
  }
  return check;
}

/** An ajv error's place as segments, array indexes as numbers (found by walking the value). */
function segmentsOf(pointer: string, root: unknown): (string | number)[] {
  const segments: (string | number)[] = [];
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(value) ? Number(key) : key;
    segments.push(segment);
    value = (value as Record<string | number, unknown>)?.[segment];
  }
  return segments;
}

const quoteAll = (keys: string[]): string => keys.map((key) => JSON.stringify(key)).join(' and ');

/** One ajv error as a problem a marketer can act on, from the schema's `expected` words. */
function fromAjv(error: ErrorObject, root: unknown): SchemaFinding {
  const at = segmentsOf(error.instancePath, root);
  const schema = error.parentSchema as SchemaNode;
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys(schema.properties ?? {});
    const hint = nameHint(key, known);
    return schema.unknownKey
      ? { at: [...at, key], expected: String(schema.unknownKey), found: JSON.stringify(key), hint }
      : {
          at: [...at, key],
          expected: known.length === 1 ? `the key ${known[0]}` : `one of the keys ${known.join(', ')}`,
          found: `unknown key ${JSON.stringify(key)}`,
          hint,
        };
  }
  if (error.keyword === 'required') {
    const key = (error.params as { missingProperty: string }).missingProperty;
    const property = schema.properties?.[key] as SchemaNode | undefined;
    return { at: [...at, key], expected: property?.expected ?? `a value for "${key}"`, found: 'nothing' };
  }
  if (error.keyword === 'maxProperties' && isObject(error.data))
    return {
      at,
      expected: schema.expected ?? fallback(error),
      found: `both ${quoteAll(Object.keys(error.data))}`,
    };
  if (error.keyword === 'uniqueItems' && Array.isArray(error.data)) {
    const { j } = error.params as { j: number };
    return {
      at,
      expected: schema.expected ?? fallback(error),
      found: `${describeValue(error.data[j])} twice`,
    };
  }
  return { at, expected: schema.expected ?? fallback(error), found: describeValue(error.data) };
}

// Words for an error whose schema node says nothing itself (a manifest without `expected` there).
function fallback(error: ErrorObject): string {
  const params = error.params as { type?: string | string[]; allowedValues?: unknown[]; pattern?: string };
  const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
  if (error.keyword === 'type') return [params.type ?? []].flat().map(article).join(' or ');
  if (error.keyword === 'enum')
    return `one of ${params.allowedValues!.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'pattern') return `text matching ${params.pattern}`;
  return error.message ?? 'a valid value';
}

/**
 * What the JSON Schema generated from the manifests refuses in a value, in the words of its `expected`
 * annotations. A field that takes either of two forms (`anyOf`: a number, or "{{property}}") is reported
 * once, in its own words, rather than once per form it failed.
 */
export function schemaFindings(value: unknown, manifests: readonly VendorManifest[]): SchemaFinding[] {
  return (
    schemaCheck(manifests)(value)
      // if/then/else only says which branch failed; the branch's own errors say why.
      .filter((error) => error.keyword !== 'if' && !/\/anyOf\/\d+\//.test(error.schemaPath))
      .map((error) => fromAjv(error, value))
  );
}
