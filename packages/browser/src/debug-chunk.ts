/**
 * The drop-in's debug chunk, `consent-debug.<hash>.js`, loaded only in debug mode (`?consent_debug=1`).
 * It hands the feed and `mountDebug` to the main script (see chunks.ts).
 */
import type { ChunkGlobal } from './chunks';
import { debugFeed } from './debug/feed';
import { mountDebug } from './debug/panel';

const global = self as unknown as ChunkGlobal;
global.ConectamosConsentChunks ??= [];
global.ConectamosConsentChunks.push(['debug', { debugFeed, mountDebug }]);
