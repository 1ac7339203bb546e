// @vitest-environment node
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createReceiptHandler, sqliteStore } from '@conectamos/consent-server';
import express from 'express';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { listen, post, receipt, send, tempDir } from './helpers';

const store = sqliteStore({ file: join(tempDir('frameworks'), 'receipts.sqlite') });
afterAll(() => store.close());
const receipts = createReceiptHandler({ store });

describe('Express', () => {
  const app = express();
  app.use(receipts);
  app.use(express.json());
  app.get('/pricing', (_req, res) => {
    res.send('pricing page');
  });
  app.post('/api/echo', (req, res) => {
    res.json(req.body);
  });
  const origin = listen(createServer(app));

  test('as middleware: receipts are stored and answered for', async () => {
    const base = `${await origin}/consent/receipts`;
    const sent = receipt();
    expect((await post(base, sent)).status).toBe(201);
    expect((await post(base, sent)).status).toBe(200);
    const got = await send(`${base}/${sent.id}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject(sent);
  });

  test("the app's own routes and body parser still work: requests outside the base go to next()", async () => {
    expect((await send(`${await origin}/pricing`)).text).toBe('pricing page');
    const echo = await send(`${await origin}/api/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"plan":"pro"}',
    });
    expect(echo.json).toEqual({ plan: 'pro' });
    expect((await send(`${await origin}/nowhere`)).status).toBe(404);
  });

  test('mounted under a path, the base is still the full path', async () => {
    const nested = express();
    nested.use('/consent', receipts);
    const base = `${await listen(createServer(nested))}/consent/receipts`;
    expect((await post(base, receipt())).status).toBe(201);
  });

  test('mounted after a body parser that read the body: a 500 that says how to fix it', async () => {
    const wrong = express();
    wrong.use(express.json());
    wrong.use(receipts);
    const base = `${await listen(createServer(wrong))}/consent/receipts`;
    const answer = await send(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(receipt()),
    });
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({
      error: 'the request body was read before the receipt handler: mount it before any body parser',
    });
  });
});

/** Receipts are stored and answered for, and the app's own route still answers. */
async function expectReceiptsBesideRoutes(app: FastifyInstance) {
  app.get('/pricing', async () => 'pricing page');
  await app.ready();
  const origin = await listen(app.server);
  const sent = receipt();
  expect((await post(`${origin}/consent/receipts`, sent)).status).toBe(201);
  expect((await send(`${origin}/consent/receipts/${sent.id}`)).json).toMatchObject(sent);
  expect((await send(`${origin}/pricing`)).text).toBe('pricing page');
}

describe('Fastify', () => {
  test('in front of Fastify through serverFactory: receipts here, everything else to Fastify', async () => {
    const app = Fastify({
      serverFactory: (fastify) => createServer((req, res) => receipts(req, res, () => fastify(req, res))),
    });
    await expectReceiptsBesideRoutes(app);
  });

  test('or from an onRequest hook, before Fastify reads the body', async () => {
    const app = Fastify();
    app.addHook('onRequest', (request, reply, done) => {
      if (!request.url.startsWith('/consent/receipts')) return done();
      reply.hijack();
      receipts(request.raw, reply.raw);
    });
    await expectReceiptsBesideRoutes(app);
  });
});
