// Trunk post-build hook: minifies the page's JavaScript (wasm-bindgen's glue, which trunk
// cannot minify, the offline service worker and the view picker) with terser, then writes the glue's new
// Subresource Integrity hash into index.html so the browser still accepts it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { integrity, staging } from './trunk-hook.mjs';

const { dir, page } = staging('minify-js');
let html = readFileSync(page, 'utf8');


for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const file = join(dir, name);
  const source = readFileSync(file, 'utf8');
  // The service worker and the view picker are classic scripts; the rest are modules.
  const classic = name === 'sw.js' || name.startsWith('pick-view-');
  const result = await minify(source, {
    module: !classic,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== 'string' || result.code.length === 0) {
    console.error(`minify-js: terser gave nothing for ${name}`);
    process.exit(1);
  }
  writeFileSync(file, result.code);
  // Trunk pins the glue with an integrity hash; a changed file needs the new one.
  const before = integrity(source);
  if (html.includes(before)) html = html.replaceAll(before, integrity(result.code));
  console.log(`minify-js: ${name} ${source.length} -> ${result.code.length} bytes`);
}
writeFileSync(page, html);

// Every integrity hash in the page must match its file, or the browser refuses the file.
const pinned = [...html.matchAll(/href=["']?\.\/([^"' >]+)["']?[^>]*?integrity=["']?(sha384-[A-Za-z0-9+/=]+)/g)];
if (!pinned.some(([, href]) => href.endsWith('.js'))) {
  console.error('minify-js: index.html pins no script with an integrity hash; trunk output changed?');
  process.exit(1);
}
for (const [, href, hash] of pinned) {
  if (integrity(readFileSync(join(dir, href))) !== hash) {
    console.error(`minify-js: the integrity hash of ${href} in index.html does not match the file`);
    process.exit(1);
  }
}
