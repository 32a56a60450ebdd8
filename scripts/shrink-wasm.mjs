// Trunk post-build hook (release builds): leaves out of the wasm and of wasm-bindgen's glue
// what the page can never call, then optimizes the wasm for size (trunk's own wasm-opt step is
// off in index.html, because it would run before this one).
//
// A dependency of the web framework exports JavaScript classes from the wasm (stream
// adapters for server calls, which a page with no server never makes). wasm-bindgen keeps
// every export, and everything it reaches, in both files. Here:
//   1. each class the glue exports is removed from it, with its finalizer and its dispose line,
//      when nothing else in the glue names it (the page imports only the glue's init);
//   2. the wasm keeps only the exports the glue still names (wasm-metadce), and wasm-opt -Oz
//      runs on what is left;
//   3. the glue's import functions that the smaller wasm no longer imports are removed.
// Any surprise in the glue's shape stops the build: a wrong cut would break the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { integrity, staging } from './trunk-hook.mjs';

const { dir, page } = staging('shrink-wasm');
if (process.env.TRUNK_PROFILE !== 'release') {
  console.log(`shrink-wasm: ${process.env.TRUNK_PROFILE ?? 'unknown'} build, left as wasm-bindgen wrote it`);
  process.exit(0);
}
const fail = (why) => {
  console.error(`shrink-wasm: ${why}`);
  process.exit(1);
};
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const binaryen = (tool) => join(REPO_ROOT, 'node_modules', 'binaryen', 'bin', tool);

const wasmName = readdirSync(dir).find((f) => f.endsWith('_bg.wasm')) ?? fail('no *_bg.wasm in the build');
const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
const wasmPath = join(dir, wasmName);
const gluePath = join(dir, glueName);
const original = readFileSync(gluePath, 'utf8');

/** Removes the [start, end) ranges from `text`, with the line break after each. */
function cut(text, ranges) {
  let out = text;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) {
    const stop = out[end] === '\n' ? end + 1 : end;
    out = out.slice(0, start) + out.slice(stop);
  }
  return out;
}
const named = (text, name) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(text);
const program = (text) => parse(text, { ecmaVersion: 'latest', sourceType: 'module' });

// 1. Exported classes nobody else names.
let glue = original;
const removed = [];
for (const statement of program(original).body) {
  if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'ClassDeclaration') continue;
  const name = statement.declaration.id.name;
  const ast = program(glue);
  const parts = ast.body.filter((s) => {
    const text = glue.slice(s.start, s.end);
    if (s.type === 'ExportNamedDeclaration' && s.declaration?.id?.name === name) return true;
    if (s.type === 'IfStatement' && text.includes(`${name}.prototype[Symbol.dispose]`)) return true;
    return s.type === 'VariableDeclaration' && s.declarations.every((d) => d.id.name === `${name}Finalization`);
  });
  const without = cut(glue, parts.map((s) => [s.start, s.end]));
  if (named(without, name) || named(without, `${name}Finalization`)) continue;
  glue = without;
  removed.push(name);
}

// 2. The wasm keeps what the glue names.
const before = readFileSync(wasmPath);
const exports = WebAssembly.Module.exports(new WebAssembly.Module(before));
const kept = exports.filter((e) => named(glue, e.name));
if (!kept.some((e) => e.name === 'memory') || !kept.some((e) => e.name === '__wbindgen_start')) {
  fail('the glue no longer names the wasm memory or its start function; wasm-bindgen output changed?');
}
const imports = WebAssembly.Module.imports(new WebAssembly.Module(before));
const graph = [
  ...kept.map((e) => ({ name: `export:${e.name}`, export: e.name, root: true })),
  ...imports.map((i) => ({ name: `import:${i.module}:${i.name}`, import: [i.module, i.name] })),
];
const work = mkdtempSync(join(tmpdir(), 'shrink-wasm-'));
try {
  const graphPath = join(work, 'graph.json');
  const trimmed = join(work, 'trimmed.wasm');
  writeFileSync(graphPath, JSON.stringify(graph));
  execFileSync(binaryen('wasm-metadce'), ['-f', graphPath, wasmPath, '-o', trimmed], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(binaryen('wasm-opt'), ['-Oz', '--converge', trimmed, '-o', wasmPath], { stdio: 'inherit' });
} finally {
  rmSync(work, { recursive: true, force: true });
}
const after = readFileSync(wasmPath);

// 3. Import functions the wasm no longer asks for.
const needed = new Set(WebAssembly.Module.imports(new WebAssembly.Module(after)).map((i) => i.name));
const getImports = program(glue).body.find((s) => s.type === 'FunctionDeclaration' && s.id.name === '__wbg_get_imports');
const table = getImports?.body.body.find((s) => s.type === 'VariableDeclaration')?.declarations[0]?.init;
if (table?.type !== 'ObjectExpression') fail('no import object in __wbg_get_imports; wasm-bindgen output changed?');
const unused = table.properties.filter((p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name.startsWith('__wbg') && !needed.has(p.key.name));
// Each property with its comma and the indentation of the line it starts.
glue = cut(
  glue,
  unused.map((p) => {
    let start = p.start;
    while (glue[start - 1] === ' ') start--;
    const end = glue[p.end] === ',' ? p.end + 1 : p.end;
    return [start, end];
  }),
);
program(glue); // still JavaScript

writeFileSync(gluePath, glue);
// Trunk pins the glue with an integrity hash; the changed file needs the new one.
const html = readFileSync(page, 'utf8');
if (!html.includes(integrity(original))) fail(`index.html does not pin ${glueName} with its integrity hash; trunk output changed?`);
writeFileSync(page, html.replaceAll(integrity(original), integrity(glue)));
console.log(
  `shrink-wasm: removed ${removed.length} unused classes (${removed.join(', ') || 'none'}), ` +
    `${exports.length - kept.length} wasm exports and ${unused.length} imports; ` +
    `wasm ${before.length} -> ${after.length} bytes, glue ${original.length} -> ${glue.length} bytes`,
);
