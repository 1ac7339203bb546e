/**
 * `consent`: checks a container before it ships, prints what a site needs for it (its CSP, its cookie
 * tables), compiles its drop-in, edits it in the browser (`consent edit`, see editor/server.ts), and runs
 * the proof-of-consent service's command (`consent receipts …`). A bin, bundled into dist/cli.js: it runs
 * on load.
 * Exit codes: 0 done, 1 the file is not a valid container (or cannot be read; for receipts: the database
 * or the network failed), 2 bad usage.
 */
// The declaration build (tsconfig.build.json) loads no ambient types; this file runs under Node.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Container, isActive } from '@conectamos/consent-browser';
import { USAGE } from './cli-usage';
import { compileContainer, scriptTags } from './compile';
import { cookieTables } from './cookie-tables';
import { containerCsp } from './csp';
import { FileError } from './editor/container-file';
import { startEditor } from './editor/server';
import { parseJsonText } from './json-text';
import { cookiePolicy } from './policy';
import { formatProblem, formatWarning, type Warning } from './problems';
import { readTextFile } from './read-text-file';
import { validateContainer } from './validate';

/** Thrown for a usage mistake: printed with the usage, exit 2. */
class UsageError extends Error {}
/** Thrown when the file is unreadable or not a valid container: the lines are printed, exit 1. */
class Invalid extends Error {}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The command's one file and its options, with `node:util`'s parser: only the options it takes. */
function args(argv: string[], options: Record<string, { type: 'string' }> = {}) {
  try {
    const { positionals, values } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (positionals.length !== 1)
      throw new UsageError(positionals.length ? 'one file at a time' : 'which file?');
    return { file: positionals[0]!, values: values as Record<string, string | undefined> };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // node:util's messages are written for developers; these are the two a person meets.
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`${option?.split(',').pop()?.trim()} needs a value`);
    throw new UsageError(message);
  }
}

/** The warnings, under a heading, one a line; nothing when there are none. */
const warningLines = (warnings: readonly Warning[]): string[] =>
  warnings.length ? [`⚠ ${plural(warnings.length, 'warning')}:`, ...warnings.map(formatWarning)] : [];

/**
 * Reads, parses and validates a container file; anything wrong is an `Invalid` listing why. Warnings come
 * with a valid container only: the problems are what to fix first.
 */
function load(file: string): { container: Container; warnings: Warning[] } {
  let source: string;
  try {
    source = readTextFile(file);
  } catch (error) {
    throw new Invalid(`✗ cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseJsonText(source);
  if ('error' in parsed) {
    const { line, column, message } = parsed.error;
    throw new Invalid(`✗ ${file} is not valid JSON: line ${line}, column ${column}: ${message}`);
  }
  const { container, problems, warnings } = validateContainer(parsed.text.value, { text: parsed.text });
  if (!container)
    throw new Invalid(
      [
        `✗ ${file} is not a valid container: ${plural(problems.length, 'problem')}`,
        ...problems.map(formatProblem),
      ].join('\n'),
    );
  return { container, warnings };
}

/** `consent build`: writes the compiled drop-in and prints what goes in the page. */
async function build(container: Container, out: string, base: string): Promise<number> {
  const compiled = await compileContainer(container, { outDir: out });
  const { script, preloadUI, preloadUIHash } = scriptTags(compiled, base);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const files = [compiled.main, ...Object.values(compiled.chunks)];
  process.stdout.write(
    [
      `✓ wrote ${files.map((f) => `${join(out, f.file)} (${kb(gzipSync(readFileSync(join(out, f.file)), { level: 9 }).length)} gzip)`).join(', ')}`,
      '',
      'In the <head> of every page:',
      `  ${script}`,
      ...(preloadUI
        ? [
            '',
            'Recommended, first in the <head> (before any stylesheet): on a first visit it fetches the banner',
            'in parallel with the script; a returning visitor fetches nothing more. Under a CSP, allow it in',
            `script-src by its hash, ${preloadUIHash}, or give it your nonce:`,
            `  ${preloadUI}`,
          ]
        : []),
      '',
    ].join('\n'),
  );
  return 0;
}

/** `consent edit`: serves the editor until Ctrl+C, then exits 0. */
async function edit(file: string, port: number | undefined): Promise<number> {
  let editor: Awaited<ReturnType<typeof startEditor>>;
  try {
    editor = await startEditor({ file, port });
  } catch (error) {
    if (error instanceof FileError) throw new Invalid(`✗ ${error.message}`);
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES')
      throw new Invalid(
        `✗ cannot listen on port ${port}: ${code === 'EADDRINUSE' ? 'it is in use' : 'not allowed'}; pick another with --port, or leave it out for any free one`,
      );
    throw error;
  }
  process.stdout.write(
    `Editing ${file}: open ${editor.url}\n` +
      'Only this computer can reach it, and only with that address. Press Ctrl+C to stop.\n',
  );
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      editor.close().then(() => {
        process.stdout.write('Stopped.\n');
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs one command line; returns its exit code. */
export function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('which command?');
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === 'validate') {
      const { file } = args(rest);
      const { container, warnings } = load(file);
      const campaigns = container.campaigns ?? [];
      const active = campaigns.filter((c) => isActive(c)).length;
      // Warnings do not fail the check (exit 0): the file is valid, maybe not what was meant.
      const summary =
        `✓ ${file} is a valid container: ${plural(Object.keys(container.adapters ?? {}).length, 'adapter')}, ` +
        `${plural(campaigns.length, 'campaign')} (${active} active today)`;
      process.stdout.write(`${[summary, ...warningLines(warnings)].join('\n')}\n`);
    } else if (command === 'csp') {
      const { file, values } = args(rest, { nonce: { type: 'string' } });
      const { nonce } = values;
      // The core's own rule for nonces: base64 characters, nothing that could end the attribute.
      if (nonce !== undefined && !/^[\w+/=-]+$/.test(nonce))
        throw new UsageError(`--nonce must be base64 characters, got ${JSON.stringify(nonce)}`);
      process.stdout.write(`${containerCsp(load(file).container, { nonce })}\n`);
    } else if (command === 'cookies' || command === 'policy') {
      const { file, values } = args(rest, { format: { type: 'string' }, lang: { type: 'string' } });
      const format = values.format ?? 'markdown';
      if (format !== 'markdown' && format !== 'html')
        throw new UsageError(`--format must be markdown or html, got ${JSON.stringify(format)}`);
      // A policy is published in a language on purpose: no default to get wrong unnoticed.
      if (command === 'policy' && values.lang === undefined)
        throw new UsageError('policy needs --lang es or --lang en, the language to print it in');
      const lang = values.lang ?? 'en';
      if (lang !== 'es' && lang !== 'en')
        throw new UsageError(`--lang must be es or en, got ${JSON.stringify(lang)}`);
      const { container } = load(file);
      const text =
        command === 'policy'
          ? cookiePolicy(container, { lang, format })
          : cookieTables(container, format, lang);
      process.stdout.write(`${text}\n`);
    } else if (command === 'build') {
      const { file, values } = args(rest, { out: { type: 'string' }, base: { type: 'string' } });
      if (!values.out) throw new UsageError('build needs --out <dir>, the folder to write the files to');
      return build(load(file).container, values.out, values.base ?? '/');
    } else if (command === 'edit') {
      const { file, values } = args(rest, { port: { type: 'string' } });
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && !(/^\d+$/.test(values.port!) && port <= 65535))
        throw new UsageError(`--port must be a number from 0 to 65535, got ${JSON.stringify(values.port)}`);
      return edit(file, port).catch((error) => {
        if (!(error instanceof Invalid)) throw error;
        process.stderr.write(`${error.message}\n`);
        return 1;
      });
    } else throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    return 0;
  } catch (error) {
    if (error instanceof Invalid) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`consent: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

const argv = process.argv.slice(2);
if (argv[0] === 'receipts') {
  // @conectamos/consent-server's own command, help included, loaded only here: it is an optional peer, so
  // `npx … consent validate` does not install (or compile) database drivers for a marketer's check.
  const server = await import('@conectamos/consent-server').catch(() => undefined);
  if (!server) {
    process.stderr.write(
      'consent receipts runs @conectamos/consent-server, which is not installed here.\n' +
        'Install it next to this package (npm install @conectamos/consent-server), or run\n' +
        '  npx -p @conectamos/consent-container -p @conectamos/consent-server consent receipts …\n',
    );
    process.exit(2);
  }
  // A database driver may keep handles open: exit as its own bin does, once what an export wrote has left stdout.
  const code = await server.receiptsCommand(argv.slice(1));
  process.stdout.write('', () => process.exit(code));
}
// exitCode rather than exit(): a large table piped to a file is written in full before Node exits.
else
  Promise.resolve(main(argv)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`consent: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
