/**
 * The receipt endpoint as a plain Node request handler, so it mounts the same way on node:http, Express
 * and Fastify. It reads nothing from the request but its method, path, `Origin`, `Host`, content type
 * and body, and stores nothing but the receipt and the time it arrived.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { checkOrigin, parseAllowedOrigins } from './origin';
import { readJsonBody } from './read-body';
import type { ReceiptStore, StoredReceipt } from './receipt';
import { validateReceipt } from './validate';

/** Options of {@link createReceiptHandler}. */
export interface ReceiptHandlerOptions {
  /** Where receipts are kept: `sqliteStore({ file })` or `postgresStore({ connectionString })`. */
  store: ReceiptStore;
  /** The path receipts are posted to; `GET <base>/<id>` answers for one. Default `/consent/receipts`. */
  base?: string;
  /** Origins besides the request's own host whose pages may post, e.g. `['https://www.conectamos.org']`. */
  allowedOrigins?: readonly string[];
  /** The largest body accepted, in bytes. Default 4096; a receipt is well under 1 KB. */
  maxBytes?: number;
  /** How long a body may take to arrive before the answer is 408. Default 10 000 ms. */
  bodyTimeoutMs?: number;
  /** Told when the store fails (the client gets 503). Default: one line on stderr, without request data. */
  onStoreError?: (error: unknown) => void;
}

/** A Node request handler; `next` is Express's, called for requests outside `base`. */
export type ReceiptHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Creates the handler for `POST <base>` (store a receipt) and `GET <base>/<id>` (answer for one).
 * A 2xx to a POST means the receipt is durably stored.
 */
export function createReceiptHandler(options: ReceiptHandlerOptions): ReceiptHandler {
  const { store, maxBytes = 4096, bodyTimeoutMs = 10_000 } = options;
  const base = (options.base ?? '/consent/receipts').replace(/\/+$/, '');
  if (!base.startsWith('/')) throw new Error(`createReceiptHandler: base must start with "/", got "${base}"`);
  const allowed = parseAllowedOrigins(options.allowedOrigins ?? []);
  const onStoreError =
    options.onStoreError ??
    ((error: unknown) => console.error(`consent-server: the receipt store failed: ${String(error)}`));

  async function post(req: IncomingMessage, res: ServerResponse, cors: OutgoingHttpHeaders): Promise<void> {
    const body = await readJsonBody(req, maxBytes, bodyTimeoutMs);
    if (!body.ok) {
      // A body that was not read to its end leaves the connection unusable: close it after answering.
      const close = body.status === 413 || body.status === 408 ? { connection: 'close' } : {};
      return send(res, body.status, { error: body.error }, { ...cors, ...close });
    }
    const checked = validateReceipt(body.value);
    if (!checked.ok) return send(res, 400, { error: checked.error }, cors);
    const stored: StoredReceipt = { ...checked.receipt, receivedAt: new Date().toISOString() };
    let result: Awaited<ReturnType<ReceiptStore['append']>>;
    try {
      result = await store.append(stored);
    } catch (error) {
      onStoreError(error);
      return send(
        res,
        503,
        { error: 'the receipt could not be stored; send it again later' },
        {
          ...cors,
          'retry-after': '5',
        },
      );
    }
    if (result === 'conflict')
      return send(res, 409, { error: `a different receipt is already stored as ${stored.id}` }, cors);
    const location = { ...cors, location: `${base}/${stored.id}` };
    send(res, result === 'created' ? 201 : 200, { id: stored.id }, location);
  }

  async function get(id: string, res: ServerResponse, cors: OutgoingHttpHeaders): Promise<void> {
    if (!UUID_SHAPE.test(id))
      return send(res, 400, { error: 'a consent ID is a lower-case version 4 UUID' }, cors);
    try {
      const receipt = await store.get(id);
      if (!receipt) return send(res, 404, { error: `no receipt is stored as ${id}` }, cors);
      send(res, 200, receipt, cors);
    } catch (error) {
      onStoreError(error);
      send(
        res,
        503,
        { error: 'the receipt store is unavailable; try again later' },
        { ...cors, 'retry-after': '5' },
      );
    }
  }

  function route(
    req: IncomingMessage,
    res: ServerResponse,
    next?: (error?: unknown) => void,
  ): Promise<void> | void {
    // Express rewrites req.url under a mount path; originalUrl is the path the browser asked for.
    const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const path = url.split('?')[0]!.replace(/\/+$/, '');
    const id = path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined;
    if (path !== base && (id === undefined || id.includes('/'))) {
      if (next) return next();
      return send(res, 404, { error: 'not found' }, {});
    }
    const origin = checkOrigin(req, allowed);
    if (!origin.allowed)
      return send(res, 403, { error: `origin ${origin.origin} may not send receipts` }, {});
    const methods = id === undefined ? 'POST, OPTIONS' : 'GET, HEAD, OPTIONS';
    if (req.method === 'OPTIONS')
      return send(res, 204, undefined, {
        ...origin.cors,
        allow: methods,
        'access-control-allow-methods': methods,
        'access-control-allow-headers': 'Content-Type',
        'access-control-max-age': '7200',
      });
    if (id === undefined && req.method === 'POST') return post(req, res, origin.cors);
    if (id !== undefined && (req.method === 'GET' || req.method === 'HEAD')) return get(id, res, origin.cors);
    send(
      res,
      405,
      { error: `${req.method} is not allowed here; use ${methods}` },
      { ...origin.cors, allow: methods },
    );
  }

  return (req, res, next) => {
    // Nothing a request sends may take the process down: an unexpected failure is this request's 500.
    Promise.resolve()
      .then(() => route(req, res, next))
      .catch(() => {
        if (!res.headersSent)
          send(res, 500, { error: 'the receipt could not be handled' }, { connection: 'close' });
        else res.destroy();
      });
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
