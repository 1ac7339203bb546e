import { createParser } from 'css-selector-parser';

// "css-selector-parser parse error: Unknown pseudo-class: "hovr". Pos: 10." → `unknown pseudo-class: "hovr"`.
const reason = (error: unknown): string =>
  String((error as Error)?.message ?? error)
    .replace(/^css-selector-parser parse error:\s*/, '')
    .replace(/\.?\s*Pos: -?\d+\.?$/, '')
    .replace(/^./, (first) => first.toLowerCase());

/** Whether a parsed selector, or any selector inside it (`:not(::before)`), names a pseudo-element. */
const namesPseudoElement = (node: unknown): boolean =>
  typeof node === 'object' &&
  node !== null &&
  ((node as { type?: unknown }).type === 'PseudoElement' || Object.values(node).some(namesPseudoElement));

/**
 * Why a click or submit trigger's selector cannot work, or undefined when it can. Parsed by a well-kept CSS
 * selector parser with today's syntax, so what browsers refuse is refused here (a typo like `:hovr`, jQuery's
 * `:contains()`), before a visitor's browser skips the campaign.
 */
export function selectorFault(selector: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = createParser({ syntax: 'latest', strict: true })(selector);
  } catch (error) {
    return reason(error);
  }
  // `a::before` parses, but a click lands on the element, never on its pseudo-element: it would never match.
  return namesPseudoElement(parsed)
    ? 'a pseudo-element like ::before is never what a click lands on'
    : undefined;
}
