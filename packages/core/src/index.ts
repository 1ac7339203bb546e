export type { Adapter, AdapterContext } from './adapter-types';
export { CATEGORIES } from './categories';
export type { Consent, ConsentOptions, ConsentPlugin, ConsentUpdate } from './consent-types';
export { deleteDeclared, matches as cookieMatches } from './cookies';
export type { CspOptions } from './csp';
export { cspFor } from './csp';
export { cookieLabel } from './labels';
export type {
  CookieFact,
  FromSchema,
  JsonSchema,
  OptionCondition,
  PolicyNote,
  VendorI18n,
  VendorManifest,
  VendorTexts,
} from './manifest';
export { type QueueFunction, queueArray, queueFunction } from './queue';
export { createConsent } from './store';
export { type ScriptPolicy, scriptPolicy, TRUSTED_TYPES_POLICY } from './trusted-types';
export type {
  Category,
  Choice,
  ConsentEvents,
  ConsentSource,
  ConsentState,
  CookieDeclaration,
  CookieTexts,
  CspHosts,
  ErrorEvent,
  LoadEvent,
  PageEvent,
  RevokeEvent,
  ScriptAttributes,
  SiteCookie,
  Surface,
  TrackEvent,
} from './types';
