#!/usr/bin/env node
/**
 * Serves the demo on loopback only: the demo site from docs/demo/, the drop-in at /consent.js and
 * the built packages from packages/<name>/dist/. No request ever leaves the machine from here; vendor scripts the demo page
 * asks for go straight from the browser to the vendor (and fail without internet, which the
 * inspector shows).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Whether `file` lies inside `dir`: a sibling such as `docs/demo-old` shares the prefix but not the separator. */
const inside = (dir, file) => file === dir || file.startsWith(dir + sep);

/**
 * Maps a URL path to a file: /packages/<pkg>/dist/* from that package's dist only, everything else from
 * docs/demo/. Undefined for anything outside those folders (encoded `..%2f` included) or missing.
 * Throws URIError for a path that does not decode.
 */
function resolve(pathname) {
  // The drop-in, as a site would host it next to its pages.
  // The drop-in and its on-demand chunks (consent-ui.<hash>.js), as a site would host them next to its pages.
  if (/^\/consent(-[a-z]+\.[0-9a-f]{8})?\.js$/.test(pathname))
    return join(root, 'packages/browser/dist', pathname);
  const decoded = decodeURIComponent(pathname);
  if (decoded.includes('\0')) return undefined;
  const packaged = /^\/packages\/([\w-]+)\/dist\//.exec(decoded);
  const base = packaged ? join(root, 'packages', packaged[1], 'dist') : join(root, 'docs/demo');
  const rest = packaged ? decoded.slice(packaged[0].length) : decoded;
  let file = normalize(join(base, rest));
  if (!inside(base, file)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // Pretty routes of the demo site: /pricing → pricing.html
  if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const answer = (res, status, text) => res.writeHead(status, { 'content-type': 'text/plain' }).end(text);

const server = createServer((req, res) => {
  let file;
  try {
    file = resolve(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    // A malformed escape such as /%E0%A4%A: the request is bad, the server goes on.
    return answer(res, 400, 'bad request');
  }
  if (!file) return answer(res, 404, 'not found');
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  // PORT=0 picks a free port (the browser tests do); the line below says which.
  console.log(`Demo: http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
});
