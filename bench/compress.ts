/**
 * How docs/benchmarks.md counts bytes: gzip level 9 and brotli quality 11, the method used for every
 * library it compares with, so figures from different sections can be read side by side.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) size of `code`, in bytes. */
export const compressed = (code: Buffer | string) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Bytes as the tables show them. */
export const kb = (n: number): string => `${(n / 1000).toFixed(2)} KB`;
