import { createConsent } from '@conectamos/consent';
import { type Campaign, type CampaignHit, campaigns } from '@conectamos/consent-browser';
import { describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow } from '../helpers/window';

const policyVersion = '2026-11-01';

/** An instance with two marketing vendors that take events, running the given campaigns as a plugin. */
function setup(list: Campaign[]) {
  const win = makeWindow({ url: 'https://www.conectamos.org/' });
  const ads = testAdapter({ id: 'ads', category: 'marketing' });
  const linkedin = testAdapter({ id: 'linkedin', category: 'marketing' });
  const hits: CampaignHit[] = [];
  const consent = createConsent({
    policyVersion,
    window: win,
    adapters: [ads, linkedin],
    plugins: [campaigns(list, { window: win, onHit: (hit) => hits.push(hit) })],
  });
  return { win, consent, ads, linkedin, hits };
}

const webinar: Campaign = {
  id: 'webinar',
  adapter: 'linkedin',
  on: { event: 'webinar_registered' },
  send: { conversionId: 987654 },
};
const pricing: Campaign = {
  id: 'pricing-visit',
  adapter: 'ads',
  on: { pageview: '/pricing' },
  send: { label: 'P' },
};

describe('the campaigns plugin', () => {
  test('an event campaign sends its send to its own adapter only, once consent allows it', () => {
    const { consent, ads, linkedin, hits } = setup([webinar]);
    consent.track('webinar_registered');
    expect(linkedin.track).not.toHaveBeenCalled();
    consent.acceptAll();
    consent.track('webinar_registered', { email: 'a@b.c' });
    // The adapter gets the campaign's send, not the page's properties, for the campaign call.
    expect(linkedin.track).toHaveBeenCalledWith('webinar_registered', { conversionId: 987654 });
    expect(ads.track).not.toHaveBeenCalledWith('webinar_registered', { conversionId: 987654 });
    expect(hits).toEqual([{ id: 'webinar', adapter: 'linkedin', event: 'webinar_registered', path: '/' }]);
  });

  test('an opted-out adapter gets nothing, and its campaigns do not fire', () => {
    const { consent, linkedin, hits } = setup([webinar]);
    consent.acceptAll();
    consent.optOut('linkedin');
    consent.track('webinar_registered');
    expect(linkedin.track).not.toHaveBeenCalled();
    expect(hits).toEqual([]);
  });

  test('only between start and end: a date-only end counts its whole day', () => {
    vi.useFakeTimers({ now: new Date('2026-04-30T23:00:00Z'), toFake: ['Date'] });
    try {
      const { consent, hits } = setup([
        { ...webinar, id: 'spring', start: '2026-03-01', end: '2026-04-30' },
        { ...webinar, id: 'old', end: '2026-04-29' },
        { ...webinar, id: 'future', start: '2026-05-01' },
      ]);
      consent.acceptAll();
      consent.track('webinar_registered');
      expect(hits.map((h) => h.id)).toEqual(['spring']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a page-view campaign fires once per matching page view, also for the page open when consent arrives', () => {
    const { win, consent, ads, hits } = setup([pricing]);
    win.history.pushState({}, '', '/pricing');
    consent.page('/pricing');
    expect(hits).toEqual([]);
    consent.acceptAll();
    expect(ads.track).toHaveBeenCalledWith('pricing_visit', { label: 'P' });
    consent.set({ analytics: true });
    consent.page('/pricing?plan=pro');
    consent.page('/about');
    consent.page('/pricing');
    expect(hits.map((h) => h.path)).toEqual(['/pricing', '/pricing', '/pricing']);
  });

  test('an adapter that throws is reported; the other campaigns still fire', () => {
    const win = makeWindow();
    const broken = testAdapter({
      id: 'broken',
      category: 'marketing',
      track: () => {
        throw new Error('vendor down');
      },
    });
    const fine = testAdapter({ id: 'fine', category: 'marketing' });
    const errors: unknown[] = [];
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [broken, fine],
      plugins: [
        campaigns(
          [
            { ...webinar, id: 'a', adapter: 'broken' },
            { ...webinar, id: 'b', adapter: 'fine' },
          ],
          { window: win, onError: (error) => errors.push(error) },
        ),
      ],
    });
    consent.acceptAll();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => consent.track('webinar_registered')).not.toThrow();
    expect(fine.track).toHaveBeenCalledWith('webinar_registered', { conversionId: 987654 });
    expect(String(errors[0])).toMatch(/vendor down/);
  });

  test('destroy() stops the campaigns', () => {
    const { consent, hits } = setup([webinar]);
    consent.acceptAll();
    consent.destroy();
    consent.track('webinar_registered');
    expect(hits).toEqual([]);
  });
});
