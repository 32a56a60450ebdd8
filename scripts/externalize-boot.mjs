// Trunk post-build hook: moves trunk's inline boot <script type="module"> into its own file so
// the page runs under a strict Content-Security-Policy (script-src 'self', no inline scripts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { staging } from './trunk-hook.mjs';

const { dir, page } = staging('externalize-boot');
const html = readFileSync(page, 'utf8');
const inline = /<script type=("module"|module)>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error('externalize-boot: no inline module script in index.html; trunk output changed?');
  process.exit(1);
}
const code = found[2];
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(page, html.replace(inline, `<script type=module src=./${name}></script>`));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(page, 'utf8'))) {
  console.error('externalize-boot: an inline script is still in index.html');
  process.exit(1);
}
console.log(`externalize-boot: boot script moved to ${name}`);
