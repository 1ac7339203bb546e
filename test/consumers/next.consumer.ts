/**
 * examples/next as a user builds it: installed from the packed tarballs outside the workspace, built
 * with `next build`, served by `next start` on a free local port, and driven in Chromium at the site
 * origin (the e2e harness sends its requests to that server), with every vendor host answered by its
 * stand-in. The point is server rendering: the page must hydrate with no error, a returning visitor too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site, VENDOR_STAND_INS } from '../e2e/harness';
import { useExample } from './harness';

const GTAG = 'https://www.googletagmanager.com/gtag/js';
const UNDECIDED = 'You have not chosen yet: nothing optional has loaded.';
const env = { NEXT_TELEMETRY_DISABLED: '1' };

const { app, browser } = useExample('next');

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

test('next build passes', async () => {
  const output = await app().bin('next', ['build'], env);
  expect(output).toMatch(/Compiled successfully|Generating static pages/);
});

describe('served by next start', () => {
  let server: ChildProcess;
  let upstream: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    upstream = `http://127.0.0.1:${port}`;
    // Its own process group, so stopping it stops whatever it started, and nothing else.
    server = spawn(
      join(app().dir, 'node_modules/.bin/next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: app().dir,
        env: { ...process.env, ...env },
        detached: true,
      },
    );
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(upstream).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (server.exitCode !== null || Date.now() > deadline)
        throw new Error(`next start did not serve:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  afterAll(() => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid);
  });

  const visit = (): Promise<Site> => openSite(browser(), { upstream, vendors: VENDOR_STAND_INS });

  test('the server renders the undecided page, with the chat placeholder and no vendor script', async () => {
    const html = await (await fetch(upstream)).text();
    expect(html).toContain(UNDECIDED);
    expect(html).toContain('Enable chat');
    expect(html).not.toMatch(/googletagmanager|intercom\.io/);
  });

  test('it hydrates with no console error, then shows the banner; nothing goes to a vendor before consent', async () => {
    const site = await visit();
    const page = await site.open('/');
    await page.getByRole('button', { name: 'Accept all' }).waitFor();
    await page.getByRole('link', { name: 'Pricing' }).click();
    await page.getByRole('heading', { name: 'Pricing' }).waitFor();
    expect(site.vendorRequests()).toEqual([]);
    expect(site.unexpected).toEqual([]);
    expect(site.problems).toEqual([]);
    await site.close();
  });

  test('"Accept all" loads Google Analytics; a returning visitor hydrates with no mismatch and sees the choice', async () => {
    const site = await visit();
    const page = await site.open('/');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => site.vendorRequests().filter((u) => u.startsWith(GTAG)).length).toBe(1);
    // The same visitor comes back: the server still renders "not chosen yet"; the browser knows better.
    await page.reload();
    await page.getByText('Your choice: analytics on, functional on.').waitFor();
    await page.getByText('Chat is on').waitFor();
    expect(await page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
    await expect.poll(() => site.vendorRequests().filter((u) => u.startsWith(GTAG)).length).toBe(2);
    expect(site.problems).toEqual([]);
    await site.close();
  });
});
