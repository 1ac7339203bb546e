// @vitest-environment node
import { connect } from 'node:net';
import { join } from 'node:path';
import { createReceiptHandler, postgresStore, sqliteStore } from '@conectamos/consent-server';
import { afterAll, describe, expect, test } from 'vitest';
import { post, receipt, send, serve, tempDir } from './helpers';

const dir = tempDir('endpoint');
const store = sqliteStore({ file: join(dir, 'receipts.sqlite') });
afterAll(() => store.close());
const origin = await serve(
  createReceiptHandler({ store, allowedOrigins: ['https://www.conectamos.org'], bodyTimeoutMs: 300 }),
);
const url = `${origin}/consent/receipts`;
const host = new URL(origin).host;

describe('POST a receipt', () => {
  test('201 with its id, and GET answers with the receipt and the server time it arrived', async () => {
    const sent = receipt();
    const before = Date.now();
    const answer = await post(url, sent);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: sent.id });
    expect(answer.headers.location).toBe(`/consent/receipts/${sent.id}`);

    const got = await send(`${url}/${sent.id}`);
    expect(got.status).toBe(200);
    const { receivedAt, ...rest } = got.json as { receivedAt: string };
    expect(rest).toEqual(sent);
    expect(Date.parse(receivedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(receivedAt)).toBeLessThanOrEqual(Date.now());
  });

  test('as application/json too (fetch keepalive)', async () => {
    const sent = receipt();
    const answer = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sent),
    });
    expect(answer.status).toBe(201);
  });

  test('the same receipt again is 200 (a browser retrying), and stored once', async () => {
    const sent = receipt();
    expect((await post(url, sent)).status).toBe(201);
    const again = await post(url, sent);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id: sent.id });
  });

  test('the same id with other content is 409, and the first receipt stays as it was', async () => {
    const sent = receipt();
    await post(url, sent);
    const other = await post(url, { ...sent, categories: { ...sent.categories, marketing: true } });
    expect(other.status).toBe(409);
    expect(other.json).toEqual({ error: `a different receipt is already stored as ${sent.id}` });
    expect(((await send(`${url}/${sent.id}`)).json as typeof sent).categories.marketing).toBe(false);
  });

  test('a receipt that is not valid is 400 with the field named, and nothing is stored', async () => {
    const sent = receipt({ path: '/checkout?email=ana@example.org' });
    const answer = await post(url, sent);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: 'path: must not hold a query string or fragment (they may hold personal data)',
    });
    expect((await send(`${url}/${sent.id}`)).status).toBe(404);
  });

  test('what the request carries besides the receipt is not stored: no IP, no user agent, no cookie', async () => {
    const sent = receipt();
    await post(url, sent, {
      'user-agent': 'Mozilla/5.0 (Secret)',
      cookie: 'session=abc',
      'x-forwarded-for': '203.0.113.7',
    });
    const { text } = await send(`${url}/${sent.id}`);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual([...Object.keys(sent), 'receivedAt'].sort());
    expect(text).not.toMatch(/Mozilla|session|203\.0\.113/);
  });

  test('other media types are 415', async () => {
    const answer = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(answer.status).toBe(415);
  });

  test('other methods are 405 and say which are allowed', async () => {
    const answer = await send(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST, OPTIONS');
    expect((await send(url)).status).toBe(405);
    expect((await send(`${url}/${receipt().id}`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('GET a receipt by consent ID', () => {
  test('404 for an id never stored, 400 for something that is not a consent ID', async () => {
    expect((await send(`${url}/${receipt().id}`)).status).toBe(404);
    const bad = await send(`${url}/not-an-id`);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ error: 'a consent ID is a lower-case version 4 UUID' });
  });

  test('paths outside the base are 404 when there is no next handler', async () => {
    expect((await send(`${origin}/elsewhere`)).status).toBe(404);
    expect((await send(`${url}/${receipt().id}/more`)).status).toBe(404);
  });
});

describe('origins', () => {
  test('a page on the same host may post', async () => {
    const answer = await post(url, receipt(), { origin: `https://${host}` });
    expect(answer.status).toBe(201);
  });

  test('an allowed origin may post, and gets the CORS headers a beacon needs', async () => {
    const answer = await post(url, receipt(), { origin: 'https://www.conectamos.org' });
    expect(answer.status).toBe(201);
    expect(answer.headers['access-control-allow-origin']).toBe('https://www.conectamos.org');
    expect(answer.headers['access-control-allow-credentials']).toBe('true');
  });

  test('any other origin is 403 and nothing is stored', async () => {
    const sent = receipt();
    for (const other of [
      'https://evil.example',
      'null',
      'https://conectamos.org',
      'http://www.conectamos.org',
    ]) {
      const answer = await post(url, sent, { origin: other });
      expect(answer.status, other).toBe(403);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect((await send(`${url}/${sent.id}`)).status).toBe(404);
  });

  test('a CORS preflight from an allowed origin is answered; from another it is refused', async () => {
    const preflight = (from: string) =>
      send(url, {
        method: 'OPTIONS',
        headers: {
          origin: from,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://www.conectamos.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.conectamos.org');
    expect(allowed.headers['access-control-allow-methods']).toContain('POST');
    expect(allowed.headers['access-control-allow-headers']).toBe('Content-Type');
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('a bad allowedOrigins entry is a clear error when the handler is created', () => {
    expect(() => createReceiptHandler({ store, allowedOrigins: ['www.conectamos.org'] })).toThrow(
      'allowedOrigins: "www.conectamos.org" is not an origin like https://www.conectamos.org',
    );
    expect(() =>
      createReceiptHandler({ store, allowedOrigins: ['https://www.conectamos.org/consent'] }),
    ).toThrow(/is not an origin/);
  });
});

describe('hostile input is answered with 4xx and the server keeps serving', () => {
  const raw = (body: string | Buffer, headers: Record<string, string | number> = {}) =>
    send(url, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body });

  test('a body over the limit is 413, whether it says so up front or not', async () => {
    expect((await raw('x'.repeat(5000))).status).toBe(413);
    const chunked = await raw(JSON.stringify({ ...receipt(), path: `/${'a'.repeat(5000)}` }), {
      'transfer-encoding': 'chunked',
    });
    expect(chunked.status).toBe(413);
    expect((await post(url, receipt())).status).toBe(201);
  });

  test('a huge body is refused without reading it all', async () => {
    const answer = await raw(Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(answer.status).toBe(413);
    expect((await post(url, receipt())).status).toBe(201);
  });

  test('invalid UTF-8 is 400', async () => {
    const answer = await raw(
      Buffer.concat([Buffer.from('{"id":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'the body is not valid UTF-8' });
  });

  test('JSON that is broken, deeply nested or not an object is 400', async () => {
    expect((await raw('{"id":')).json).toEqual({ error: 'the body is not valid JSON' });
    expect((await raw('['.repeat(2000) + ']'.repeat(2000))).json).toEqual({
      error: 'the receipt must be a JSON object',
    });
    expect((await raw(`{"a":${'{"a":'.repeat(600)}1${'}'.repeat(601)}`)).json).toEqual({
      error: 'a: is not a receipt field',
    });
    expect((await raw('')).status).toBe(400);
  });

  test('prototype keys are 400 and pollute nothing', async () => {
    const body = JSON.stringify(receipt()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const answer = await raw(body);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: '__proto__: is not a receipt field' });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test('a body that trickles in too slowly is 408', async () => {
    const { port } = new URL(origin);
    const socket = connect(Number(port), '127.0.0.1');
    socket.write(
      `POST /consent/receipts HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\n{"id":`,
    );
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect((await post(url, receipt())).status).toBe(201);
  });
});

describe('a store that fails', () => {
  test('503 and no receipt claimed; GET is 503 too', async () => {
    // A real PostgreSQL client pointed at a port where nothing listens.
    const down = postgresStore({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    const errors: unknown[] = [];
    const base = await serve(
      createReceiptHandler({ store: down, onStoreError: (error) => errors.push(error) }),
    );
    const sent = receipt();
    const answer = await post(`${base}/consent/receipts`, sent);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(answer.json).not.toHaveProperty('id');
    expect((await send(`${base}/consent/receipts/${sent.id}`)).status).toBe(503);
    expect(errors).toHaveLength(2);
    await down.close();
  });

  test('a closed SQLite store is 503 as well', async () => {
    const closed = sqliteStore({ file: join(dir, 'closed.sqlite') });
    await closed.close();
    const base = await serve(createReceiptHandler({ store: closed, onStoreError: () => {} }));
    expect((await post(`${base}/consent/receipts`, receipt())).status).toBe(503);
  });
});
