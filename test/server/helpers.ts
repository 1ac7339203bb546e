/** Shared by the receipt server tests: receipts, a raw HTTP client, servers on port 0, temp dirs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsentReceipt, StoredReceipt } from '@conectamos/consent-server';
import { afterAll } from 'vitest';
import { receipt } from './receipt-fixture';

export { receipt };

/** A receipt as a store keeps it, received at `receivedAt`. */
export const stored = (
  receivedAt: string | Date,
  overrides: Partial<ConsentReceipt> = {},
): StoredReceipt => ({
  ...receipt(overrides),
  receivedAt: typeof receivedAt === 'string' ? receivedAt : receivedAt.toISOString(),
});

/** What the server answered. `json` is the parsed body, when there was one. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
}

/** Options of {@link send}: the body goes out exactly as given (a string, raw bytes, or chunks over time). */
export interface SendOptions {
  method?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One request with node:http, so tests control every header and byte (fetch would add and refuse some). */
export function send(url: string, { method = 'GET', headers = {}, body }: SendOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {}
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs a receipt (or any value) as sendBeacon does: a text/plain string. */
export const post = (url: string, value: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
  send(url, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: JSON.stringify(value),
  });

/** Listens on a free loopback port; closed after the file's tests. Resolves to `http://127.0.0.1:<port>`. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A node:http server that serves `handler` alone. */
export const serve = (handler: Parameters<typeof createServer>[1]): Promise<string> =>
  listen(createServer(handler));

/** A fresh temp directory, removed after the file's tests: call it at the top of the file, not in a test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `consent-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
