export { ConsentGate, type ConsentGateProps } from './consent-gate';
export { type UseConsent, useConsent, useGranted } from './hooks';
export { ConsentProvider, type ConsentProviderProps } from './provider';
export type { Register, VendorId } from './register';
