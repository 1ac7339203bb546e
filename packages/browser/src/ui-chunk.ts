/**
 * The drop-in's UI chunk, `consent-ui.<hash>.js`: the banner and the dialog, loaded only when something must be
 * shown. It hands `mountConsentUI` to the main script (see chunks.ts), with the vendors' Spanish texts.
 */
import { type ConsentUIOptions, mountConsentUI } from '@conectamos/consent-ui';
import type { ChunkGlobal } from './chunks';
import { VENDOR_TRANSLATIONS } from './vendor-translations';

const global = self as unknown as ChunkGlobal;
global.ConectamosConsentChunks ??= [];
global.ConectamosConsentChunks.push([
  'ui',
  {
    mountConsentUI: (consent: Parameters<typeof mountConsentUI>[0], options: ConsentUIOptions) =>
      mountConsentUI(consent, { vendorTranslations: VENDOR_TRANSLATIONS, ...options }),
  },
]);
