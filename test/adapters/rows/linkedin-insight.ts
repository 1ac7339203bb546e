import { linkedinInsight, manifest } from '@conectamos/consent-linkedin-insight';
import { expect } from 'vitest';
import type { ContractRow } from '../contract';

type Lintrk = ((...args: unknown[]) => void) & { q?: unknown[][] };
const lintrkOf = (win: object) => (win as { lintrk?: Lintrk }).lintrk;

export const row: ContractRow = {
  id: 'linkedin-insight',
  category: 'marketing',
  factory: linkedinInsight,
  manifest,
  options: { partnerId: '1234567', conversions: { signup_completed: 11563522, demo: '987654' } },
  script: 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
  globals: ['_linkedin_partner_id', '_linkedin_data_partner_ids', 'lintrk'],
  surfaces: ['site'],
  earlyCall(consent, win) {
    consent.track('webinar_registered', { conversionId: 987654 });
    return () =>
      expect(lintrkOf(win)?.q).toEqual([
        ['track', undefined],
        ['track', { conversion_id: 987654 }],
      ]);
  },
  // The Insight Tag writes li_fat_id on the registrable domain, as high as the browser allows.
  cookies: ['li_fat_id=a1b2c3; domain=conectamos.org', 'li_fat_id=a1b2c3'],
  // LinkedIn has no opt-out call: the adapter drops what was queued and silences lintrk.
  expectOptedOut(win) {
    const lintrk = lintrkOf(win);
    expect(lintrk).toBeTypeOf('function');
    expect(lintrk?.q).toBeUndefined();
    lintrk?.('track', { conversion_id: 1 });
    expect(lintrkOf(win)?.q).toBeUndefined();
  },
  badOptions: [
    [{ partnerId: '12' }, /linkedinInsight: partnerId must be 3 to 10 digits.*got "12"/],
    [{ partnerId: 12 }, /linkedinInsight: partnerId must be 3 to 10 digits.*got 12/],
    [{ partnerId: 'abc123' }, /linkedinInsight: partnerId must be 3 to 10 digits.*got "abc123"/],
    [
      { partnerId: '1234567', conversions: { signup: 'x1' } },
      /linkedinInsight: conversions\["signup"\] must be digits.*got "x1"/,
    ],
    [
      { partnerId: '1234567', conversions: { signup: 1.5 } },
      /conversions\["signup"\] must be digits.*got 1.5/,
    ],
    [
      { partnerId: '1234567', conversions: [1] },
      /conversions must be an object of event: conversion id, got \[1\]/,
    ],
  ],
  // A conversion, and nothing else: LinkedIn's own spelling conversion_id is refused, as it would be dropped.
  campaigns: {
    good: [{}, { conversionId: 987654 }],
    bad: [{ conversion_id: 987654 }, { conversionId: '987654' }, { conversionId: 1.5 }, { conversionId: -1 }],
  },
};
