/**
 * Makes a package's emitted declarations resolve the way Node resolves its JavaScript. tsc copies the
 * sources' import specifiers as written (`from './boot'`, fine for a bundler), but under
 * `moduleResolution: node16`/`nodenext` an ESM declaration file must name the file (`./boot.js`),
 * or the whole type tree stops at the first import and users get `any`. So each relative specifier
 * gets the extension of the file it means, and declarations no entry point reaches (a CLI's or the
 * drop-in's own module) are dropped: they describe nothing a user can import.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const declarationFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return name.endsWith('.d.ts') ? [path] : [];
  });

/** The relative specifiers of a declaration file, with where each sits in the text and the file it means. */
export function relativeImports(file: string, text = readFileSync(file, 'utf8')) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName, pos }) => {
      // pos is the opening quote's offset.
      const start = text.indexOf(fileName, pos);
      const base = resolve(dirname(file), fileName.replace(/\.js$/, ''));
      const target = [`${base}.d.ts`, join(base, 'index.d.ts')].find(existsSync);
      if (!target) throw new Error(`${file}: "${fileName}" names no declaration file`);
      return { fileName, start, target };
    });
}

/** Every declaration file `entry` reaches through relative imports, itself included. */
export function reachableDeclarations(
  entry: string,
  edges = (file: string): string[] => relativeImports(file).map(({ target }) => target),
): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const next of edges(file)) visit(next);
  };
  visit(entry);
  return reached;
}

/**
 * Adds `.js` (or `/index.js`) to every relative specifier in the declarations under `typesDir`, then
 * deletes those not reachable from `typesDir/index.d.ts`.
 */
export function finishDeclarations(typesDir: string): void {
  const files = declarationFiles(typesDir);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const imports = relativeImports(file, text);
    edges.set(
      file,
      imports.map(({ target }) => target),
    );
    let out = text;
    // From the last specifier back, so earlier offsets stay valid.
    for (const { fileName, start, target } of imports.reverse()) {
      let specifier = relative(dirname(file), target).replace(/\.d\.ts$/, '.js');
      if (!specifier.startsWith('.')) specifier = `./${specifier}`;
      out = out.slice(0, start) + specifier + out.slice(start + fileName.length);
    }
    if (out !== text) writeFileSync(file, out);
  }
  const reached = reachableDeclarations(join(typesDir, 'index.d.ts'), (file) => edges.get(file) ?? []);
  for (const file of files) if (!reached.has(file)) rmSync(file);
}
