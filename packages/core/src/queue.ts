/** A vendor command function as its snippet defines it: calls are queued until the vendor script takes over. */
export type QueueFunction = ((...args: unknown[]) => void) & { q?: unknown[] };

type Globals = Record<string, unknown>;

/**
 * Defines `window[name]` as the vendor's queueing function, unless the page already has one
 * (the vendor script, or an earlier stub). Calls are recorded by `enqueue`, by default as the
 * real `arguments` object on `fn.q` — gtag.js, for one, silently ignores arrays.
 * Returns a caller that always goes through the current global, since the vendor replaces it.
 */
export function queueFunction(
  win: object,
  name: string,
  enqueue?: (args: IArguments, fn: QueueFunction) => void,
): (...args: unknown[]) => void {
  const w = win as Globals;
  if (typeof w[name] !== 'function') {
    const fn: QueueFunction = function (this: unknown) {
      // biome-ignore lint/complexity/noArguments: vendors read the Arguments object itself, not a copy.
      enqueue ? enqueue(arguments, fn) : fn.q!.push(arguments);
    };
    fn.q = [];
    w[name] = fn;
  }
  return (...args) => (w[name] as QueueFunction)(...args);
}

/**
 * Defines `window[name]` as a command array (`_hsq`, `_hsp`), unless one exists; the vendor
 * script drains it on load and replaces `push`. Returns a pusher for `[method, ...args]` commands.
 */
export function queueArray(win: object, name: string): (...command: unknown[]) => void {
  const w = win as Globals;
  w[name] ??= [];
  return (...command) => (w[name] as unknown[]).push(command);
}
