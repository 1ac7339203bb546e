import { Window as HappyWindow } from 'happy-dom';
import { afterEach } from 'vitest';

/** A window as the SDK sees it. */
export type TestWindow = Window & typeof globalThis;

const open: HappyWindow[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.happyDOM.close()));
});

/** Requests any test window tried to make; a test that expects none asserts this stays empty. */
export const networkAttempts: string[] = [];

/**
 * A fresh, isolated window (own storage, cookies and listeners) that never reaches the network:
 * script files are "loaded" without fetching, as success unless `scriptsFail` is set; inline scripts run
 * only with `runInlineScripts`.
 */
export function makeWindow(
  options: { url?: string; scriptsFail?: boolean; runInlineScripts?: boolean } = {},
): TestWindow {
  const refuse = ({ request }: { request: { url: string } }): never => {
    networkAttempts.push(request.url);
    throw new Error(`unit tests must not reach the network: ${request.url}`);
  };
  const win = new HappyWindow({
    url: options.url ?? 'https://www.conectamos.org/pricing',
    settings: {
      disableJavaScriptFileLoading: true,
      // Off unless a test proves what inline scripts do (markup blocks): happy-dom 21 runs none by default.
      enableJavaScriptEvaluation: options.runInlineScripts ?? false,
      handleDisabledFileLoadingAsSuccess: !options.scriptsFail,
      fetch: { interceptor: { beforeAsyncRequest: async (c) => refuse(c), beforeSyncRequest: refuse } },
    },
  });
  open.push(win);
  return win as unknown as TestWindow;
}

/** Closes a window at once instead of after the test: for tests that open many (a property's runs). */
export async function closeWindow(win: TestWindow): Promise<void> {
  const happy = win as unknown as HappyWindow;
  const index = open.indexOf(happy);
  if (index >= 0) open.splice(index, 1);
  await happy.happyDOM.close();
}

/**
 * One window for many runs of a property, put back to a first visit before each: the globals a run added
 * (vendor stubs, flags) deleted, localStorage restored and emptied, no cookies, no scripts. A fresh
 * happy-dom window costs milliseconds, a thousand of them seconds. Instances of earlier runs stay inert:
 * the store's only window listener is for `storage` events, which a window never gets for its own writes.
 * Call it inside a test: the window closes after that test.
 */
export function reusableWindow(): () => TestWindow {
  const win = makeWindow();
  const globals = new Set(Object.getOwnPropertyNames(win));
  const storage = Object.getOwnPropertyDescriptor(win, 'localStorage')!;
  return () => {
    for (const name of Object.getOwnPropertyNames(win))
      if (!globals.has(name)) delete (win as unknown as Record<string, unknown>)[name];
    Object.defineProperty(win, 'localStorage', storage);
    win.localStorage.clear();
    win.sessionStorage.clear();
    for (const [name] of win.document.cookie.split('; ').map((c) => c.split('=')))
      if (name) win.document.cookie = `${name}=; max-age=0; path=/`;
    for (const script of win.document.querySelectorAll('script')) script.remove();
    return win;
  };
}

/** The src of every script element in the window, in document order. */
export const scriptSrcs = (win: TestWindow): string[] =>
  [...win.document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? '');

/** Makes `window.localStorage` throw on every use, as Safari private mode and disabled storage do. */
export function breakLocalStorage(win: TestWindow): void {
  Object.defineProperty(win, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Waits for pending promise callbacks and script load events. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What the browser does in this tab when another tab writes `cookie_consent` (or removes it: `null`). */
export function otherTabWrites(win: TestWindow, value: string | null): void {
  if (value === null) win.localStorage.removeItem('cookie_consent');
  else win.localStorage.setItem('cookie_consent', value);
  win.dispatchEvent(new win.StorageEvent('storage', { key: 'cookie_consent', newValue: value }));
}

/**
 * Makes every localStorage write throw QuotaExceededError, as a full origin does, while reads and removals
 * still work. (A spy on Storage.prototype does not reach happy-dom's storage.) Returns a function that
 * gives the room back.
 */
export function fillLocalStorage(win: TestWindow): () => void {
  const real = win.localStorage;
  const full = {
    getItem: (key: string) => real.getItem(key),
    removeItem: (key: string) => real.removeItem(key),
    key: (index: number) => real.key(index),
    clear: () => real.clear(),
    get length() {
      return real.length;
    },
    setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
  Object.defineProperty(win, 'localStorage', { configurable: true, get: () => full });
  return () => Object.defineProperty(win, 'localStorage', { configurable: true, get: () => real });
}
