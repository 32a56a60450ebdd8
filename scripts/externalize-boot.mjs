// Trunk post-build hook: moves trunk's inline boot <script type="module"> into its own file so
// the page runs under a strict Content-Security-Policy (script-src 'self', no inline scripts).
// The page already shows every figure (src/prerender.rs), so the app's code waits for it: the
// boot fetches and starts the wasm only after the first frame is painted, and the wasm is not
// preloaded, so on a slow link it does not share the bandwidth with the page and its stylesheet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashedName, staging } from './trunk-hook.mjs';

const { dir, page } = staging('externalize-boot');
const html = readFileSync(page, 'utf8');
const inline = /<script type=("module"|module)>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error('externalize-boot: no inline module script in index.html; trunk output changed?');
  process.exit(1);
}
const start = /^(\s*)(const \w+ = )?await init\(/m;
if (!start.test(found[2])) {
  console.error('externalize-boot: no "await init(" in trunk\'s boot script; trunk output changed?');
  process.exit(1);
}
const code = found[2].replace(
  start,
  (line, indent) => `${indent}await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));\n${line}`,
);
const wasmPreload = /<link\b(?=[^>]*\brel=("preload"|preload)[\s>])(?=[^>]*\.wasm\b)[^>]*>/;
if (!wasmPreload.test(html)) {
  console.error('externalize-boot: no wasm preload in index.html; trunk output changed?');
  process.exit(1);
}
const name = hashedName('boot', 'js', code);
writeFileSync(join(dir, name), code);
writeFileSync(page, html.replace(inline, `<script type=module src=./${name}></script>`).replace(wasmPreload, ''));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(page, 'utf8'))) {
  console.error('externalize-boot: an inline script is still in index.html');
  process.exit(1);
}
console.log(`externalize-boot: boot script moved to ${name}`);
