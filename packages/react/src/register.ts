import type { Consent } from '@conectamos/consent';

/**
 * Tells the hooks which consent instance the app provides, so vendor ids are checked: with it,
 * `useGranted('post-hog')` is a type error when the adapters say `posthog`. React context cannot carry a
 * type from `<ConsentProvider>` down to a hook in another file, so the app declares it once:
 *
 * @example
 * declare module '@conectamos/consent-react' {
 *   interface Register {
 *     consent: typeof consent;
 *   }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: empty on purpose, filled in by the app's declaration.
export interface Register {}

/** The vendor ids of the registered consent instance (see {@link Register}); any string until one is registered. */
export type VendorId = Register extends { consent: Consent<infer Id> } ? Id : string;
