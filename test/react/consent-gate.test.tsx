import type { Consent } from '@conectamos/consent';
import { ConsentGate, useConsent } from '@conectamos/consent-react';
import { act } from 'react';
import { describe, expect, test } from 'vitest';
import { change, pageConsent, render } from './render';

function ChatPlaceholder() {
  const { consent } = useConsent();
  return (
    <p>
      Chat needs functional cookies.{' '}
      <button type="button" onClick={() => consent.allow('intercom')}>
        Enable chat
      </button>
    </p>
  );
}

const chat = (consent: Consent) =>
  render(
    consent,
    <ConsentGate vendor="intercom" fallback={<ChatPlaceholder />}>
      <button type="button">Chat with us</button>
    </ConsentGate>,
  );

describe('ConsentGate', () => {
  test('by vendor: the fallback until the vendor may run, then the children, and back on withdrawal', () => {
    const consent = pageConsent();
    const view = chat(consent);
    expect(view.textContent).toBe('Chat needs functional cookies. Enable chat');
    change(() => consent.grant('functional'));
    expect(view.textContent).toBe('Chat with us');
    change(() => consent.optOut('intercom'));
    expect(view.textContent).toBe('Chat needs functional cookies. Enable chat');
  });

  test('the placeholder’s "Enable chat" enables chat and nothing else', () => {
    const consent = pageConsent();
    const view = chat(consent);
    act(() => view.querySelector('button')!.click());
    expect(view.textContent).toBe('Chat with us');
    expect(consent.isGranted('intercom')).toBe(true);
    // Its category had to be granted, but the category's other vendor stays off, and analytics too.
    expect(consent.isGranted('crisp')).toBe(false);
    expect(consent.isGranted('posthog')).toBe(false);
    expect(consent.state.categories).toMatchObject({ analytics: false, marketing: false });
  });

  test('by category, with no fallback: nothing until granted', () => {
    const consent = pageConsent();
    const view = render(
      consent,
      <ConsentGate category="analytics">
        <span>Charts</span>
      </ConsentGate>,
    );
    expect(view.innerHTML).toBe('');
    change(() => consent.grant('analytics'));
    expect(view.innerHTML).toBe('<span>Charts</span>');
    change(() => consent.rejectAll());
    expect(view.innerHTML).toBe('');
  });

  test('a strictly necessary vendor passes before any decision', () => {
    const consent = pageConsent();
    const view = render(
      consent,
      <ConsentGate vendor="stripe" fallback="no checkout">
        checkout
      </ConsentGate>,
    );
    expect(consent.state.decided).toBe(false);
    expect(view.textContent).toBe('checkout');
  });
});
