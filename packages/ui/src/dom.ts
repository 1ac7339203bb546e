/**
 * Attributes of a built element: a string is set as is, `true` as an empty attribute, a function
 * becomes a click listener (never an inline handler), anything else is left out.
 */
export type Attrs = Record<string, string | boolean | undefined | (() => void)>;

/** A child of a built element: strings become text nodes (never parsed as HTML); empty values are skipped. */
export type Child = Node | string | false | null | undefined;

/** Builds an element in a given document. */
export type Build = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
) => HTMLElementTagNameMap[K];

/**
 * An element builder bound to one document. Text goes in as text nodes, so vendor names, purposes and
 * string overrides can never inject markup; there is no `innerHTML` anywhere in the UI.
 */
export const builder =
  (doc: Document): Build =>
  (tag, attrs = {}, ...children) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs))
      if (typeof value === 'function') node.addEventListener('click', value);
      else if (typeof value === 'string' || value === true)
        node.setAttribute(name, value === true ? '' : value);
    node.append(...(children.filter((c) => c || c === '') as (Node | string)[]));
    return node;
  };

/** The URL as an absolute `http(s)` address, or undefined: a `javascript:` or malformed URL never becomes a link. */
export function safeUrl(url: string | undefined, base: string): string | undefined {
  try {
    const parsed = new URL(url as string, base);
    return url && /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The element that has focus, looking inside open shadow roots. */
export function activeElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
