import type { VendorManifest } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { campaignProblems } from './campaign-checks';
import type { JsonText } from './json-text';
import { MANIFESTS } from './manifests';
import { describeValue, jsonPath, type Problem, type Segments } from './problems';
import { containerSchema, type SchemaNode } from './schema';

/** What `validateContainer` returns: the container when it has no problem, and every problem found. */
export interface Validation {
  /** The value, typed, when `problems` is empty. */
  container?: Container;
  /** Every problem, in the order they stand in the file. */
  problems: Problem[];
}

/** Options of `validateContainer`. */
export interface ValidateOptions {
  /** The parsed text the value came from: problems then carry their line and column. */
  text?: JsonText;
  /** The vendors to check against. Default: the seven built-in manifests. */
  manifests?: readonly VendorManifest[];
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

/** One ajv error as a problem a marketer can act on, from the schema's `expected` words. */
function fromAjv(error: ErrorObject, root: unknown): { at: Segments; expected: string; found: string } {
  const at = segmentsOf(error.instancePath, root);
  const schema = error.parentSchema as SchemaNode;
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys(schema.properties ?? {}).join(', ');
    return schema.unknownKey
      ? { at: [...at, key], expected: String(schema.unknownKey), found: JSON.stringify(key) }
      : {
          at: [...at, key],
          expected: `one of the keys ${known}`,
          found: `unknown key ${JSON.stringify(key)}`,
        };
  }
  if (error.keyword === 'required') {
    const key = (error.params as { missingProperty: string }).missingProperty;
    const property = schema.properties?.[key] as SchemaNode | undefined;
    return { at: [...at, key], expected: property?.expected ?? `a value for "${key}"`, found: 'nothing' };
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed container: the JSON Schema generated from the manifests (keys, types, each adapter's
 * options, each campaign's `send` by its vendor's rules), then what a schema cannot say (campaign ids used
 * twice, a campaign naming an adapter the container does not run, dates that do not exist or end before
 * they start), with the same campaign rules the drop-in applies. Returns every problem, not just the first.
 */
export function validateContainer(value: unknown, options: ValidateOptions = {}): Validation {
  const manifests = options.manifests ?? MANIFESTS;
  const found = new Map<string, Problem & { at: Segments }>();
  const add = (at: Segments, expected: string, seen: string): void => {
    const path = jsonPath(at);
    // One problem per place: the first is the one to fix (a wrong type also fails its pattern).
    if (!found.has(path)) found.set(path, { at, path, expected, found: seen });
  };
  for (const error of schemaCheck(manifests)(value)) {
    // if/then/else only says which branch failed; the branch's own errors say why.
    if (error.keyword === 'if') continue;
    const problem = fromAjv(error, value);
    add(problem.at, problem.expected, problem.found);
  }
  if (isObject(value))
    for (const problem of campaignProblems(value, manifests, [...found.keys()])) add(...problem);

  const campaigns = isObject(value) && Array.isArray(value.campaigns) ? value.campaigns : [];
  const problems = [...found.values()].map(({ at, ...problem }): Problem => {
    const index = at[0] === 'campaigns' && typeof at[1] === 'number' ? at[1] : undefined;
    const id = index === undefined ? undefined : (campaigns[index] as { id?: unknown })?.id;
    return {
      ...problem,
      ...(typeof id === 'string' && { campaign: id }),
      ...(options.text && { position: options.text.positionOf(at) }),
    };
  });
  if (options.text)
    problems.sort((a, b) => a.position!.line - b.position!.line || a.position!.column - b.position!.column);
  return problems.length ? { problems } : { container: value as Container, problems };
}
