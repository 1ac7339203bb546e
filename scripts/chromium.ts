/**
 * System Chromium, launched the one way the browser tests and the benchmarks share: headless, with the
 * flags this closed network needs (no sandbox as root, nothing that phones home on its own).
 */
import { type Browser, chromium } from 'playwright-core';

/** Launches system Chromium headless (`CHROMIUM_PATH`, default /usr/bin/chromium), with `extraArgs` added. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
