/**
 * The receipt service as its own process: a node:http server with only the receipt handler on it, and
 * a shutdown that answers the requests in flight before the store closes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiptHandler, type ReceiptHandlerOptions } from './handler';

/** Options of {@link serveReceipts}: the handler's, and where to listen. */
export interface ServeOptions extends ReceiptHandlerOptions {
  /** 0 picks a free port; the URL says which. */
  port: number;
  host: string;
}

/** A receipt server that is listening. */
export interface RunningReceiptServer {
  /** Where receipts are posted, e.g. `http://127.0.0.1:8787/consent/receipts`. */
  url: string;
  /** Stops accepting, lets the requests in flight finish, then closes the store. */
  close(): Promise<void>;
}

/** Opens the store (migrating it), then listens. Fails before listening when the store cannot open. */
export async function serveReceipts(options: ServeOptions): Promise<RunningReceiptServer> {
  await options.store.ready();
  const handler = createReceiptHandler(options);
  const server = createServer((req, res) => handler(req, res));
  // Bounds on what a slow client can hold open, far above what a receipt needs.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const base = (options.base ?? '/consent/receipts').replace(/\/+$/, '');
  return {
    url: `http://${host}:${port}${base}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // A client that keeps its connection open past its answer does not hold the shutdown up for long.
      const force = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(force);
      await options.store.close();
    },
  };
}
