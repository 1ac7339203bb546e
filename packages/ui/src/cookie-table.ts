import { type CookieDeclaration, cookieLabel } from '@conectamos/consent';
import type { Build } from './dom';
import type { UIStrings } from './strings';

/**
 * A cookie table: name, purpose, duration and provider, one row per declaration, built from the same
 * declarations that drive cleanup. Nothing when there are none.
 */
export function cookieTable(h: Build, t: UIStrings, cookies: readonly CookieDeclaration[]): Node | false {
  if (cookies.length === 0) return false;
  const headers = [t.name, t.purpose, t.duration, t.provider];
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...cookies.map((cookie) =>
        h(
          'tr',
          {},
          ...[cookieLabel(cookie), cookie.purpose, cookie.duration, cookie.provider].map((text) =>
            h('td', {}, text),
          ),
        ),
      ),
    ),
  );
}
