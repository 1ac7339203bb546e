/**
 * A decision made in the banner or the dialog tells its receipt which button it was, in which language,
 * and the SHA-256 of every text the banner or dialog showed at that moment; the UI never waits for it.
 */
import { describe, expect, test, vi } from 'vitest';
import { receiptsPosted, sha256, stubNetwork } from '../helpers/receipts';
import { makeWindow } from '../helpers/window';
import { mount } from './fixture';

/** The UI over an instance that sends receipts, in a window whose network is stubbed. */
function mountWithReceipts(lang: 'es' | 'en' = 'en') {
  const win = makeWindow();
  const network = stubNetwork(win);
  return {
    network,
    ...mount({ win, options: { lang }, record: { receipts: { endpoint: '/consent/receipts' } } }),
  };
}

describe('a decision in the banner', () => {
  test('"Accept all": the receipt says accept-all, the language, and the hash of the banner’s texts', async () => {
    const { network, consent, banner, button } = mountWithReceipts();
    const shown = banner.textContent!;
    expect(shown).toContain('We use cookies');
    expect(shown).toContain('Accept all');
    button('Accept all').click();
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toMatchObject({
      id: consent.id,
      action: 'accept-all',
      lang: 'en',
      uiText: sha256(shown),
    });
  });

  test('"Only necessary", in Spanish: reject-all, es, the Spanish texts', async () => {
    const { network, banner, button } = mountWithReceipts('es');
    const shown = banner.textContent!;
    expect(shown).toContain('Solo necesarias');
    button('Solo necesarias').click();
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toMatchObject({
      action: 'reject-all',
      lang: 'es',
      uiText: sha256(shown),
      categories: { functional: false, analytics: false, marketing: false },
    });
  });

  test('hides at once: the banner does not wait for the hash or the network', () => {
    const { network, banner, button } = mountWithReceipts();
    button('Accept all').click();
    expect(banner.hidden).toBe(true);
    expect(network.beacons).toEqual([]);
  });

  test('passes its context with the one update it makes, receipts on or off', () => {
    const { consent, banner, button } = mount();
    const update = vi.spyOn(consent, 'update');
    const shown = banner.textContent;
    button('Accept all').click();
    expect(update).toHaveBeenCalledOnce();
    expect(update.mock.calls[0]![1]).toEqual({ action: 'accept-all', lang: 'en', text: shown });
  });
});

describe('a decision in the dialog', () => {
  test.each([
    ['Save choices', 'custom'],
    ['Reject all', 'reject-all'],
    ['Accept all', 'accept-all'],
  ])('"%s": the receipt says %s, with the hash of the dialog’s texts', async (label, action) => {
    const { network, dialog, button } = mountWithReceipts();
    button('Preferences').click();
    const shown = dialog().textContent!;
    expect(shown).toContain('Google Analytics');
    button(label).click();
    expect(dialog().open).toBe(false);
    const [receipt] = await receiptsPosted(network, 1);
    expect(receipt).toMatchObject({ action, lang: 'en', uiText: sha256(shown) });
  });

  test('the hash is of what was shown: another set of vendors is another hash', async () => {
    const first = mountWithReceipts();
    first.button('Preferences').click();
    const before = first.dialog().textContent!;
    first.button('Save choices').click();
    const [receipt] = await receiptsPosted(first.network, 1);
    // The same dialog, reopened after one switch changed: the texts are the same, so is the hash.
    first.button('Preferences').click();
    expect(first.dialog().textContent).toBe(before);
    first.consent.register({
      id: 'extra',
      vendor: 'Extra Vendor',
      category: 'analytics',
      cookies: [],
      load: () => {},
    });
    first.button('Save choices').click();
    first.button('Preferences').click();
    expect(first.dialog().textContent).toContain('Extra Vendor');
    first.button('Save choices').click();
    const [, same, other] = await receiptsPosted(first.network, 3);
    expect(same!.uiText).toBe(receipt!.uiText);
    expect(other!.uiText).not.toBe(receipt!.uiText);
    expect(other!.uiText).toBe(sha256(first.dialog().textContent!));
  });
});
