/**
 * Reads a request body as UTF-8 JSON within a byte limit and a time limit. Every way it can go wrong
 * ends as an HTTP status and a short message, never as an exception: the body comes from anyone.
 */
import type { IncomingMessage } from 'node:http';

/** The body, parsed, or the status and message to answer with. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; error: string };

/** The media types a receipt may come as: sendBeacon sends a string as text/plain. */
const MEDIA_TYPES = ['application/json', 'text/plain'];

/** Reads and parses the body of `req`, refusing more than `maxBytes` or a body slower than `timeoutMs`. */
export function readJsonBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<BodyResult> {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!MEDIA_TYPES.includes(mediaType))
    return Promise.resolve(fail(415, 'the receipt must be sent as application/json or text/plain'));
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return Promise.resolve(tooLarge(maxBytes));
  if (req.readableEnded)
    return Promise.resolve(
      fail(500, 'the request body was read before the receipt handler: mount it before any body parser'),
    );

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(tooLarge(maxBytes));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(parse(Buffer.concat(chunks)));
    // A client that went away: nobody reads the answer, but the request must still settle.
    const onError = () => finish(fail(400, 'the request was aborted'));
    const timer = setTimeout(
      () => finish(fail(408, `the body did not arrive within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

function parse(bytes: Buffer): BodyResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(400, 'the body is not valid UTF-8');
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return fail(400, 'the body is not valid JSON');
  }
}

const fail = (status: number, error: string): BodyResult => ({ ok: false, status, error });
const tooLarge = (maxBytes: number) => fail(413, `a receipt is at most ${maxBytes} bytes`);
