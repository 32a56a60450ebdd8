#!/usr/bin/env node
// A small, dependency-free static file server for the built app (dist/).
//
// CLI:    node scripts/static-server.mjs [--root DIR] [--port N] [--csp] [--name TEXT]
//         (port also from $PORT; default root "dist", default port 8080)
// Module: import { start } from './static-server.mjs';
//         const { url, close } = await start({ root: 'dist', port: 0, csp: true });
//
// It binds 127.0.0.1 only, serves index.html for "/", answers 404 for
// anything that is not a file inside root (symlinks included: the real path must stay
// inside root), and never lists directories.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The page's own policy (index.html carries the same as a meta tag), plus frame-ancestors,
// which only a header can send: any site may frame the page to embed a chart (README, Deploy).
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; " +
  'frame-ancestors *';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True if the absolute path `p` is `root` or lies under it. */
function isInside(root, p) {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** Map a request URL path to a file inside root, or null if it escapes root / is malformed. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return isInside(root, full) ? full : null;
}

/** The encodings a browser accepts, from its Accept-Encoding header ("gzip, deflate, br"). */
export function acceptedEncodings(header) {
  const accepted = new Set();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * The compressed copy of `file` written by the build (scripts/compress.mjs) that the browser
 * accepts, brotli first: {path, size, encoding}, or null to send the file itself.
 */
async function compressedCopy(root, file, acceptEncoding) {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.has(encoding)) continue;
    // Like any file served, a copy must really lie inside the root.
    const real = await realpath(file + suffix).catch(() => null);
    const copy = real && isInside(root, real) ? await stat(real).catch(() => null) : null;
    if (copy && copy.isFile()) return { path: real, size: copy.size, encoding };
  }
  return null;
}

/**
 * Start serving `root` on 127.0.0.1.
 * @param {{root?: string, port?: number, csp?: boolean, quiet?: boolean}} opts
 * @returns {Promise<{url: string, port: number, server: import('node:http').Server, close: () => Promise<void>}>}
 */
export async function start({ root = 'dist', port = 0, csp = false, quiet = true } = {}) {
  const absRoot = path.resolve(root);
  const rootStat = await stat(absRoot).catch(() => null);
  if (!rootStat || !rootStat.isDirectory()) {
    throw new Error(`static-server: root folder ${absRoot} does not exist`);
  }
  // Resolved once, so a root that is itself a symlink still serves its own files.
  const realRoot = await realpath(absRoot);

  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    const send = (code, body, headers = {}) => {
      res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      send(400, 'Bad Request\n');
      return;
    }
    const file = resolveFile(realRoot, pathname);
    // A symlink inside root must not lead out of it: only its real path is checked and read.
    const real = file ? await realpath(file).catch(() => null) : null;
    const st = real && isInside(realRoot, real) ? await stat(real).catch(() => null) : null;
    if (!st || !st.isFile()) {
      if (!quiet) console.error(`404 ${req.method} ${req.url}`);
      send(404, 'Not Found\n');
      return;
    }
    // The build's compressed copy the browser accepts, as a static host sends it.
    const copy = await compressedCopy(realRoot, real, req.headers['accept-encoding']);
    const headers = {
      'Content-Type': mimeType(file),
      'Content-Length': String(copy ? copy.size : st.size),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    if (copy) headers['Content-Encoding'] = copy.encoding;
    if (csp) headers['Content-Security-Policy'] = CSP;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(copy ? copy.path : real);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const url = `http://127.0.0.1:${actualPort}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    });
  return { url, port: actualPort, server, close };
}

function parseArgs(argv) {
  const opts = { root: 'dist', port: Number(process.env.PORT || 8080), csp: false, name: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--csp') opts.csp = true;
    else if (a === '--root') opts.root = argv[++i];
    else if (a.startsWith('--root=')) opts.root = a.slice('--root='.length);
    else if (a === '--name') opts.name = argv[++i] ?? '';
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) opts.port = Number(a.slice('--port='.length));
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/static-server.mjs [--root DIR] [--port N] [--csp] [--name TEXT]');
      process.exit(0);
    } else if (!a.startsWith('-')) opts.root = a;
    else {
      console.error(`static-server: unknown option ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('static-server: --port must be an integer 0..65535');
    process.exit(2);
  }
  return opts;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    const { url, close } = await start({ root: opts.root, port: opts.port, csp: opts.csp, quiet: false });
    const what = opts.name || `Serving ${path.resolve(opts.root)}:`;
    console.log(`${opts.name ? `${what} is at` : what} ${url}${opts.csp ? '   (strict CSP on; Ctrl-C stops)' : '   (Ctrl-C stops)'}`);
    const stop = () => close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(
      err?.code === 'EADDRINUSE'
        ? `static-server: port ${opts.port} on 127.0.0.1 is in use; set PORT to another one`
        : `static-server: ${err?.message ?? err}`,
    );
    process.exit(1);
  }
}
