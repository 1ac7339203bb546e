/**
 * The drop-in's UI chunk, `consent-ui.<hash>.js`: the banner and the dialog, loaded only when something must
 * be shown. It hands `mountConsentUI` to the main script (see chunks.ts).
 */
import { mountConsentUI } from '@conectamos/consent-ui';
import type { ChunkGlobal } from './chunks';

const global = self as unknown as ChunkGlobal;
global.ConectamosConsentChunks ??= [];
global.ConectamosConsentChunks.push(['ui', { mountConsentUI }]);
