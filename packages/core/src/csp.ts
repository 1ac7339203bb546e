import type { Adapter, CspHosts } from './types';

const DIRECTIVES: [keyof CspHosts, string][] = [
  ['scriptSrc', 'script-src'],
  ['connectSrc', 'connect-src'],
  ['imgSrc', 'img-src'],
  ['frameSrc', 'frame-src'],
  ['styleSrc', 'style-src'],
  ['fontSrc', 'font-src'],
];

/** Options of `cspFor`. */
export interface CspOptions {
  /** The nonce of the page's own scripts, added to `script-src` (the SDK puts it on every script it injects). */
  nonce?: string;
  /** Sources kept at the start of every directive. Default `["'self'"]`. */
  self?: string[];
}

/**
 * The Content-Security-Policy a site needs for the adapters it registers, as one header value:
 * the union of their declared hosts per directive, with the nonce in `script-src`.
 */
export function cspFor(adapters: readonly Pick<Adapter, 'csp'>[], options: CspOptions = {}): string {
  const base = options.self ?? ["'self'"];
  return DIRECTIVES.map(([key, directive]) => {
    const sources = new Set(base);
    if (key === 'scriptSrc' && options.nonce) sources.add(`'nonce-${options.nonce}'`);
    for (const a of adapters) for (const host of a.csp?.[key] ?? []) sources.add(host);
    return sources.size ? `${directive} ${[...sources].join(' ')}` : '';
  })
    .filter(Boolean)
    .join('; ');
}
