import { distance } from 'fastest-levenshtein';

// What a person types for the same name: another case, `_` for `-`, no separator at all.
const loose = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The one of `names` a person most probably meant by `typed`: the same name written another way
 * (`conversion_id` for `conversionId`) or cut short (`page`), else the nearest by edit distance when it is near enough to be
 * a slip (`webinar_registred`), never a guess between unrelated words (`signup` is not `login`).
 */
export function closeMatch(typed: string, names: readonly string[]): string | undefined {
  const same = names.find((name) => loose(name) === loose(typed));
  if (same !== undefined) return same;
  // A name cut short (`page` for `pageview`), when it can only be one.
  const longer = names.filter((name) => typed.length >= 3 && loose(name).startsWith(loose(typed)));
  if (longer.length === 1) return longer[0];
  let best: string | undefined;
  let nearest = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const name of names) {
    const d = distance(typed, name);
    if (d < nearest) [best, nearest] = [name, d];
  }
  return best;
}

/** How to write a name a person wrote another way: `write conversionId (camel case)`, or a did-you-mean. */
export function nameHint(typed: string, names: readonly string[]): string | undefined {
  const meant = closeMatch(typed, names);
  if (meant === undefined) return undefined;
  if (loose(meant) !== loose(typed)) return `did you mean ${JSON.stringify(meant)}?`;
  const style = /[A-Z]/.test(meant)
    ? ' (camel case)'
    : meant.includes('_')
      ? ' (snake case)'
      : meant.includes('-')
        ? ' (with hyphens)'
        : '';
  return `write ${meant}${style}`;
}
