import type { Consent } from '@conectamos/consent';
import { ConsentGate, ConsentProvider, useConsent, useGranted } from '@conectamos/consent-react';
import { act, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { makeWindow } from '../helpers/window';
import { pageConsent } from './render';

function Page() {
  const { state } = useConsent();
  const analytics = useGranted('analytics');
  return (
    <main>
      <p id="status">{state.decided ? 'decided' : 'undecided'}</p>
      <p id="analytics">{analytics ? 'analytics on' : 'analytics off'}</p>
      <ConsentGate vendor="intercom" fallback={<button type="button">Enable chat</button>}>
        <button type="button">Chat</button>
      </ConsentGate>
    </main>
  );
}

const app = (consent: Consent, page = <Page />) => (
  <ConsentProvider consent={consent}>{page}</ConsentProvider>
);

/** A returning visitor: analytics and chat accepted in an earlier visit, found in this page's storage. */
function returningVisitor(): Consent {
  const win = makeWindow();
  pageConsent(win).set({ analytics: true, functional: true });
  const consent = pageConsent(win);
  expect(consent.state).toMatchObject({ decided: true, source: 'stored' });
  return consent;
}

afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * Hydrates `html` in a fresh container and returns it with every hydration problem React reported, as
 * recoverable errors (a mismatch: React 19's error #418 in production) or console errors.
 */
function hydrate(html: string, ui: ReactNode) {
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = html;
  const problems: string[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation((...args) => problems.push(args.join(' ')));
  const root = hydrateRoot(container, ui, {
    onRecoverableError: (error) => problems.push(String(error)),
  });
  return {
    container,
    problems,
    done: () => {
      act(() => root.unmount());
      errors.mockRestore();
    },
  };
}

test('the server render shows the undecided state, even for a store that has a decision', () => {
  const html = renderToString(app(returningVisitor()));
  expect(html).toContain('<p id="status">undecided</p>');
  expect(html).toContain('analytics off');
  expect(html).toContain('Enable chat');
  expect(html).not.toContain('>Chat<');
});

test('hydrating that HTML with a decided store: no hydration error, then the decided state', async () => {
  const consent = returningVisitor();
  const html = renderToString(app(consent));
  const page = hydrate(html, app(consent));
  await act(async () => {});
  expect(page.problems).toEqual([]);
  expect(page.container.querySelector('#status')!.textContent).toBe('decided');
  expect(page.container.querySelector('#analytics')!.textContent).toBe('analytics on');
  expect(page.container.querySelector('main button')!.textContent).toBe('Chat');
  page.done();
});

/** What the hooks avoid: reading the live state in render, which differs between server and browser. */
function Naive() {
  const { consent } = useConsent();
  return <p>{consent.state.decided ? 'decided' : 'undecided'}</p>;
}

test('the check above can fail: a component reading the live state in render does mismatch', async () => {
  // The server's instance: the same vendors and no decision, since the visitor's storage is not there.
  const server = pageConsent(makeWindow());
  const page = hydrate(renderToString(app(server, <Naive />)), app(returningVisitor(), <Naive />));
  await act(async () => {});
  expect(page.problems.join('\n')).toMatch(/hydrat/i);
  page.done();
});
