/**
 * The generic drop-in, `consent.js`: every vendor, the container read from the page.
 * `<script src="consent.js" data-container="/consent.json" defer></script>`, or an inline
 * `<script type="application/json" id="consent-container">`. See `startDropIn`.
 */
import type { Chunks } from './chunks';
import { FACTORIES } from './registry';
import { startDropIn } from './start';

/** The chunks built beside this file, with their SRI hashes: set by the build (build.ts, "chunks"). */
declare const __CONSENT_CHUNKS__: Chunks;

startDropIn({ factories: FACTORIES, chunks: __CONSENT_CHUNKS__ });
