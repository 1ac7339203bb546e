'use client';

import { ConsentGate, useConsent } from '@conectamos/consent-react';

/** The Intercom launcher once chat is allowed; until then a placeholder that enables chat only. */
export function Chat() {
  const { consent } = useConsent();
  return (
    <ConsentGate
      vendor="intercom"
      fallback={
        <p>
          Chat needs functional cookies.{' '}
          <button type="button" onClick={() => consent.allow('intercom')}>
            Enable chat
          </button>
        </p>
      }
    >
      <p>Chat is on: the Intercom launcher is at the bottom right.</p>
    </ConsentGate>
  );
}
