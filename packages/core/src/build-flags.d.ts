/**
 * Replaced at build time (esbuild `define`, and vitest's). `false` only in the drop-in `consent.js`:
 * Content-Security-Policy hosts are needed where pages are served (`consent csp`, `cspFor`), never in
 * a visitor's browser, so the drop-in leaves them out. Adapters wrap their `csp` declaration in it.
 */
declare const __CSP_HOSTS__: boolean;
