import { type Consent, createConsent } from '@conectamos/consent';
import { ConsentProvider } from '@conectamos/consent-react';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow, type TestWindow } from '../helpers/window';

// Tells React this is a test environment, so act() flushes renders and effects before it returns.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Four vendors, one per case a gate meets: analytics, two functional ones, and a necessary on-demand one. */
export const vendors = () => [
  testAdapter({ id: 'posthog', category: 'analytics' }),
  testAdapter({ id: 'intercom', category: 'functional' }),
  testAdapter({ id: 'crisp', category: 'functional' }),
  testAdapter({ id: 'stripe', category: 'necessary', onDemand: true }),
];

/** A consent instance in its own window (own storage), as a page would create it. */
export function pageConsent(win: TestWindow = makeWindow()) {
  return createConsent({ policyVersion: '2026-11-01', adapters: vendors(), window: win });
}

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.innerHTML = '';
});

/** Renders `ui` under a provider into a fresh container in the test document; returns the container. */
export function render(consent: Consent, ui: ReactNode): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  roots.push(root);
  act(() => root.render(<ConsentProvider consent={consent}>{ui}</ConsentProvider>));
  return container;
}

/** Renders `ui` (under a provider when a consent is given) and returns what its render threw. */
export function renderError(ui: ReactNode, consent?: Consent): unknown {
  const container = document.body.appendChild(document.createElement('div'));
  let thrown: unknown;
  const root = createRoot(container, { onUncaughtError: (error) => (thrown ??= error) });
  roots.push(root);
  try {
    // act() rethrows what the render threw, after React reported it.
    act(() => root.render(consent ? <ConsentProvider consent={consent}>{ui}</ConsentProvider> : ui));
  } catch (error) {
    thrown ??= error;
  }
  return thrown;
}

/** Runs a change to the store inside act(), so the re-render it causes has happened when it returns. */
export const change = (fn: () => void): void => act(fn);
