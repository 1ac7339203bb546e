import { manifest, posthog } from '@conectamos/consent-posthog';
import { expect } from 'vitest';
import type { ContractRow } from '../contract';

const KEY = 'phc_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1v';
const queue = (win: object) => [...((win as { posthog?: unknown[] }).posthog ?? [])];

export const row: ContractRow = {
  id: 'posthog',
  category: 'analytics',
  factory: posthog,
  manifest,
  options: { apiKey: KEY },
  script: 'https://eu-assets.i.posthog.com/static/array.js',
  globals: ['posthog'],
  surfaces: ['site', 'platform'],
  earlyCall(consent, win) {
    consent.track('signup_completed', { plan: 'pro' });
    return () =>
      expect(queue(win)).toEqual([['opt_in_capturing'], ['capture', 'signup_completed', { plan: 'pro' }]]);
  },
  // PostHog writes its cookie on the registrable domain (cross_subdomain_cookie), plus a metadata sidecar.
  cookies: [
    `ph_${KEY}_posthog=%7B%22distinct_id%22%3A%22x%22%7D; domain=conectamos.org`,
    `ph_${KEY}_posthog_cpm=%7B%7D; domain=conectamos.org`,
    `ph_${KEY}_posthog=%7B%7D`,
  ],
  // The opt-in/out flag is the opt-out itself: deleting it would make PostHog capture again.
  storage: { delete: [`ph_${KEY}_posthog`, `ph_${KEY}_posthog__flags`], keep: [`__ph_opt_in_out_${KEY}`] },
  expectOptedOut: (win) => expect(queue(win).at(-1)).toEqual(['opt_out_capturing']),
  badOptions: [
    [{ apiKey: 'phc_short' }, /posthog: apiKey must look like "phc_".*got "phc_short"/],
    [
      { apiKey: `phx_${KEY.slice(4)}` },
      /posthog: apiKey must be a project API key "phc_…", got a personal API key "phx_…" \(secret/,
    ],
    [{ apiKey: KEY, region: 'de' }, /posthog: region must be "eu" or "us", got "de"/],
  ],
  // A campaign's send becomes the captured event's properties.
  campaigns: { good: [{}, { plan: 'pro', seats: 3 }], bad: [{ tags: ['a'] }, { plan: null }] },
};
