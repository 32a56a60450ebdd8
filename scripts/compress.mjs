// Trunk post-build hook, run last: writes a brotli (.br, quality 11) and a gzip (.gz, level 9)
// copy beside every text file and the WebAssembly, as a static host serves them. A host (or
// scripts/static-server.mjs) sends the copy the browser accepts, with Content-Encoding.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { staging } from './trunk-hook.mjs';

/** What is worth compressing: text and WebAssembly (images and fonts come compressed). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|txt|webmanifest)$/;

const { dir } = staging('compress');
for (const name of readdirSync(dir)) {
  const file = join(dir, name);
  if (!COMPRESSIBLE.test(name) || !statSync(file).isFile()) continue;
  const body = readFileSync(file);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  console.log(`compress: ${name} ${body.length} -> br ${br.length}, gz ${gz.length} bytes`);
}
