import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

/** A place in a text: 1-based line and column (UTF-16 units, as editors count them). */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** Where a JSON text stops being valid, and why. */
export interface JsonError extends Position {
  /** What is wrong there. */
  message: string;
}

/** A parsed JSON text that remembers where each value is. */
export interface JsonText {
  /** The parsed value. */
  value: unknown;
  /** Where the value at a path (`['campaigns', 3, 'end']`) starts; the nearest enclosing value if it is missing. */
  positionOf(path: readonly (string | number)[]): Position;
}

/** How deep objects and arrays may nest: a container nests four levels; hundreds is not one. */
export const MAX_DEPTH = 64;

// jsonc-parser's codes, in the words a person editing the file needs.
const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between values',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with "',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'a string cannot hold a line break or control character (write \\n)',
};

const positionAt = (text: string, offset: number): Position => {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
};

/** The offset where nesting first goes deeper than `MAX_DEPTH`, outside strings; checked before parsing recurses. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

/** The first key repeated within one object: `JSON.parse` would silently keep the last one. */
function duplicateKey(node: Node | undefined): Node | undefined {
  if (!node?.children) return undefined;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children) {
      const key = property.children![0]!;
      if (seen.has(key.value)) return key;
      seen.add(key.value);
    }
  }
  for (const child of node.children) {
    const found = duplicateKey(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parses a container file's text with positions: strict JSON (no comments, no trailing commas), a leading
 * byte-order mark ignored (some editors write one), a key repeated in one object refused, and nesting
 * limited. An error comes with the line and column where the text stops being valid.
 */
export function parseJsonText(source: string): { text: JsonText } | { error: JsonError } {
  const text = source.replace(/^\uFEFF/, '');
  const deep = tooDeep(text);
  if (deep !== undefined)
    return { error: { ...positionAt(text, deep), message: `nested more than ${MAX_DEPTH} levels deep` } };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !tree) {
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    const at = first?.offset ?? 0;
    // The commonest slip of all: `[1, 2,]`, which JavaScript allows and JSON does not.
    const trailingComma = /[}\]]/.test(text[at] ?? '') && /,\s*$/.test(text.slice(0, at));
    const message =
      at >= text.length
        ? 'the file ends too early'
        : trailingComma
          ? `a comma before ${text[at]} is not allowed in JSON`
          : (MESSAGES[code] ?? code);
    return { error: { ...positionAt(text, at), message } };
  }
  const repeated = duplicateKey(tree);
  if (repeated)
    return {
      error: {
        ...positionAt(text, repeated.offset),
        message: `duplicate key ${JSON.stringify(repeated.value)} (only the last one would count)`,
      },
    };
  return {
    text: {
      value: JSON.parse(text),
      positionOf(path) {
        for (let depth = path.length; depth >= 0; depth--) {
          const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
          if (node) return positionAt(text, node.offset);
        }
        return positionAt(text, 0);
      },
    },
  };
}
