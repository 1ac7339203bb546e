import { intercom, manifest } from '@conectamos/consent-intercom';
import { expect } from 'vitest';
import type { ContractRow } from '../contract';

type IntercomWindow = { Intercom: ((...args: unknown[]) => void) & { q: IArguments[] } };
const queued = (win: object) => (win as IntercomWindow).Intercom.q.map((args) => [...args]);

export const row: ContractRow = {
  id: 'intercom',
  category: 'functional',
  factory: intercom,
  manifest,
  options: { appId: 'abc12345', region: 'eu' },
  script: 'https://widget.intercom.io/widget/abc12345',
  globals: ['Intercom', 'intercomSettings'],
  surfaces: ['site', 'platform'],
  earlyCall(consent, win) {
    consent.page('/pricing');
    consent.track('signup_completed', { plan: 'pro' });
    return () =>
      expect(queued(win)).toEqual([['update'], ['trackEvent', 'signup_completed', { plan: 'pro' }]]);
  },
  cookies: [
    'intercom-id-abc12345=visitor; domain=conectamos.org',
    'intercom-session-abc12345=session; domain=conectamos.org',
    'intercom-device-id-abc12345=device',
    'intercom-referrer-host-abc12345=x',
  ],
  storage: {
    delete: ['intercom.intercom-state-abc12345', 'intercom.intercom-state'],
    keep: ['lang', 'my-intercom-notes'],
  },
  expectOptedOut(win) {
    expect(queued(win).at(-1)).toEqual(['shutdown']);
  },
  badOptions: [
    [{ appId: 'ABC12345' }, /intercom: appId must .*"abc12345", got "ABC12345"/],
    [{ appId: 'abc/1234' }, /intercom: appId must .*, got "abc\/1234"/],
    [{ appId: 'eu', region: 'eu' }, /intercom: appId must .*, got "eu"/],
    [{ appId: 12345678 }, /intercom: appId must .*, got 12345678/],
    [
      { appId: 'abc12345', region: 'de' },
      /intercom: region must be "us", "eu" or "au" \(or "ap", the same as "au"\), got "de"/,
    ],
  ],
  // A campaign's send becomes the event's metadata: text, numbers and true/false.
  campaigns: {
    good: [{}, { plan: 'pro', seats: 3, trial: false }],
    bad: [{ tags: ['a'] }, { user: { email: 'a@b.c' } }, { plan: null }],
  },
};
