// The declaration build (tsconfig.build.json) loads no ambient types; this package runs under Node.
/// <reference types="node" />
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The largest container file the tools read: a real one is a few kilobytes. */
export const MAX_FILE_BYTES = 1_048_576;

/**
 * Reads a UTF-8 text file for the tools, refusing what no container is: more than `MAX_FILE_BYTES`
 * (read in chunks, so an endless device such as /dev/zero stops at the limit instead of never returning),
 * a directory, or bytes that are not valid UTF-8 (a silent replacement character would let a damaged file
 * be called valid). Throws an Error whose message says which, in words.
 */
export function readTextFile(file: string, limit = MAX_FILE_BYTES): string {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).isDirectory()) throw new Error('it is a folder, not a file');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit)
        throw new Error(`it is larger than ${limit / 1024 / 1024} MB; a container is a few kilobytes`);
      chunks.push(chunk.subarray(0, read));
    }
    const bytes = Buffer.concat(chunks);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`it is not UTF-8 text (invalid bytes at byte ${firstInvalidByte(bytes)})`);
    }
  } finally {
    closeSync(fd);
  }
}

/** The offset of the first byte that does not decode, found by decoding ever longer valid prefixes. */
function firstInvalidByte(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes (allowing a sequence cut at the end) ends where the damage starts.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
