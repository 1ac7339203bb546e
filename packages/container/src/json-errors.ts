import { type ParseError, printParseErrorCode } from 'jsonc-parser';

/** The closing bracket of the innermost object or array open at `offset` (strings skipped), if any. */
function closerAt(text: string, offset: number): '}' | ']' | undefined {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') open.pop();
  }
  const last = open.at(-1);
  return last === '{' ? '}' : last === '[' ? ']' : undefined;
}

// What a parser code asks for, as a person editing the file would say it.
const WANTED: Record<string, (closer?: string) => string> = {
  ValueExpected: () => 'a value',
  PropertyNameExpected: () => 'a property name in double quotes',
  ColonExpected: () => '":" after the property name',
  CommaExpected: (closer) => `"," or "${closer ?? '}'}"`,
  CloseBraceExpected: () => '"," or "}"',
  CloseBracketExpected: () => '"," or "]"',
};

/**
 * jsonc-parser's first error, in the words a person editing a container needs, at the character to fix:
 * the trailing comma itself, the line break inside a string, the backslash of a bad escape.
 */
export function explain(text: string, errors: readonly ParseError[]): { at: number; message: string } {
  const [first, second] = errors;
  if (!first) return { at: 0, message: 'the file ends where a value was expected' };
  const code = printParseErrorCode(first.error);
  const at = first.offset;
  if (code === 'EndOfFileExpected') return { at, message: 'unexpected text after the end of the JSON' };
  if (code === 'UnexpectedEndOfString') {
    const rest = text.slice(at + 1);
    // JSON forbids U+0000 to U+001F inside a string: a line break, a tab.
    let control = 0;
    while (control < rest.length && rest.charCodeAt(control) >= 0x20) control++;
    if (control === rest.length) control = -1;
    const close = rest.search(/(?<!\\)"/);
    if (control > -1 && (close === -1 || control < close))
      return {
        at: at + 1 + control,
        message: 'a string cannot hold a line break or control character (write \\n)',
      };
    return { at, message: 'a string is not closed with "' };
  }
  if (code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode') {
    const slash = text.slice(at, at + first.length).search(/\\(?!["\\/bfnrt]|u[\da-fA-F]{4})/);
    return { at: at + Math.max(slash, 0), message: 'invalid escape in a string' };
  }
  if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment')
    return { at, message: 'comments are not allowed in JSON' };
  // `{'a': 1}`: the parser first stumbles on the quote, then says what it wanted there.
  const wanted = code === 'InvalidSymbol' && second ? printParseErrorCode(second.error) : code;
  const describe = WANTED[wanted];
  if (!describe) return { at, message: `not valid JSON (${code})` };
  if (at >= text.length)
    return { at, message: `the file ends where ${describe(closerAt(text, at))} was expected` };
  const char = text[at]!;
  // `[1, 2,]`: JavaScript allows the last comma, JSON does not; point at the comma.
  if ((char === '}' || char === ']') && (wanted === 'ValueExpected' || wanted === 'PropertyNameExpected')) {
    const comma = text.slice(0, at).search(/,\s*$/);
    if (comma > -1) return { at: comma, message: `a comma before ${char} is not allowed in JSON` };
  }
  return { at, message: `expected ${describe(closerAt(text, at))}, found ${JSON.stringify(char)}` };
}
