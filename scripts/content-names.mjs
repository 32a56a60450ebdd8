// Trunk post-build hook: names wasm-bindgen's glue and the wasm after their final content.
// Trunk hashes them as wasm-bindgen wrote them, before the hooks change them (shrink-wasm,
// minify-js); a build whose hooks changed but whose Rust did not would then ship new bytes
// under old names, and the service worker and HTTP caches, which keep hashed names forever,
// would serve the old glue against the new page's integrity hash: the app would not start.
// Both files get one name from both contents, so they still pair (`<stem>-<hash>.js` and
// `<stem>-<hash>_bg.wasm`); index.html and the boot script are pointed at them, and the boot
// script, whose content changes with them, is renamed after its own.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashedName, staging } from './trunk-hook.mjs';

const { dir, page } = staging('content-names');
const fail = (why) => {
  console.error(`content-names: ${why}`);
  process.exit(1);
};
const wasmName = readdirSync(dir).find((f) => f.endsWith('_bg.wasm')) ?? fail('no *_bg.wasm in the build');
const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
const bootName = readdirSync(dir).find((f) => /^boot-[0-9a-f]+\.js$/.test(f)) ?? fail('no boot-*.js in the build');
const stem = glueName.replace(/-[0-9a-f]+\.js$/, '');
if (stem === glueName) fail(`${glueName} has no hash in its name; trunk's filehash is off?`);

const hash = createHash('sha256')
  .update(readFileSync(join(dir, glueName)))
  .update(readFileSync(join(dir, wasmName)))
  .digest('hex')
  .slice(0, 16);
const glue = `${stem}-${hash}.js`;
const wasm = `${stem}-${hash}_bg.wasm`;

const everywhere = (text) => text.replaceAll(wasmName, wasm).replaceAll(glueName, glue);
const bootOld = readFileSync(join(dir, bootName), 'utf8');
if (!bootOld.includes(glueName) || !bootOld.includes(wasmName)) fail(`${bootName} does not name ${glueName} and ${wasmName}`);
const bootCode = everywhere(bootOld);
const boot = hashedName('boot', 'js', bootCode);
const html = readFileSync(page, 'utf8');
if (!html.includes(glueName) || !html.includes(bootName)) fail(`index.html does not name ${glueName} and ${bootName}`);

renameSync(join(dir, glueName), join(dir, glue));
renameSync(join(dir, wasmName), join(dir, wasm));
renameSync(join(dir, bootName), join(dir, boot));
writeFileSync(join(dir, boot), bootCode);
writeFileSync(page, everywhere(html).replaceAll(bootName, boot));
console.log(`content-names: ${glue}, ${wasm}, ${boot}`);
