import { ConsentGate, useConsent } from '@conectamos/consent-react';

/** The Intercom launcher, or a placeholder whose button enables chat, and only chat. */
export function Chat() {
  const { consent } = useConsent();
  return (
    <ConsentGate
      vendor="intercom"
      fallback={
        <p className="chat-placeholder">
          Chat needs functional cookies.{' '}
          {/* allow: Intercom only; the other functional vendors stay off, analytics is untouched. */}
          <button type="button" onClick={() => consent.allow('intercom')}>
            Enable chat
          </button>
        </p>
      }
    >
      <p className="chat-ready">Chat is on: the Intercom launcher is at the bottom right.</p>
    </ConsentGate>
  );
}
