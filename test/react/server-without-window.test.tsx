// @vitest-environment node
import { createConsent } from '@conectamos/consent';
import { ConsentGate, ConsentProvider, useConsent, useGranted } from '@conectamos/consent-react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { testAdapter } from '../helpers/adapter';

function Page() {
  const { state, consent } = useConsent();
  return (
    <main>
      <p>{state.decided ? 'decided' : 'undecided'}</p>
      <p>{useGranted('stripe') ? 'checkout ready' : 'no checkout'}</p>
      <ConsentGate vendor="intercom" fallback={<button type="button">Enable chat</button>}>
        <button type="button" onClick={() => consent.allow('intercom')}>
          Chat
        </button>
      </ConsentGate>
    </main>
  );
}

test('on a server (no window), a module-level store renders the undecided page without throwing', () => {
  expect(typeof window).toBe('undefined');
  const intercom = testAdapter({ id: 'intercom', category: 'functional' });
  const stripe = testAdapter({ id: 'stripe', category: 'necessary', onDemand: true });
  const consent = createConsent({ policyVersion: '2026-11-01', adapters: [intercom, stripe] });
  const html = renderToString(
    <ConsentProvider consent={consent}>
      <Page />
    </ConsentProvider>,
  );
  expect(html).toBe(
    '<main><p>undecided</p><p>checkout ready</p><button type="button">Enable chat</button></main>',
  );
  expect(intercom.load).not.toHaveBeenCalled();
  expect(stripe.load).not.toHaveBeenCalled();
});
