/**
 * `consent`: checks a container before it ships, and prints what a site needs for it (its CSP, its
 * cookie tables). A bin, bundled with the workspace packages into dist/cli.js: it runs on load.
 * Exit codes: 0 done, 1 the file is not a valid container (or cannot be read), 2 bad usage.
 */
// The declaration build (tsconfig.build.json) loads no ambient types; this file alone runs under Node.
/// <reference types="node" />
import { cspFor } from '@conectamos/consent';
import { isActive } from './campaigns';
import type { Container } from './container';
import { cookieTables } from './cookie-tables';
import { readTextFile } from './read-text-file';
import { adaptersOf } from './registry';
import { formatProblem, parseJson, validateContainer } from './validate';

const USAGE = `Usage: consent <command> <file>

Commands:
  validate <file>                         check a container before it ships
  csp <file> [--nonce <nonce>]            print the Content-Security-Policy its adapters need
  cookies <file> [--format markdown|html] print the cookie tables for the policy page (default markdown)

Exit codes: 0 done, 1 the file is not a valid container, 2 bad usage.
`;

/** Thrown for a usage mistake: printed with the usage, exit 2. */
class UsageError extends Error {}
/** Thrown when the file is unreadable or not a valid container: the lines are printed, exit 1. */
class Invalid extends Error {}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The command's one file and its `--name value` (or `--name=value`) options, only those it takes. */
function parseArgs(args: string[], takes: string[]): { file: string; options: Record<string, string> } {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
    if (!takes.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'one file at a time' : 'which file?');
  return { file: files[0]!, options };
}

/** Reads, parses and validates a container file; anything wrong is an `Invalid` listing why. */
function load(file: string): Container {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    throw new Invalid(`✗ cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseJson(text);
  if ('error' in parsed) {
    const { line, column, message } = parsed.error;
    throw new Invalid(`✗ ${file} is not valid JSON: line ${line}, column ${column}: ${message}`);
  }
  const { container, problems } = validateContainer(parsed.value);
  if (!container)
    throw new Invalid(
      [
        `✗ ${file} is not a valid container: ${plural(problems.length, 'problem')}`,
        ...problems.map(formatProblem),
      ].join('\n'),
    );
  return container;
}

/** Runs one command line; returns its exit code. */
function main(argv: string[]): number {
  const [command, ...args] = argv;
  try {
    if (command === 'validate') {
      const { file } = parseArgs(args, []);
      const container = load(file);
      const campaigns = container.campaigns ?? [];
      const active = campaigns.filter((c) => isActive(c)).length;
      process.stdout.write(
        `✓ ${file} is a valid container: ${plural(Object.keys(container.adapters ?? {}).length, 'adapter')}, ` +
          `${plural(campaigns.length, 'campaign')} (${active} active today)\n`,
      );
    } else if (command === 'csp') {
      const { file, options } = parseArgs(args, ['nonce']);
      const { nonce } = options;
      // The core's own rule for nonces: base64 characters, nothing that could end the attribute.
      if (nonce !== undefined && !/^[\w+/=-]+$/.test(nonce))
        throw new UsageError(`--nonce must be base64 characters, got ${JSON.stringify(nonce)}`);
      process.stdout.write(`${cspFor(adaptersOf(load(file)), { nonce })}\n`);
    } else if (command === 'cookies') {
      const { file, options } = parseArgs(args, ['format']);
      const format = options.format ?? 'markdown';
      if (format !== 'markdown' && format !== 'html')
        throw new UsageError(`--format must be markdown or html, got ${JSON.stringify(format)}`);
      process.stdout.write(`${cookieTables(load(file), format)}\n`);
    } else {
      const asked = command === undefined || command === '--help' || command === '-h' || command === 'help';
      throw new UsageError(asked ? '' : `unknown command ${JSON.stringify(command)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof Invalid) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `consent: ${error.message}\n\n` : ''}${USAGE}`);
      return 2;
    }
    throw error;
  }
}

// exitCode rather than exit(): a large table piped to a file is written in full before Node exits.
process.exitCode = main(process.argv.slice(2));
