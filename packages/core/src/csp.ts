import type { CspHosts } from './types';

const DIRECTIVES: [keyof CspHosts, string][] = [
  ['scriptSrc', 'script-src'],
  ['connectSrc', 'connect-src'],
  ['imgSrc', 'img-src'],
  ['frameSrc', 'frame-src'],
  ['styleSrc', 'style-src'],
  ['fontSrc', 'font-src'],
  ['mediaSrc', 'media-src'],
  ['workerSrc', 'worker-src'],
  ['formAction', 'form-action'],
];

/** Options of `cspFor`. */
export interface CspOptions {
  /** The nonce of the page's own scripts, added to `script-src` (the SDK puts it on every script it injects). */
  nonce?: string;
  /** Sources kept at the start of every directive it prints. Default `["'self'"]`. */
  self?: string[];
}

/**
 * The Content-Security-Policy directives a site needs for the adapters it registers, as one header
 * value: per directive, the union of the adapters' declared sources after `'self'`, and the nonce in
 * `script-src`. Only directives some adapter declares are printed (and `script-src` always), so the
 * result can be merged into a site's own policy without tightening what it did not mention.
 */
export function cspFor(adapters: readonly { csp?: CspHosts }[], options: CspOptions = {}): string {
  const base = options.self ?? ["'self'"];
  const directives: string[] = [];
  for (const [key, directive] of DIRECTIVES) {
    const declared = adapters.flatMap((a) => a.csp?.[key] ?? []);
    if (!declared.length && key !== 'scriptSrc') continue;
    const nonce = key === 'scriptSrc' && options.nonce ? [`'nonce-${options.nonce}'`] : [];
    directives.push([directive, ...new Set([...base, ...nonce, ...declared])].join(' '));
  }
  return directives.join('; ');
}
