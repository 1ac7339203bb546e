#!/usr/bin/env node
/**
 * Serves the demo on loopback only: the demo site from docs/demo/, the drop-in at /consent.js and
 * the built packages from packages/<name>/dist/. No request ever leaves the machine from here; vendor scripts the demo page
 * asks for go straight from the browser to the vendor (and fail without internet, which the
 * inspector shows).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

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

/** Maps a URL path to a file: /packages/<pkg>/dist/* as built, everything else from docs/demo/. */
function resolve(pathname) {
  // The drop-in, as a site would host it next to its pages.
  if (pathname === '/consent.js') return join(root, 'packages/browser/dist/consent.js');
  const decoded = decodeURIComponent(pathname);
  const packaged = /^\/packages\/[\w-]+\/dist\//.test(decoded);
  const base = packaged ? root : join(root, 'docs/demo');
  let file = normalize(join(base, decoded));
  if (!file.startsWith(base)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // Pretty routes of the demo site: /pricing → pricing.html
  if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  return existsSync(file) ? file : undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolve(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  // PORT=0 picks a free port (the browser tests do); the line below says which.
  console.log(`Demo: http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
});
