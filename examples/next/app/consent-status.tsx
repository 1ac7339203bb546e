'use client';

import { useConsent } from '@conectamos/consent-react';

/**
 * The visitor's choice. The server renders "not chosen yet" (it cannot know), the hydration render agrees,
 * and a returning visitor's stored choice shows right after hydration: no mismatch.
 */
export function ConsentStatus() {
  const { state } = useConsent();
  return (
    <p id="consent-status">
      {state.decided
        ? `Your choice: analytics ${state.categories.analytics ? 'on' : 'off'}, functional ${state.categories.functional ? 'on' : 'off'}.`
        : 'You have not chosen yet: nothing optional has loaded.'}
    </p>
  );
}
