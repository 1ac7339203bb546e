import { ConsentGate, useConsent } from '@conectamos/consent-react';

export function Home() {
  const { state } = useConsent();
  return (
    <>
      <h1>Conectamos</h1>
      <p id="consent-status">
        {state.decided
          ? `Your choice: analytics ${state.categories.analytics ? 'on' : 'off'}, functional ${state.categories.functional ? 'on' : 'off'}.`
          : 'You have not chosen yet: nothing optional has loaded.'}
      </p>
      <ConsentGate vendor="youtube" fallback={<p>The product video needs functional cookies.</p>}>
        <p>The product video player loads here.</p>
      </ConsentGate>
    </>
  );
}
