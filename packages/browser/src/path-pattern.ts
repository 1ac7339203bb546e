/** A compiled page-view pattern: `test(path)` says whether a path matches it. */
export interface PathPattern {
  /** Whether the whole path matches. Linear in the path's length, whatever the pattern. */
  test(path: string): boolean;
}

// A pattern, split into what each position matches: a character, `*` (a run of anything but `/`) or `**`
// (a run of anything).
type Token = string | typeof ONE_SEGMENT | typeof ANYTHING;
const ONE_SEGMENT = 1;
const ANYTHING = 2;

const tokenize = (pattern: string): Token[] => {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++)
    if (pattern[i] !== '*') tokens.push(pattern[i]!);
    else if (pattern[i + 1] === '*') {
      tokens.push(ANYTHING);
      // `***` and longer read as `**`.
      while (pattern[i + 1] === '*') i++;
    } else tokens.push(ONE_SEGMENT);
  return tokens;
};

/**
 * A page-view pattern: `*` is anything but `/`, `**` is anything. Matched by walking every pattern
 * position the path could have reached at once (a Thompson simulation), so no pattern can make the
 * matcher backtrack: three `**` segments around `/a/` and `/thanks`, against a 4,000-character path,
 * take well under a millisecond, where a regular expression with nested `.*` froze the page for seconds.
 */
export function pathPattern(pattern: string): PathPattern {
  const tokens = tokenize(pattern);
  const end = tokens.length;
  // Adds position i and every position a wildcard lets the path skip to without a character.
  const reach = (states: Uint8Array, i: number): void => {
    while (i <= end && !states[i]) {
      states[i] = 1;
      if (tokens[i] !== ONE_SEGMENT && tokens[i] !== ANYTHING) return;
      i++;
    }
  };
  return {
    test(path) {
      let states = new Uint8Array(end + 1);
      reach(states, 0);
      for (const char of path) {
        const next = new Uint8Array(end + 1);
        let alive = false;
        for (let i = 0; i < end; i++) {
          if (!states[i]) continue;
          const token = tokens[i];
          if (token === ANYTHING || (token === ONE_SEGMENT && char !== '/')) reach(next, i);
          else if (token === char) reach(next, i + 1);
          else continue;
          alive = true;
        }
        if (!alive) return false;
        states = next;
      }
      return states[end] === 1;
    },
  };
}
