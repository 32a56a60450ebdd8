// The built page's file names: every script and the wasm are named after their final content,
// so a cache that keeps hashed names forever never serves an old file to a new page.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DIST } from './support.mjs';

const files = readdirSync(DIST);
const read = (name) => readFileSync(path.join(DIST, name));
const sha256 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};

describe('built file names', () => {
  test('the glue and the wasm are named after their content, and the page and boot script name them', () => {
    const wasm = files.find((f) => f.endsWith('_bg.wasm'));
    assert.ok(wasm, 'a wasm in dist/');
    const glue = wasm.replace(/_bg\.wasm$/, '.js');
    assert.ok(files.includes(glue), `${glue} beside ${wasm}`);
    const hash = glue.match(/-([0-9a-f]{16})\.js$/)?.[1];
    assert.equal(hash, sha256(read(glue), read(wasm)), `${glue} and ${wasm} are named after what they hold`);
    const boot = files.find((f) => /^boot-[0-9a-f]{16}\.js$/.test(f));
    assert.ok(boot, 'a boot script in dist/');
    assert.equal(boot, `boot-${sha256(read(boot))}.js`, 'the boot script is named after what it holds');
    const bootCode = read(boot).toString('utf8');
    assert.ok(bootCode.includes(`./${glue}`) && bootCode.includes(`./${wasm}`), 'the boot script loads them');
    const html = read('index.html').toString('utf8');
    assert.ok(html.includes(`./${glue}`) && html.includes(`./${boot}`), 'the page names the glue and the boot script');
  });
});
