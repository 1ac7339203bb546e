import type { Category } from '@conectamos/consent';
import { createElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { useGranted } from './hooks';
import type { VendorId } from './register';

/** Props of {@link ConsentGate}: one of `vendor` and `category`, the content, and what shows instead. */
export type ConsentGateProps = {
  /** Shown once consent allows it. */
  children?: ReactNode;
  /** Shown until then (a placeholder whose button calls `consent.allow(vendor)`). Default: nothing. */
  fallback?: ReactNode;
} & ({ vendor: VendorId; category?: undefined } | { category: Category; vendor?: undefined });

/**
 * Renders its children once a vendor (or a category) may run, and the fallback until then; it follows
 * every change, including a withdrawal. On the server and in the hydration render it shows the fallback
 * (the undecided state), unless the vendor is strictly necessary.
 *
 * @example
 * <ConsentGate
 *   vendor="intercom"
 *   fallback={<p>Chat needs functional cookies. <button onClick={() => consent.allow('intercom')}>Enable chat</button></p>}
 * >
 *   <ChatButton />
 * </ConsentGate>
 */
export function ConsentGate({ vendor, category, children, fallback = null }: ConsentGateProps): ReactElement {
  const on = useGranted((vendor ?? category)!);
  // An element (a fragment), not a bare node: a valid JSX return for React 18's types as well as 19's.
  return createElement(Fragment, null, on ? children : fallback);
}
