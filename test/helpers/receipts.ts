import { createHash } from 'node:crypto';
import type { ConsentReceipt } from '@conectamos/consent-server';
import { expect, vi } from 'vitest';
import { settle, type TestWindow } from './window';

/** How the stubbed network of a test window answers: the beacon, then the fetch fallback. */
export interface NetworkBehaviour {
  /** What `sendBeacon` returns; `'missing'` removes it, as in browsers without it. Default true. */
  beacon?: boolean | 'missing';
  /** The fallback's answer: an HTTP status, or `'reject'` for a network error. Default 201. */
  fetch?: number | 'reject';
}

/** The receipts a window handed to the network, parsed, and how each went. */
export interface ReceiptNetwork {
  /** Every receipt handed to the network (a beacon accepted, or a fetch made, whatever it answered), in order. */
  posted: ConsentReceipt[];
  /** Every beacon call, accepted or not: URL and body, as given. */
  beacons: { url: string; body: unknown }[];
  /** Every fetch call: URL and options, as given. */
  fetches: { url: string; init: RequestInit }[];
  /** Changes how the network answers from now on. */
  behave(behaviour: NetworkBehaviour): void;
}

/**
 * Stubs `navigator.sendBeacon` and `fetch` on a test window, so nothing reaches the network and every
 * receipt is recorded.
 */
export function stubNetwork(win: TestWindow, initial: NetworkBehaviour = {}): ReceiptNetwork {
  let behaviour = initial;
  const network: ReceiptNetwork = {
    posted: [],
    beacons: [],
    fetches: [],
    behave: (next) => {
      behaviour = next;
      install();
    },
  };
  const install = () => {
    const beacon = (url: string, body: unknown): boolean => {
      network.beacons.push({ url, body });
      const accepted = behaviour.beacon ?? true;
      if (accepted) network.posted.push(JSON.parse(body as string));
      return accepted === true;
    };
    Object.defineProperty(win.navigator, 'sendBeacon', {
      configurable: true,
      value: behaviour.beacon === 'missing' ? undefined : vi.fn(beacon),
    });
    Object.defineProperty(win, 'fetch', {
      configurable: true,
      value: vi.fn(async (url: string, init: RequestInit) => {
        network.fetches.push({ url, init });
        network.posted.push(JSON.parse(init.body as string));
        const answer = behaviour.fetch ?? 201;
        if (answer === 'reject') throw new TypeError('Failed to fetch');
        return new Response(null, { status: answer });
      }),
    });
  };
  install();
  return network;
}

/** Waits until `count` receipts were handed over, then a little longer, and checks no more came. */
export async function receiptsPosted(network: ReceiptNetwork, count: number): Promise<ConsentReceipt[]> {
  await vi.waitFor(() => expect(network.posted.length).toBeGreaterThanOrEqual(count));
  await settle();
  await settle();
  expect(network.posted).toHaveLength(count);
  return network.posted;
}

/** SHA-256 in lower-case hex, computed apart from the SDK (Node's crypto). */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A lower-case version 4 UUID, as the receipt server takes it. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Where receipts wait in the browser when they could not be sent. */
export const QUEUE_KEY = 'cookie_consent_receipts';
