/**
 * Which pages may post receipts. Browsers send `Origin` on every POST, so a page elsewhere cannot fill
 * the store with decisions nobody made on our site. By default only the host the request was sent to
 * is allowed; `allowedOrigins` widens it. A request with no `Origin` is not from a browser page: a
 * script can send any header it likes, so refusing it would protect nothing, and it is let through.
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/** The outcome of the origin check: refused, or allowed with the CORS headers its answer needs. */
export type OriginDecision =
  | { allowed: false; origin: string }
  | { allowed: true; cors: OutgoingHttpHeaders };

/** Normalises the configured origins, failing with a message that names a bad one. */
export function parseAllowedOrigins(origins: readonly string[]): Set<string> {
  return new Set(
    origins.map((origin) => {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {}
      if (!url || url.origin === 'null' || url.href.replace(/\/$/, '') !== url.origin)
        throw new Error(`allowedOrigins: "${origin}" is not an origin like https://www.conectamos.org`);
      return url.origin;
    }),
  );
}

/** Decides on the request's `Origin` against its `Host` and the allowed origins. */
export function checkOrigin(req: IncomingMessage, allowed: Set<string>): OriginDecision {
  const origin = req.headers.origin;
  if (origin === undefined) return { allowed: true, cors: {} };
  if (allowed.has(origin) || sameHost(origin, req.headers.host))
    return {
      allowed: true,
      cors: {
        'access-control-allow-origin': origin,
        // sendBeacon sends credentials; without this the browser drops a preflighted beacon.
        'access-control-allow-credentials': 'true',
        vary: 'Origin',
      },
    };
  return { allowed: false, origin };
}

function sameHost(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file:) and anything else unparsable
  }
}
