// Byte counting shared by bench/run.mjs and bench/size-gate.mjs: raw, gzip (level 9) and
// brotli (quality 11) sizes of a buffer, computed with node:zlib.

import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const KiB = 1024;

/** @param {Buffer|Uint8Array} bytes @returns {{raw:number, gzip:number, brotli:number}} */
export function compressedSizes(bytes) {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/** Adds up a list of {raw, gzip, brotli}. */
export function sumSizes(list) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const s of list) {
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

/** "12.3 KiB" */
export function kib(bytes) {
  return `${(bytes / KiB).toFixed(1)} KiB`;
}
