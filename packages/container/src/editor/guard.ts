// The declaration build (tsconfig.build.json) loads no ambient types; this module runs under Node.
/// <reference types="node" />
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the page sends its session token in: a custom header, so no other origin can send it. */
export const TOKEN_HEADER = 'x-consent-token';

/** A refused request: its status and a sentence saying why. */
export interface Refusal {
  status: number;
  message: string;
}

/** A session token: 192 random bits, URL-safe. */
export const newToken = (): string => randomBytes(24).toString('base64url');

const LOOPBACK = ['127.0.0.1', '::ffff:127.0.0.1'];

const sameSecret = (given: string, token: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Who may talk to the editor: only this computer, only by the address it printed, and for the API only
 * with the session's token.
 * - The socket must be loopback (the server listens on 127.0.0.1 only; this checks it again).
 * - `Host` must be 127.0.0.1 or localhost on our port: a web page whose own name was rebound to 127.0.0.1
 *   (DNS rebinding) sends its own name, and is refused.
 * - An API call must carry the token in `X-Consent-Token`, come from our own origin when it says where it
 *   comes from (`Origin`, `Sec-Fetch-Site`), and send JSON: another page open in the same browser knows no
 *   token, and cannot set a custom header or JSON body across origins without a preflight we never answer.
 */
export function refusal(
  request: IncomingMessage,
  port: number,
  token: string,
  api: boolean,
): Refusal | undefined {
  if (!LOOPBACK.includes(request.socket.remoteAddress ?? ''))
    return { status: 403, message: 'the editor only answers this computer' };
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(request.headers.host ?? ''))
    return { status: 421, message: `the editor only answers at http://127.0.0.1:${port}` };
  if (!api) return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`))
    return { status: 403, message: 'requests from other sites are refused' };
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { status: 403, message: 'requests from other sites are refused' };
  const given = request.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token))
    return {
      status: 403,
      message: 'the session token is missing or wrong: open the address `consent edit` printed',
    };
  if (request.method === 'POST' && !/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? ''))
    return { status: 415, message: 'the editor takes JSON' };
  return undefined;
}
