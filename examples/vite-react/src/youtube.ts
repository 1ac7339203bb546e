import type { Adapter } from '@conectamos/consent';

/**
 * YouTube's IFrame Player API, for the product video on the home page: an adapter of the app's own (see
 * docs/engineers/writing-an-adapter.md), functional like chat, so enabling chat must leave it off.
 * Its cookies are set on youtube.com, not on this site: nothing here to declare or delete.
 * @see https://developers.google.com/youtube/iframe_api_reference
 */
export const youtube = (): Adapter<'youtube'> => ({
  id: 'youtube',
  vendor: 'YouTube',
  category: 'functional',
  purpose: 'Plays the product video.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookies: [],
  load: (ctx) => ctx.loadScript('https://www.youtube.com/iframe_api'),
});
