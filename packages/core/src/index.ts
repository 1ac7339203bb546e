export { CATEGORIES } from './categories';
export { deleteDeclared, matches as cookieMatches } from './cookies';
export type { CspOptions } from './csp';
export { cspFor } from './csp';
export { cookieLabel } from './labels';
export { type QueueFunction, queueArray, queueFunction } from './queue';
export { createConsent } from './store';
export { type ScriptPolicy, scriptPolicy, TRUSTED_TYPES_POLICY } from './trusted-types';
export type {
  Adapter,
  AdapterContext,
  Category,
  Choice,
  Consent,
  ConsentEvents,
  ConsentOptions,
  ConsentSource,
  ConsentState,
  CookieDeclaration,
  CspHosts,
  ErrorEvent,
  LoadEvent,
  RevokeEvent,
  ScriptAttributes,
  SiteCookie,
  Surface,
} from './types';
