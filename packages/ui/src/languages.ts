import type { UIStrings } from './strings';

/** A language the UI ships with. */
export type Lang = 'es' | 'en';

// Whatever a page or a container passed: only a string can name a language.
const known = (tag: unknown): Lang | undefined => {
  const code = typeof tag === 'string' ? tag.slice(0, 2).toLowerCase() : undefined;
  return code === 'es' || code === 'en' ? code : undefined;
};

/** The language to show: the option, else `<html lang>`, else the browser's language, else English. */
export const pickLang = (win: Window, lang?: Lang): Lang =>
  known(lang) ?? known(win.document.documentElement.lang) ?? known(win.navigator.language) ?? 'en';

/** Overrides for the texts: flat (for whichever language is shown) or per language. */
export type StringOverrides = Partial<UIStrings> | Partial<Record<Lang, Partial<UIStrings>>>;

/**
 * Built-in texts with the overrides applied: flat ones, or the language's own. Only keys the texts have, and
 * only strings: an override of the wrong type keeps the built-in text, never blanks a button.
 */
export function applyOverrides<Texts extends object>(
  builtIn: Texts,
  lang: Lang,
  overrides: StringOverrides = {},
): Texts {
  const texts = { ...builtIn };
  if (typeof overrides !== 'object' || overrides === null) return texts;
  const perLang = 'es' in overrides || 'en' in overrides;
  const chosen: unknown = perLang ? (overrides as Record<Lang, Partial<UIStrings>>)[lang] : overrides;
  for (const [key, value] of Object.entries(typeof chosen === 'object' && chosen ? chosen : {}))
    if (Object.hasOwn(texts, key) && typeof value === 'string')
      (texts as Record<string, string>)[key] = value;
  return texts;
}
