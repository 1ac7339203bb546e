import { cspFor } from '@conectamos/consent';
import { expect, test } from 'vitest';

test('cspFor unites the declared sources per directive, with the nonce, and prints only what is declared', () => {
  const a = {
    csp: {
      scriptSrc: ['https://a.example'],
      connectSrc: ['https://collect.a.example', 'wss://ws.a.example'],
    },
  };
  const b = { csp: { scriptSrc: ['https://a.example', 'https://b.example'], workerSrc: ['blob:'] } };
  expect(cspFor([a, b], { nonce: 'abc123' })).toBe(
    "script-src 'self' 'nonce-abc123' https://a.example https://b.example; " +
      "connect-src 'self' https://collect.a.example wss://ws.a.example; worker-src 'self' blob:",
  );
});

test('with no adapters only script-src is printed, and self can be replaced', () => {
  expect(cspFor([])).toBe("script-src 'self'");
  expect(cspFor([{ csp: { imgSrc: ['data:'] } }], { self: [] })).toBe('script-src; img-src data:');
});
