/**
 * The drop-in's UI chunk, `consent-ui.<hash>.js`: the banner, loaded only when something must be shown. It
 * hands `mountConsentBanner` to the main script (see chunks.ts); the preferences dialog is a chunk of its own
 * (dialog-chunk.ts), fetched the first time it must open.
 */
import { mountConsentBanner } from '@conectamos/consent-ui';
import type { ChunkGlobal } from './chunks';

const global = self as unknown as ChunkGlobal;
global.ConectamosConsentChunks ??= [];
global.ConectamosConsentChunks.push(['ui', { mountConsentBanner }]);
