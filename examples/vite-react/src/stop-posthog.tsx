import { useConsent, useGranted } from '@conectamos/consent-react';

/** Switches PostHog off (its own opt-out, its cookies deleted) while Google Analytics keeps running. */
export function StopPostHog() {
  const { consent } = useConsent();
  const running = useGranted('posthog');
  return (
    <button type="button" disabled={!running} onClick={() => consent.optOut('posthog')}>
      {running ? 'Stop PostHog' : 'PostHog is off'}
    </button>
  );
}
