/** What `h` takes as children: nodes, text, or nothing (skipped). */
export type Child = Node | string | false | null | undefined;

type Handler = (event: Event) => void;
/** Attributes (strings; `true` for a bare one; false/undefined skipped), `on<event>` handlers, and `value`. */
export type Props = Record<string, string | number | boolean | undefined | Handler>;

/**
 * Creates an element: attributes, listeners, children as nodes or text. Text always goes through
 * `textContent`, never markup, so no value from the file can become HTML (and the page's Trusted Types
 * policy can refuse every string sink).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const child of children)
    if (child !== false && child !== null && child !== undefined)
      element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value') (element as unknown as { value: string }).value = String(value ?? '');
    else if (value === true) element.setAttribute(key, '');
    else if (value !== false && value !== undefined) element.setAttribute(key, String(value));
  }
  return element;
}

/** A stable element id for a JSON path, so focus can be found again after the form is rebuilt. */
export const idFor = (prefix: string, path: readonly (string | number)[]): string =>
  `${prefix}-${path.map((segment) => String(segment).replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join('.')}`;
