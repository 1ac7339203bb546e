// The declaration build (tsconfig.build.json) loads no ambient types; this module runs under Node.
/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJsonText } from '../json-text';
import { isObject } from '../json-values';
import { MANIFESTS } from '../manifests';
import { MAX_FILE_BYTES } from '../read-text-file';
import { containerSchema, PATTERNS } from '../schema';
import { asset, PAGE_CSP } from './assets';
import { ConflictError, ContainerFile, FileError } from './container-file';
import { containerDiff } from './diff';
import { newToken, refusal } from './guard';
import { reportOn } from './report';

/** Options of `startEditor`. */
export interface EditorOptions {
  /** The container file to edit: the only file the server reads or writes. */
  file: string;
  /** The port on 127.0.0.1. Default 0: any free port. */
  port?: number;
}

/** A running editor. */
export interface EditorServer {
  /** The address to open, with the session's token: `http://127.0.0.1:<port>/#token=<token>`. */
  url: string;
  /** The port it listens on, on 127.0.0.1 only. */
  port: number;
  /** The session's token, required on every API call (`X-Consent-Token`). */
  token: string;
  /** Stops the server and drops its connections. */
  close(): Promise<void>;
}

/** Headers on every answer: never cached, never sniffed, never framed, never read by another origin. */
const COMMON = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const send = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { ...COMMON, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

/** Thrown for a request the API cannot take: answered with its status and message. */
class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request's JSON body, at most a container's size plus room, parsed strictly. */
async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 2 * MAX_FILE_BYTES)
      throw new BadRequest(413, 'a container is a few kilobytes; this is too large');
    chunks.push(chunk as Buffer);
  }
  const parsed = parseJsonText(Buffer.concat(chunks).toString('utf8'));
  if ('error' in parsed) throw new BadRequest(400, `the request is not JSON: ${parsed.error.message}`);
  const body = parsed.text.value;
  if (!isObject(body)) throw new BadRequest(400, 'the request is not a JSON object');
  return body;
}

/** The draft of a request: a container is an object. */
function draftOf(body: Record<string, unknown>): Record<string, unknown> {
  const { draft } = body;
  if (!isObject(draft)) throw new BadRequest(400, 'draft must be the container, a JSON object');
  return draft;
}

const versionOf = (body: Record<string, unknown>): string => {
  if (typeof body.version !== 'string')
    throw new BadRequest(400, 'version must say which version the draft was made from');
  return body.version;
};

/** What the page needs to build its forms: the file, the schema, the vendors, and the first report. */
function session(file: ContainerFile) {
  const { value, version } = file.read();
  return {
    name: file.name,
    value,
    version,
    schema: containerSchema(MANIFESTS),
    vendors: MANIFESTS.map((m) => ({
      id: m.id,
      vendor: m.vendor,
      category: m.category,
      surfaces: m.surfaces,
      purpose: m.purpose,
      campaigns: Boolean(m.campaigns),
    })),
    datePattern: PATTERNS.date,
    report: reportOn(value),
  };
}

/** The API: each route reads or writes the session's one file, never a path from the request. */
async function api(route: string, request: IncomingMessage, file: ContainerFile): Promise<[number, unknown]> {
  if (route === 'GET /api/file') return [200, session(file)];
  if (request.method !== 'POST') throw new BadRequest(405, `${route} is not an API call`);
  const body = await jsonBody(request);
  if (route === 'POST /api/validate') return [200, reportOn(draftOf(body))];
  if (route === 'POST /api/diff') {
    const draft = draftOf(body);
    const disk = file.read();
    return [
      200,
      { ...containerDiff(disk.text, disk.value, draft), changedOnDisk: disk.version !== versionOf(body) },
    ];
  }
  if (route === 'POST /api/save') {
    const saved = file.save(draftOf(body), versionOf(body));
    return [200, { version: saved.version, value: saved.value, report: reportOn(saved.value) }];
  }
  throw new BadRequest(404, `${route} is not an API call`);
}

/**
 * Starts the container editor for one file on 127.0.0.1: the page, and a JSON API to read the file,
 * validate a draft with `validateContainer`, diff it against the file, and save it (formatted, atomically,
 * refused if the file changed on disk meanwhile). Throws if the file cannot be opened as a container.
 * See `refusal` for who may talk to it.
 */
export async function startEditor(options: EditorOptions): Promise<EditorServer> {
  const file = new ContainerFile(options.file);
  file.read(); // Refuse now, in the terminal, what the page could not open.
  const token = newToken();
  let port = 0;

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const isApi = pathname.startsWith('/api/');
    const refused = refusal(request, port, token, isApi);
    if (refused) return send(response, refused.status, { error: refused.message });
    if (!isApi) {
      // Browsers ask for an icon on their own; there is none, and no need for an error in the console.
      if (pathname === '/favicon.ico') return response.writeHead(204, COMMON).end();
      const found = request.method === 'GET' ? asset(pathname) : undefined;
      if (!found) return send(response, 404, { error: 'not found' });
      response.writeHead(200, { ...COMMON, 'content-type': found.type, 'content-security-policy': PAGE_CSP });
      return response.end(found.body);
    }
    api(`${request.method} ${pathname}`, request, file).then(
      ([status, body]) => send(response, status, body),
      (error: unknown) => {
        if (error instanceof BadRequest) send(response, error.status, { error: error.message });
        else if (error instanceof ConflictError)
          send(response, 409, { error: error.message, conflict: true });
        else if (error instanceof FileError) send(response, 500, { error: error.message });
        else send(response, 500, { error: `unexpected: ${(error as Error)?.message ?? error}` });
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
