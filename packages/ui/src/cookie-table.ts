import { type CookieDeclaration, cookieLabel } from '@conectamos/consent';
import type { Build } from './dom';
import type { UIStrings } from './strings';

type Storage = NonNullable<CookieDeclaration['storage']>;

const STORAGES: readonly Storage[] = ['cookie', 'localStorage', 'sessionStorage'];

/** A row of a cookie table: one name, and every place it is kept under it. */
interface CookieRow {
  name: string;
  storage: string[];
  purpose: string;
  duration: string;
  provider: string;
}

/**
 * The rows as a visitor reads them: declarations that differ only in where they are kept (PostHog's
 * `ph_*` cookie and localStorage) share one row that lists each place.
 */
function cookieRows(declarations: readonly CookieDeclaration[]): CookieRow[] {
  const rows: CookieRow[] = [];
  for (const declaration of declarations) {
    const { purpose, duration, provider, storage = 'cookie' } = declaration;
    const name = cookieLabel(declaration);
    const same = rows.find(
      (row) =>
        row.name === name &&
        row.purpose === purpose &&
        row.duration === duration &&
        row.provider === provider,
    );
    if (!same) rows.push({ name, storage: [storage], purpose, duration, provider });
    else if (!same.storage.includes(storage)) same.storage.push(storage);
  }
  return rows;
}

/**
 * A cookie table: name, purpose, duration and provider, built from the same declarations that drive
 * cleanup. Where each one is kept goes under its name rather than in a column of its own: five columns
 * do not fit a phone, and the name cell is where a visitor looks for what kind of thing it is.
 * Nothing when there are none.
 */
export function cookieTable(
  h: Build,
  t: UIStrings,
  declarations: readonly CookieDeclaration[],
): Node | false {
  if (declarations.length === 0) return false;
  // A declaration is the adapter's word: a storage we do not know is shown as written, never as a UI text.
  const storageName = (storage: string) =>
    STORAGES.includes(storage as Storage) ? t[storage as Storage] : storage;
  const headers = [t.name, t.purpose, t.duration, t.provider];
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...cookieRows(declarations).map((row) =>
        h(
          'tr',
          {},
          h('td', {}, row.name, h('span', { class: 'storage' }, row.storage.map(storageName).join(', '))),
          ...[row.purpose, row.duration, row.provider].map((text) => h('td', {}, text)),
        ),
      ),
    ),
  );
}
