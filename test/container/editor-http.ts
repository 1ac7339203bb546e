/** Shared by the editor's tests: a copy of a fixture in a fresh folder, and raw HTTP requests to the editor. */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, root } from './run';

/** A copy of a fixture as `consent.json` in a new temporary folder; returns the folder and the file. */
export function copyFixture(name: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'consent-edit-'));
  const file = join(dir, 'consent.json');
  copyFileSync(join(root, 'test/container/fixtures', name), file);
  return { dir, file };
}

/** An answer: status, headers, and the body as text and (when it is JSON) parsed. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/**
 * One request to the editor on 127.0.0.1, with any headers (node:http lets a test send the `Host` a rebound
 * name would, which fetch does not).
 */
export function call(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text);
          } catch {}
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `consent edit` running as a user runs it: the built CLI in a child process. */
export interface RunningEditor {
  child: ChildProcess;
  /** Everything it printed so far. */
  stdout(): string;
  url: string;
  port: number;
  token: string;
  /** Sends Ctrl+C (SIGINT) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `consent edit <file>` from the built CLI and waits for the address it prints. */
export async function runEditor(file: string): Promise<RunningEditor> {
  const child = spawn(process.execPath, [cliPath, 'edit', file], { cwd: root });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const found = await Promise.race([
    new Promise<RegExpExecArray>((resolve) => {
      const check = () => {
        const match = /open (http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))\n/.exec(out);
        if (match) resolve(match);
        else setTimeout(check, 25);
      };
      check();
    }),
    exited.then((code) => {
      throw new Error(`consent edit exited with ${code}: ${err}`);
    }),
  ]);
  return {
    child,
    stdout: () => out,
    url: found[1]!,
    port: Number(found[2]),
    token: found[3]!,
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}
