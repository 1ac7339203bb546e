export type { Adapter, AdapterContext } from './adapter-types';
export { CATEGORIES } from './categories';
export type { Consent, ConsentOptions, ConsentPlugin, ConsentUpdate } from './consent-types';
export { deleteDeclared, matches as cookieMatches } from './cookies';
export type { CspOptions } from './csp';
export { cspFor } from './csp';
export { cookieLabel } from './labels';
export {
  type CookieFact,
  EVENT_VALUE,
  FROM_EVENT,
  type FromSchema,
  type JsonSchema,
  type OptionCondition,
  type PolicyNote,
  type VendorI18n,
  type VendorManifest,
  type VendorTexts,
} from './manifest';
export { type QueueFunction, queueArray, queueFunction } from './queue';
export {
  type DecisionAction,
  type DecisionContext,
  RECEIPT_ENDPOINT,
  type ReceiptOptions,
} from './receipts';
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
