import type { Category } from '@conectamos/consent';
import { useConsent, useGranted } from '@conectamos/consent-react';
import { act } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { makeWindow } from '../helpers/window';
import { change, pageConsent, render, renderError } from './render';

function Status() {
  const { state, consent } = useConsent();
  return (
    <div>
      <output>{state.decided ? `decided: analytics ${state.categories.analytics}` : 'undecided'}</output>
      <button type="button" onClick={() => consent.acceptAll()}>
        Accept
      </button>
    </div>
  );
}

function Granted({ name, onRender }: { name: Category | string; onRender?: () => void }) {
  onRender?.();
  return <output>{useGranted(name) ? 'on' : 'off'}</output>;
}

describe('useConsent', () => {
  test('re-renders on every change: a call, the component’s own button, a withdrawal', () => {
    const consent = pageConsent();
    const view = render(consent, <Status />);
    expect(view.querySelector('output')!.textContent).toBe('undecided');
    change(() => consent.rejectAll());
    expect(view.querySelector('output')!.textContent).toBe('decided: analytics false');
    act(() => view.querySelector('button')!.click());
    expect(view.querySelector('output')!.textContent).toBe('decided: analytics true');
    change(() => consent.reset());
    expect(view.querySelector('output')!.textContent).toBe('undecided');
  });

  test('a decision made in another tab re-renders the page', () => {
    const win = makeWindow();
    const consent = pageConsent(win);
    const view = render(consent, <Status />);
    // The other tab's instance writes the shared storage; this tab's window then hears of it.
    pageConsent(win).acceptAll();
    change(() => win.dispatchEvent(new win.StorageEvent('storage', { key: consent.storageKey })));
    expect(view.querySelector('output')!.textContent).toBe('decided: analytics true');
  });

  test('outside a provider it says which provider is missing', () => {
    expect(renderError(<Status />)).toEqual(
      new Error('useConsent: no <ConsentProvider consent={consent}> above this component'),
    );
  });
});

describe('useGranted', () => {
  test('per category: follows the decision for each category', () => {
    const consent = pageConsent();
    const view = render(
      consent,
      (['necessary', 'functional', 'analytics', 'marketing'] as const).map((name) => (
        <Granted key={name} name={name} />
      )),
    );
    const answers = () => [...view.querySelectorAll('output')].map((o) => o.textContent);
    expect(answers()).toEqual(['on', 'off', 'off', 'off']);
    change(() => consent.set({ analytics: true }));
    expect(answers()).toEqual(['on', 'off', 'on', 'off']);
    change(() => consent.acceptAll());
    expect(answers()).toEqual(['on', 'on', 'on', 'on']);
    change(() => consent.deny('functional'));
    expect(answers()).toEqual(['on', 'off', 'on', 'on']);
  });

  test('per vendor: its category, its own opt-out, and a necessary vendor before any decision', () => {
    const consent = pageConsent();
    const view = render(
      consent,
      ['posthog', 'intercom', 'crisp', 'stripe'].map((name) => <Granted key={name} name={name} />),
    );
    const answers = () => [...view.querySelectorAll('output')].map((o) => o.textContent);
    expect(answers()).toEqual(['off', 'off', 'off', 'on']);
    change(() => consent.allow('intercom'));
    expect(answers()).toEqual(['off', 'on', 'off', 'on']);
    change(() => consent.grant('analytics'));
    expect(answers()).toEqual(['on', 'on', 'off', 'on']);
    change(() => consent.optOut('posthog'));
    expect(answers()).toEqual(['off', 'on', 'off', 'on']);
  });

  test('re-renders only when its answer changes, not on every change of the store', () => {
    const consent = pageConsent();
    const renders = vi.fn();
    render(consent, <Granted name="analytics" onRender={renders} />);
    const before = renders.mock.calls.length;
    change(() => consent.grant('functional'));
    change(() => consent.optOut('intercom'));
    expect(renders.mock.calls.length).toBe(before);
    change(() => consent.grant('analytics'));
    expect(renders.mock.calls.length).toBe(before + 1);
  });

  test('an id no adapter has fails with the known ids, as consent.isGranted does', () => {
    const error = renderError(<Granted name="post-hog" />, pageConsent());
    expect(String(error)).toMatch(
      /no adapter has the id "post-hog" \(known: posthog, intercom, crisp, stripe\)/,
    );
  });
});
