import type { CookieDeclaration } from './types';

/** How a declared cookie is named in tables: its label, its exact name, or its pattern as `prefix*`. */
export function cookieLabel(decl: CookieDeclaration): string {
  if (decl.label) return decl.label;
  if (typeof decl.name === 'string') return decl.name;
  return `${(decl.name?.source ?? decl.pattern!)
    .replace(/^\^/, '')
    .replace(/\\/g, '')
    .replace(/\.[*+]$|\$$/, '')}*`;
}
