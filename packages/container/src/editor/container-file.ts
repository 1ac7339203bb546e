// The declaration build (tsconfig.build.json) loads no ambient types; this module runs under Node.
/// <reference types="node" />
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseJsonText } from '../json-text';
import { isObject } from '../json-values';
import { readTextFile } from '../read-text-file';

/** The file as it is on disk now: its text, its parsed value, and a version to detect changes by. */
export interface FileState {
  /** The text, as read. */
  text: string;
  /** The parsed container. */
  value: Record<string, unknown>;
  /** The SHA-256 of the text: a save names the version it was made from. */
  version: string;
}

/** Thrown when the file cannot be opened or saved; the message says why, in words. */
export class FileError extends Error {}

/** Thrown when the file changed on disk since the version a save was made from. */
export class ConflictError extends Error {}

const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A container as the editor writes it: 2-space JSON, its keys in the order they stand, a trailing newline. */
export const formatContainer = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The one file an editor session reads and writes. Its path is fixed when the session starts (symbolic
 * links resolved, so a save replaces the target and keeps the link); nothing else is ever read or written.
 */
export class ContainerFile {
  /** The file's real path. */
  readonly path: string;
  /** The name shown in the page: the name the user typed, without folders. */
  readonly name: string;

  constructor(file: string) {
    try {
      this.path = realpathSync(file);
    } catch (error) {
      throw new FileError(`cannot open ${file}: ${(error as Error).message}`);
    }
    this.name = basename(file);
  }

  /** Reads and parses the file; throws a `FileError` when it is not a JSON object a person could edit here. */
  read(): FileState {
    let text: string;
    try {
      text = readTextFile(this.path);
    } catch (error) {
      throw new FileError(`cannot read ${this.name}: ${(error as Error).message}`);
    }
    const parsed = parseJsonText(text);
    if ('error' in parsed) {
      const { line, column, message } = parsed.error;
      throw new FileError(
        `${this.name} is not valid JSON (line ${line}, column ${column}: ${message}); fix it in a text editor first`,
      );
    }
    const { value } = parsed.text;
    if (!isObject(value))
      throw new FileError(`${this.name} is not a container: a container is a JSON object ({ … })`);
    return { text, value, version: versionOf(text) };
  }

  /** The version on disk now, or undefined when the file is gone or unreadable. */
  currentVersion(): string | undefined {
    try {
      return versionOf(readTextFile(this.path));
    } catch {
      return undefined;
    }
  }

  /**
   * Writes `value` formatted, if the file is still at `version`: to a temporary file beside it, flushed,
   * then renamed over it, so a crash or a full disk never leaves half a container (and a reader never sees
   * one). Keeps the file's permissions. Throws a `ConflictError` when the file changed since `version`.
   * Returns the new state.
   */
  save(value: Record<string, unknown>, version: string): FileState {
    if (this.currentVersion() !== version)
      throw new ConflictError(
        `${this.name} changed on disk since you opened it (another editor, a git pull?): reload it to see that version; your changes here would be lost`,
      );
    const text = formatContainer(value);
    const mode = statSync(this.path).mode & 0o777;
    const temporary = join(
      dirname(this.path),
      `.${basename(this.path)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      const fd = openSync(temporary, 'wx', mode);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Never created, or already renamed.
      }
      throw new FileError(`cannot save ${this.name}: ${(error as Error).message}`);
    }
    return { text, value, version: versionOf(text) };
  }
}
