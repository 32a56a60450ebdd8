// Trunk post-build hook (release builds): leaves out of the wasm and of wasm-bindgen's glue
// what the page can never call, then optimizes the wasm for size (trunk's own wasm-opt step is
// off in index.html, because it would run before this one).
//
// A dependency of the web framework exports JavaScript classes from the wasm (stream
// adapters for server calls, which a page with no server never makes). wasm-bindgen keeps
// every export, and everything it reaches, in both files. Here:
//   1. each class the glue exports is removed from it, with its finalizer and its dispose line,
//      when nothing else in the glue names it (the page imports only the glue's init);
//   2. the wasm keeps only the exports the glue still names (wasm-metadce); the functions only
//      those exports could reach through the function table are given an empty body (see
//      `snipUnreachable`), and wasm-opt -Oz runs on what is left;
//   3. the glue's import functions that the smaller wasm no longer imports are removed;
//   4. the names the wasm and the glue share (imports, their module, exports) become short
//      identifiers (scripts/wasm-names.mjs): wasm-bindgen's carry a 16-digit hash each.
// Any surprise in the glue's shape stops the build: a wrong cut would break the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import binaryenJs from 'binaryen';
import { integrity, staging } from './trunk-hook.mjs';
import { renameWasm, shortNames } from './wasm-names.mjs';

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
/** The property nodes of every `wasm.<name>` in the glue: how it names the wasm's exports. */
function exportsNamed(ast) {
  const found = [];
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.object.name === 'wasm') {
      found.push(node.property);
    }
    for (const [field, child] of Object.entries(node)) if (field !== 'type') visit(child);
  };
  visit(ast);
  return found;
}

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
/**
 * The stream adapters' methods (removed from the glue in step 1, from the wasm's exports by
 * wasm-metadce) each turn a Rust future into a JavaScript promise with js-sys's
 * `future_to_promise`, which boxes the closures that run the future. A boxed closure's code is
 * called through the function table, from a vtable in the data: wasm-metadce cannot tell that
 * nothing will ever make those vtables, so it keeps the closures and all they call. Once no
 * `future_to_promise` is left in the code, nothing can make one: their bodies become
 * `unreachable` and wasm-opt then drops what only they called.
 *
 * Checked first, by the names the build keeps until wasm-opt: no `future_to_promise` itself is
 * left, and every future it was made for (named by its closures' drop functions) is a stream
 * adapter's. Otherwise nothing is snipped and the build says why (the size gate then tells
 * whether that matters). Returns how many functions were snipped.
 */
function snipUnreachable(file) {
  const module = binaryenJs.readBinary(readFileSync(file));
  try {
    const functions = [];
    for (let i = 0; i < module.getNumFunctions(); i++) functions.push(binaryenJs.getFunctionInfo(module.getFunctionByIndex(i)));
    const skip = (why) => {
      console.warn(`shrink-wasm: nothing snipped: ${why}`);
      return 0;
    };
    if (functions.some((f) => /^js_sys::futures::future_to_promise::h[0-9a-f]{16}$/.test(f.name))) {
      return skip('the page itself turns a future into a promise (js_sys::futures::future_to_promise is still called)');
    }
    const madeFor = functions.flatMap((f) => f.name.match(/^core::ptr::drop_in_place<js_sys::futures::future_to_promise<(.*)>::\{\{closure\}\}/)?.[1] ?? []);
    const other = madeFor.find((future) => !future.includes('wasm_streams::'));
    if (other) return skip(`future_to_promise also runs ${other}`);
    const closures = functions.filter((f) => f.name.startsWith('js_sys::futures::future_to_promise::{{closure}}') && f.body);
    if (closures.length && !madeFor.length) return skip('no drop function names the futures future_to_promise was made for');
    for (const f of closures) binaryenJs.Function.setBody(module.getFunction(f.name), module.unreachable());
    // With the names still in it, for wasm-opt to keep or drop as asked.
    binaryenJs.setDebugInfo(true);
    if (closures.length) writeFileSync(file, module.emitBinary());
    return closures.length;
  } finally {
    module.dispose();
  }
}

let snipped = 0;
const work = mkdtempSync(join(tmpdir(), 'shrink-wasm-'));
try {
  const graphPath = join(work, 'graph.json');
  const trimmed = join(work, 'trimmed.wasm');
  writeFileSync(graphPath, JSON.stringify(graph));
  // SHRINK_WASM_NAMES=1 keeps the functions' names (for a profile that names them); until
  // wasm-opt they are kept anyway, as the snip below finds functions by name.
  const names = process.env.SHRINK_WASM_NAMES === '1' ? ['-g'] : [];
  execFileSync(binaryen('wasm-metadce'), ['-g', '-f', graphPath, wasmPath, '-o', trimmed], { stdio: ['ignore', 'ignore', 'inherit'] });
  snipped = snipUnreachable(trimmed);
  execFileSync(binaryen('wasm-opt'), ['-Oz', '--converge', ...names, trimmed, '-o', wasmPath], { stdio: 'inherit' });
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

// 4. Short names. The glue names an import once, as a key of its import object, and the
// import module once, as the key it returns that object under; it names an export only as
// `wasm.<name>`. The memory keeps its name (the benchmark reads it).
const shared = shortNames(1)[0];
const renames = []; // [start, end, text] in the glue
const byImport = new Map();
const byExport = new Map();
{
  const ast = program(glue);
  const getImports = ast.body.find((s) => s.type === 'FunctionDeclaration' && s.id.name === '__wbg_get_imports');
  const declaration = getImports?.body.body.find((s) => s.type === 'VariableDeclaration')?.declarations[0];
  const returned = getImports?.body.body.find((s) => s.type === 'ReturnStatement')?.argument;
  const moduleKey = returned?.properties?.find((p) => p.value?.type === 'Identifier' && p.value.name === declaration?.id.name)?.key;
  if (declaration?.init?.type !== 'ObjectExpression' || moduleKey?.type !== 'Literal') {
    fail('__wbg_get_imports does not return its import object under one module name; wasm-bindgen output changed?');
  }
  const wasmImports = WebAssembly.Module.imports(new WebAssembly.Module(after));
  if (wasmImports.some((i) => i.module !== moduleKey.value)) fail(`the wasm imports from a module other than ${moduleKey.value}`);
  renames.push([moduleKey.start, moduleKey.end, JSON.stringify(shared)]);
  const keys = new Map(
    declaration.init.properties
      .filter((p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name !== '__proto__')
      .map((p) => [p.key.name, p.key]),
  );
  const importNames = shortNames(wasmImports.length);
  wasmImports.forEach((i, n) => {
    const key = keys.get(i.name) ?? fail(`the glue has no import function ${i.name}`);
    byImport.set(i.name, importNames[n]);
    renames.push([key.start, key.end, importNames[n]]);
  });
  const wasmExports = WebAssembly.Module.exports(new WebAssembly.Module(after)).filter((e) => e.name !== 'memory');
  const exportNames = shortNames(wasmExports.length);
  wasmExports.forEach((e, n) => byExport.set(e.name, exportNames[n]));
  for (const property of exportsNamed(ast)) {
    const renamed = byExport.get(property.name);
    if (renamed) renames.push([property.start, property.end, renamed]);
  }
}
for (const [start, end, text] of renames.sort((a, b) => b[0] - a[0])) glue = glue.slice(0, start) + text + glue.slice(end);
const known = new Set([...byExport.values(), 'memory']);
for (const property of exportsNamed(program(glue))) {
  if (!known.has(property.name)) fail(`the glue names wasm.${property.name}, which the wasm does not export`);
}
for (const old of byImport.keys()) {
  if (named(glue, old)) fail(`the glue still names ${old} after the short names were given`);
}
const shortened = renameWasm(
  after,
  (_, field) => [shared, byImport.get(field) ?? field],
  (name) => byExport.get(name) ?? name,
);
new WebAssembly.Module(shortened); // still a valid module
writeFileSync(wasmPath, shortened);

writeFileSync(gluePath, glue);
// Trunk pins the glue with an integrity hash; the changed file needs the new one.
const html = readFileSync(page, 'utf8');
if (!html.includes(integrity(original))) fail(`index.html does not pin ${glueName} with its integrity hash; trunk output changed?`);
writeFileSync(page, html.replaceAll(integrity(original), integrity(glue)));
console.log(
  `shrink-wasm: removed ${removed.length} unused classes (${removed.join(', ') || 'none'}), ` +
    `${exports.length - kept.length} wasm exports and ${unused.length} imports, snipped ${snipped} functions they alone reached, ` +
    `gave ${byImport.size} imports and ${byExport.size} exports short names; ` +
    `wasm ${before.length} -> ${shortened.length} bytes, glue ${original.length} -> ${glue.length} bytes`,
);
