/**
 * What a contender in the side-by-side comparison is: a consent library set up on the same page, the way
 * its documentation says, with Google Analytics and PostHog loading only after analytics consent. One
 * file per contender in ./contenders/, listed in ./contenders/index.ts.
 */
import type { Locator, Page } from 'playwright-core';

/** The site every contender runs on (served from memory: nothing reaches the network). */
export const ORIGIN = 'https://www.conectamos.test';

/** The vendor IDs every contender's configuration uses. */
export const GA_ID = 'G-BENCH12345';
export const POSTHOG_KEY = 'phc_bEnCh0123456789abcdefABCDEF';
/** PostHog's EU hosts, the region our adapter defaults to and c15t recommends. */
export const POSTHOG_API = 'https://eu.i.posthog.com';
export const POSTHOG_ASSETS = 'https://eu-assets.i.posthog.com';

/** A file the site serves. */
export interface SiteFile {
  body: string | Buffer;
  /** Content-Type. JS and CSS count as code the library ships; anything else as an extra request. */
  type: string;
}

/** What a contender serves: the page at `/` and its files by path, built once per bench. */
export interface Site {
  page: string;
  files: Record<string, SiteFile>;
}

/** One library (or one way of shipping ours) in the comparison. */
export interface Contender {
  /** Short kebab-case id: the file name in ./contenders/ and the chart's key. */
  id: string;
  /** How tables and the chart name it. */
  label: string;
  /** Ours: the report gives the ratio of each of ours to each peer. */
  ours: boolean;
  /** How it is set up, one sentence for the report (which build, which documented usage). */
  setup: string;
  /** Builds or reads what the site serves. Several files and `<link rel=preload>` hints are fine. */
  prepare(): Promise<Site>;
  /**
   * A JS expression, evaluated in the page on every frame: the banner element, or null while there is
   * none. Visible means connected, non-empty, on screen, not `visibility: hidden` and not at opacity 0.
   */
  banner: string;
  /** The banner's "accept all" button. */
  accept(page: Page): Locator;
}

const SCRIPT_TYPES = /^(text|application)\/(javascript|css)/;
/** Whether a served file counts as code the library ships (JS or CSS) rather than an extra request. */
export const isCode = (file: SiteFile): boolean => SCRIPT_TYPES.test(file.type);

/** A JavaScript file served by a contender. */
export const js = (body: string | Buffer): SiteFile => ({ body, type: 'text/javascript' });

/**
 * The page all contenders share: four categories in the policy, a headline, some copy and a footer
 * link to the settings. `head` is where a contender puts its tags (and any preload hint), `body` what
 * goes at the end of the body (blocked vendor tags, deferred scripts).
 */
export function sitePage({ head = '', body = '' }: { head?: string; body?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Conectamos</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:2rem}</style>
${head}</head><body>
<header><nav><a href="/">Home</a> · <a href="/pricing">Pricing</a> · <a href="/cookies">Cookie policy</a></nav></header>
<main><h1>Automate your operations end to end</h1>
<p>Conectamos connects your sales, support and billing tools, and keeps every workflow in one place.</p>
<p>We use necessary cookies to run the site, and ask before using functional, analytics or marketing
cookies. Google Analytics and PostHog measure how the site is used, after you agree.</p></main>
<footer><a href="/cookies">Cookie settings</a></footer>
${body}</body></html>`;
}
