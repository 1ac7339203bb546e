export { CATEGORIES } from './categories';
export { cookieLabel } from './labels';
export { cspFor } from './csp';
export { createConsent } from './store';
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
  PageEvent,
  RevokeEvent,
  ScriptAttributes,
  SiteCookie,
  Surface,
  TrackEvent,
} from './types';
export { queueArray, queueFunction, type QueueFunction } from './queue';
export { deleteDeclared, matches as cookieMatches } from './cookies';
export type { CspOptions } from './csp';
