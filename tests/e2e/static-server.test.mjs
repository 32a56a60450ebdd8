// Tests of scripts/static-server.mjs on its own, against a small temporary folder.

import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CSP, start } from '../../scripts/static-server.mjs';

/** A raw GET that sends the path exactly as given (fetch would normalise "..") */
function rawGet(url, rawPath, method = 'GET') {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static-server.mjs', () => {
  let dir;
  let root;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
    root = path.join(dir, 'site');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><h1>home</h1>');
    writeFileSync(path.join(root, 'app-1a2b.js'), 'export const x = 1;');
    writeFileSync(path.join(root, 'app-1a2b_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    writeFileSync(path.join(root, 'style.css'), 'body{}');
    writeFileSync(path.join(root, 'sub', 'data.json'), '{"a":1}');
    writeFileSync(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(root, 'a file.txt'), 'spaced');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'secret.txt'), 'outside the root');
    // Links out of the root (a relative file link, an absolute folder link) and one inside it.
    symlinkSync('../secret.txt', path.join(root, 'leak.txt'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(root, 'linked'));
    symlinkSync('style.css', path.join(root, 'alias.css'));
    symlinkSync(root, path.join(dir, 'site-link'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('serves files with the right MIME types and index.html for "/"', async () => {
    const srv = await start({ root, port: 0 });
    try {
      assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const cases = [
        ['/', 'text/html; charset=utf-8', '<h1>home</h1>'],
        ['/index.html', 'text/html; charset=utf-8', '<h1>home</h1>'],
        ['/?view=states&x=%ZZ', 'text/html; charset=utf-8', '<h1>home</h1>'],
        ['/app-1a2b.js', 'text/javascript; charset=utf-8', 'export const x'],
        ['/style.css', 'text/css; charset=utf-8', 'body{}'],
        ['/sub/data.json', 'application/json; charset=utf-8', '{"a":1}'],
        ['/icon.svg', 'image/svg+xml', '<svg'],
        ['/a%20file.txt', 'text/plain; charset=utf-8', 'spaced'],
      ];
      for (const [p, type, body] of cases) {
        const res = await fetch(new URL(p, srv.url));
        assert.equal(res.status, 200, p);
        assert.equal(res.headers.get('content-type'), type, p);
        assert.ok((await res.text()).includes(body), p);
      }
      const wasm = await fetch(new URL('/app-1a2b_bg.wasm', srv.url));
      assert.equal(wasm.status, 200);
      assert.equal(wasm.headers.get('content-type'), 'application/wasm');
      const bytes = new Uint8Array(await wasm.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 4)], [0, 0x61, 0x73, 0x6d]);
      assert.equal(wasm.headers.get('content-security-policy'), null, 'no CSP unless asked for');
    } finally {
      await srv.close();
    }
  });

  test('answers 404 for missing files, folders without index, and paths outside root', async () => {
    const srv = await start({ root, port: 0 });
    try {
      for (const p of ['/nope', '/nope.wasm', '/sub', '/sub/', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/%ZZ']) {
        const res = await rawGet(srv.url, p);
        assert.equal(res.status, 404, `${p} -> ${res.status}`);
        assert.ok(!res.body.includes('outside the root'), p);
      }
      const head = await rawGet(srv.url, '/style.css', 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.body, '');
      assert.equal(head.headers['content-length'], '6');
      const post = await rawGet(srv.url, '/', 'POST');
      assert.equal(post.status, 405);
    } finally {
      await srv.close();
    }
  });

  test('refuses symlinks that lead outside root, also when the root itself is a symlink', async () => {
    for (const served of [root, path.join(dir, 'site-link')]) {
      const srv = await start({ root: served, port: 0 });
      try {
        for (const p of ['/leak.txt', '/linked/secret.txt', '/linked/', '/sub/../leak.txt']) {
          const res = await rawGet(srv.url, p);
          assert.equal(res.status, 404, `${served}: ${p} -> ${res.status}`);
          assert.ok(!res.body.includes('outside the root'), `${served}: ${p}`);
        }
        for (const [p, body] of [['/', '<h1>home</h1>'], ['/sub/data.json', '{"a":1}'], ['/alias.css', 'body{}']]) {
          const res = await rawGet(srv.url, p);
          assert.equal(res.status, 200, `${served}: ${p} -> ${res.status}`);
          assert.ok(res.body.includes(body), `${served}: ${p}`);
        }
        assert.equal((await rawGet(srv.url, '/alias.css')).headers['content-type'], 'text/css; charset=utf-8');
      } finally {
        await srv.close();
      }
    }
  });

  test('the server sends the policy that _headers gives static hosts, and the page carries it without frame-ancestors', () => {
    const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
    const headers = readFileSync(path.join(repo, '_headers'), 'utf8');
    assert.ok(headers.includes(`Content-Security-Policy: ${CSP}\n`), headers);
    assert.ok(!/X-Frame-Options/i.test(headers), 'no X-Frame-Options: embedding is allowed');
    // A meta tag cannot carry frame-ancestors (the browser ignores it there and says so).
    const html = readFileSync(path.join(repo, 'index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
    assert.equal(meta, CSP.replace('; frame-ancestors *', ''));
  });

  test('--csp adds the strict Content-Security-Policy header', async () => {
    const srv = await start({ root, port: 0, csp: true });
    try {
      for (const p of ['/', '/app-1a2b.js']) {
        const res = await fetch(new URL(p, srv.url));
        assert.equal(res.headers.get('content-security-policy'), CSP);
      }
      assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval'/);
      assert.match(CSP, /default-src 'none'/);
      // Any site may frame the page to embed a chart; nothing forbids it.
      assert.match(CSP, /frame-ancestors \*/);
      const res = await fetch(new URL('/', srv.url));
      assert.equal(res.headers.get('x-frame-options'), null);
    } finally {
      await srv.close();
    }
  });

  test('listens on 127.0.0.1 only, and close() frees the port', async () => {
    const srv = await start({ root, port: 0 });
    const addr = srv.server.address();
    assert.equal(addr.address, '127.0.0.1');
    await srv.close();
    await assert.rejects(fetch(srv.url));
  });

  test('refuses a root folder that does not exist', async () => {
    await assert.rejects(start({ root: path.join(dir, 'missing'), port: 0 }), /does not exist/);
  });

  test('sends the build\'s brotli or gzip copy the browser accepts, with Content-Encoding', async () => {
    const copies = mkdtempSync(path.join(tmpdir(), 'static-server-enc-'));
    const text = 'export const answer = "compressed";\n'.repeat(40);
    writeFileSync(path.join(copies, 'app.js'), text);
    writeFileSync(path.join(copies, 'app.js.br'), brotliCompressSync(text));
    writeFileSync(path.join(copies, 'app.js.gz'), gzipSync(text));
    writeFileSync(path.join(copies, 'plain.css'), 'body{}');
    writeFileSync(path.join(dir, 'outside.gz'), gzipSync('outside the root'));
    symlinkSync(path.join(dir, 'outside.gz'), path.join(copies, 'plain.css.gz'));
    const srv = await start({ root: copies, port: 0 });
    const get = (p, acceptEncoding) =>
      new Promise((resolve, reject) => {
        const { hostname, port } = new URL(srv.url);
        const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
        const req = request({ hostname, port, path: p, headers }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const cases = [
        ['gzip, deflate, br, zstd', 'br', (b) => brotliDecompressSync(b)],
        ['gzip', 'gzip', (b) => gunzipSync(b)],
        ['br;q=0, gzip', 'gzip', (b) => gunzipSync(b)],
        [undefined, undefined, (b) => b],
        ['identity', undefined, (b) => b],
      ];
      for (const [accept, encoding, decode] of cases) {
        const res = await get('/app.js', accept);
        assert.equal(res.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`);
        assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
        assert.equal(res.headers.vary, 'Accept-Encoding');
        assert.equal(Number(res.headers['content-length']), res.body.length, `Accept-Encoding: ${accept}`);
        assert.equal(decode(res.body).toString('utf8'), text, `Accept-Encoding: ${accept}`);
      }
      // A copy that leads out of the root is not sent; the file itself is.
      const css = await get('/plain.css', 'gzip');
      assert.equal(css.headers['content-encoding'], undefined);
      assert.equal(css.body.toString('utf8'), 'body{}');
    } finally {
      await srv.close();
      rmSync(copies, { recursive: true, force: true });
    }
  });
});
