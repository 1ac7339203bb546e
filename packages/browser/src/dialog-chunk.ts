/**
 * The drop-in's dialog chunk, `consent-dialog.<hash>.js`: the preferences dialog with the vendors' Spanish
 * texts, which only the dialog shows. Fetched the first time the dialog must open; most visitors never do.
 */
import { preferencesDialog } from '@conectamos/consent-ui';
import type { ChunkGlobal } from './chunks';
import { VENDOR_TRANSLATIONS } from './vendor-translations';

const global = self as unknown as ChunkGlobal;
global.ConectamosConsentChunks ??= [];
global.ConectamosConsentChunks.push([
  'dialog',
  preferencesDialog({ vendorTranslations: VENDOR_TRANSLATIONS }),
]);
