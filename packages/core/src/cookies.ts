import { attempt } from './attempt';
import type { CookieDeclaration } from './types';

/** The cookies this document can see, as [name, value] pairs (our own values are URI-encoded, so hold no "="). */
export const cookieJar = (doc: Document): string[][] =>
  doc.cookie.split(/; */).map((pair) => pair.split('='));

/** Writes a cookie; a negative max-age deletes it. `Secure` on https pages (an http page cannot set it). */
export const setCookie = (
  win: Window,
  name: string,
  value: string,
  maxAge: number,
  domain?: string,
  path = '/',
): void => {
  win.document.cookie = `${name}=${value}; max-age=${maxAge | 0}; path=${path}${domain ? `; domain=${domain}` : ''}; SameSite=Lax${win.location.protocol === 'https:' ? '; Secure' : ''}`;
};

/** Whether a cookie or storage key name matches a declaration (exact name or pattern). */
export const matches = (decl: CookieDeclaration, name: string): boolean =>
  typeof decl.name === 'string' ? decl.name === name : name.search(decl.name ?? RegExp(decl.pattern!)) > -1;

/**
 * Deletes every cookie and storage key matching the declarations. A cookie is only gone once it is
 * expired with the domain and path it was written with, so every variant is tried: host-only, the
 * host and each parent domain (GA4 and PostHog write on the registrable parent), the configured
 * cookie domain, and the paths `/`, the current page and its directory (the default for JS cookies).
 */
export function deleteDeclared(
  win: Window,
  decls: readonly CookieDeclaration[],
  cookieDomain?: string,
): void {
  const { document: doc, location } = win;
  decls = decls.filter((d) => !d.keep);
  const labels = location.hostname.split('.');
  // The last label is left out: no browser lets a page set a cookie on a bare TLD.
  const domains = ['', cookieDomain, ...labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))];
  const paths = ['/', location.pathname, location.pathname.replace(/\/[^/]*$/, '')];
  for (const [name] of cookieJar(doc))
    if (decls.some((d) => (d.storage ?? 'cookie') === 'cookie' && matches(d, name!)))
      for (const domain of domains)
        for (const path of paths) setCookie(win, name!, '', -1, domain, path || '/');
  for (const d of decls)
    if (d.storage && d.storage !== 'cookie')
      attempt(() => {
        const store = win[d.storage as 'localStorage'];
        for (const key of Object.keys(store)) if (matches(d, key)) store.removeItem(key);
      });
}
