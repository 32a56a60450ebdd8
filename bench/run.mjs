#!/usr/bin/env node
// Salary Explorer against a Chart.js peer, in one run, in the same headless Chromium.
//
//   node bench/run.mjs            full run (about 5-10 minutes on 2 cores); prints a table
//                                 and writes the results section of BENCHMARKS.md
//   node bench/run.mjs --quick    smoke run (under a minute); prints only
//
// Options: --build (run `trunk build --release` first), --out FILE (write the results there;
// with --quick too), --no-write, --json FILE (every sample), --screenshots DIR,
// --loads N, --clicks N, --changes N (per thousand-step; the leak check measures after N and 2N).
//
// What it measures, for the app (dist/, at /?view=states) and the peer (bench/peer/ with
// npm chart.js), is described in BENCHMARKS.md under "How it is measured".

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressedSizes, sumSizes, kib, KiB } from './sizes.mjs';
import { measureDist, BUDGET_KIB, GOAL_KIB } from './size-gate.mjs';
// The same browser and flags as the end-to-end suite.
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support.mjs';
import { newestMtime } from './files.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH, '..');
let DIST = path.join(REPO_ROOT, 'dist');
const VIEWPORT = { width: 1280, height: 900 };
const REGIONS = ['all', 'northeast', 'midwest', 'south', 'west'];
// Click order: every click changes the region; a cycle is 5 clicks, so after any multiple
// of 5 changes the page is back on "all".
const CYCLE = ['northeast', 'midwest', 'south', 'west', 'all'];
const CHART_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- options

const USAGE = `usage: node bench/run.mjs [--quick] [--build] [--out FILE | --no-write] [--json FILE]
                         [--screenshots DIR] [--loads N] [--clicks N] [--changes N] [--dist DIR]
  --quick        smoke run (3 loads, 10 clicks, 25 + 25 changes); writes nothing unless --out
  --build        run 'trunk build --release' first (otherwise only when dist/ is missing)
  --out FILE     where to write the results section (default BENCHMARKS.md on a full run)
  --no-write     print only
  --json FILE    also write every sample as JSON
  --screenshots DIR  save a full-page screenshot of each page after its first load
  --loads N      cold loads per page (default 20)
  --clicks N     measured clicks per page and speed (default 200)
  --changes N    filter changes per step of the leak check (default 1000; measured after N and 2N)
  --dist DIR     measure another build of the app (default dist/)`;

function parseArgs(argv) {
  const o = { quick: false, build: false, out: undefined, write: true, json: null, screenshots: null };
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) fail(`${name} needs a positive integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--build') o.build = true;
    else if (a === '--dist') DIST = path.resolve(argv[++i] ?? fail('--dist needs a folder'));
    else if (a === '--out') o.out = path.resolve(argv[++i] ?? fail('--out needs a file'));
    else if (a === '--no-write') o.write = false;
    else if (a === '--json') o.json = path.resolve(argv[++i] ?? fail('--json needs a file'));
    else if (a === '--screenshots') o.screenshots = path.resolve(argv[++i] ?? fail('--screenshots needs a folder'));
    else if (a === '--loads') o.loads = num(argv[++i], a);
    else if (a === '--clicks') o.clicks = num(argv[++i], a);
    else if (a === '--changes') o.changes = num(argv[++i], a);
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${a} (try --help)`);
  }
  o.loads ??= o.quick ? 3 : 20;
  o.clicks ??= o.quick ? 10 : 200;
  o.changes ??= o.quick ? 25 : 1000;
  o.warmupClicks = o.quick ? 2 : 10;
  if (o.changes % CYCLE.length !== 0) fail(`--changes must be a multiple of ${CYCLE.length}`);
  // A quick run does not overwrite BENCHMARKS.md unless asked to.
  if (o.out === undefined) o.out = o.quick ? null : path.join(REPO_ROOT, 'BENCHMARKS.md');
  if (!o.write) o.out = null;
  return o;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const log = (msg) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---------------------------------------------------------------- the app build

function ensureDist(opts, notes) {
  const built = () => existsSync(path.join(DIST, 'index.html')) && readdirSync(DIST).some((f) => f.endsWith('.wasm'));
  if (DIST !== path.join(REPO_ROOT, 'dist')) {
    if (opts.build) fail('--build builds dist/ only; drop --dist');
    if (!built()) fail(`${DIST} holds no built app (index.html and a .wasm file)`);
  }
  if (opts.build || !built()) {
    const home = process.env.HOME || os.homedir();
    const env = {
      ...process.env,
      PATH: [path.join(REPO_ROOT, 'node_modules', '.bin'), path.join(process.env.CARGO_HOME || path.join(home, '.cargo'), 'bin'), process.env.PATH].join(':'),
    };
    log(opts.build ? 'building the app: trunk build --release' : 'dist/ is missing: trunk build --release');
    const r = spawnSync('trunk', ['build', '--release'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.error || r.status !== 0) {
      console.error(`bench: 'trunk build --release' failed (${r.error?.message ?? `exit ${r.status}`}); nothing to measure`);
      process.exit(1);
    }
    if (!built()) {
      console.error('bench: the build left no dist/index.html or .wasm file; nothing to measure');
      process.exit(1);
    }
  }
  const distTime = statSync(path.join(DIST, 'index.html')).mtimeMs;
  const sources = ['src', 'style', 'data', 'index.html', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml'].map((p) => path.join(REPO_ROOT, p));
  const newest = Math.max(...sources.map(newestMtime));
  if (newest > distTime + 1000) {
    notes.push('dist/ is older than the sources (src/, style/, data/ ...): these figures describe that older build. Run with --build to rebuild first.');
  }
  return new Date(distTime);
}

/** trunk writes into dist/.stage/ while it builds, then moves the files into place. */
async function waitForBuildToFinish() {
  const stage = path.join(DIST, '.stage');
  const deadline = Date.now() + 10 * 60_000;
  if (!existsSync(stage)) return;
  log('dist/.stage exists: a trunk build is writing dist/; waiting for it to finish');
  while (existsSync(stage)) {
    if (Date.now() > deadline) fail('dist/.stage has been there for 10 minutes: is a trunk build stuck? Remove it or finish the build');
    await new Promise((r) => setTimeout(r, 2000));
  }
  await new Promise((r) => setTimeout(r, 2000));
}

function srcHasFilterButtons() {
  const r = spawnSync('grep', ['-rlq', 'data-filter-region', path.join(REPO_ROOT, 'src')]);
  return r.status === 0;
}

// ---------------------------------------------------------------- the peer folder

function preparePeerRoot() {
  const chartJs = path.join(REPO_ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.js');
  if (!existsSync(chartJs)) {
    console.error(`bench: ${chartJs} is missing: run "npm install" in ${REPO_ROOT}`);
    process.exit(1);
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'salary-bench-peer-'));
  copyFileSync(path.join(BENCH, 'peer', 'index.html'), path.join(root, 'index.html'));
  copyFileSync(path.join(BENCH, 'peer', 'peer.js'), path.join(root, 'peer.js'));
  copyFileSync(chartJs, path.join(root, 'chart.umd.js'));
  copyFileSync(path.join(REPO_ROOT, 'data', 'states.json'), path.join(root, 'states.json'));
  copyFileSync(path.join(BENCH, 'floor.html'), path.join(root, 'floor.html'));
  const version = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'chart.js', 'package.json'), 'utf8')).version;
  return { root, chartJsVersion: version };
}

// ---------------------------------------------------------------- statistics

function quantile(values, q) {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const p50 = (v) => quantile(v, 0.5);
const p95 = (v) => quantile(v, 0.95);

// ---------------------------------------------------------------- browser helpers

const INSTRUMENT = readFileSync(path.join(BENCH, 'instrument.js'), 'utf8');

async function openPage(browser, { cacheDisabled = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  // Nothing may leave 127.0.0.1.
  await context.route(
    (u) => !['127.0.0.1', ''].includes(u.hostname) && !['data:', 'blob:', 'about:'].includes(u.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  return { context, page, cdp, errors };
}

/** Navigates and waits for the first chart; returns the first-chart stamps. */
async function loadAndWaitForChart(page, url, errors) {
  await page.goto(url, { waitUntil: 'commit', timeout: CHART_TIMEOUT_MS });
  const first = await page
    .evaluate((ms) => Promise.race([window.__bench.firstChart, new Promise((r) => setTimeout(() => r(null), ms))]), CHART_TIMEOUT_MS)
    .catch((e) => {
      errors.push(`evaluate: ${e.message}`);
      return null;
    });
  if (!first) throw new Error(`no chart within ${CHART_TIMEOUT_MS / 1000} s at ${url}${errors.length ? `: ${errors.slice(0, 3).join('; ')}` : ''}`);
  return first;
}

async function filterButtons(page) {
  return page.$$eval('[data-filter-region]', (els) => els.map((e) => e.getAttribute('data-filter-region')));
}

async function memorySnapshot(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(() => window.__bench.wasmMemoryBytes());
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasm, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

// ---------------------------------------------------------------- measurements

async function measureBytes(browser, target) {
  const { context, page, errors } = await openPage(browser);
  const bodies = [];
  page.on('response', (res) => {
    bodies.push(
      res
        .body()
        .then((b) => ({ url: res.url(), status: res.status(), type: res.headers()['content-type'] ?? '', body: b }))
        .catch(() => null),
    );
  });
  try {
    await loadAndWaitForChart(page, target.url, errors);
    await page.waitForTimeout(500); // anything fetched just after the chart counts too
    const files = (await Promise.all(bodies)).filter(Boolean).map((r) => ({
      path: new URL(r.url).pathname,
      status: r.status,
      kind: kindOf(r.url, r.type),
      ...compressedSizes(r.body),
    }));
    const codeFiles = files.filter((f) => f.kind === 'js' || f.kind === 'wasm');
    return { files, total: sumSizes(files), code: sumSizes(codeFiles) };
  } finally {
    await context.close();
  }
}

function kindOf(url, type) {
  const p = new URL(url).pathname;
  if (p.endsWith('.wasm') || type.includes('wasm')) return 'wasm';
  if (/\.m?js$/.test(p) || type.includes('javascript')) return 'js';
  if (p.endsWith('.css') || type.includes('css')) return 'css';
  if (p.endsWith('.json') || type.includes('json')) return 'data';
  if (p === '/' || p.endsWith('.html') || type.includes('html')) return 'html';
  return 'other';
}

async function measureColdLoads(browser, targets, n, screenshots) {
  const out = Object.fromEntries(targets.map((t) => [t.key, { samples: [], errors: [] }]));
  // One untimed load each first (warms the disk cache and the server, not the browser:
  // every timed load has a fresh context with the cache disabled).
  for (const t of targets) {
    const { context, page, errors } = await openPage(browser);
    try {
      await loadAndWaitForChart(page, t.url, errors);
      if (screenshots) await page.screenshot({ path: path.join(screenshots, `${t.key}.png`), fullPage: true });
    } catch (e) {
      out[t.key].errors.push(e.message);
    } finally {
      await context.close();
    }
  }
  for (let i = 0; i < n; i++) {
    // Alternate which page goes first so drifting machine load hits both alike.
    const order = i % 2 === 0 ? targets : [...targets].reverse();
    for (const t of order) {
      if (out[t.key].errors.length > 2) continue;
      const { context, page, errors } = await openPage(browser);
      try {
        out[t.key].samples.push(await loadAndWaitForChart(page, t.url, errors));
      } catch (e) {
        out[t.key].errors.push(e.message);
      } finally {
        await context.close();
      }
    }
  }
  return out;
}

/** n measured clicks (after `warmup` unmeasured ones) with page.click, at `rate`x CPU. */
async function measureClicks(page, cdp, n, warmup, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.evaluate(() => {
      window.__bench.samples.length = 0;
    });
    const samples = [];
    for (let i = 0; i < warmup + n; i++) {
      const region = CYCLE[i % CYCLE.length];
      await page.click(`[data-filter-region="${region}"]`);
      const s = await page.evaluate((count) => window.__bench.sample(count), i + 1);
      if (i >= warmup) samples.push(s);
    }
    return samples;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

async function measureInteraction(browser, target, opts) {
  const result = { buttons: null, clicks: {}, memory: null, errors: [] };
  // Clicks: one page, normal speed then 4x throttled.
  {
    const { context, page, cdp, errors } = await openPage(browser);
    try {
      await loadAndWaitForChart(page, target.url, errors);
      result.buttons = await filterButtons(page);
      const missing = REGIONS.filter((r) => !result.buttons.includes(r));
      if (missing.length) {
        result.errors.push(`no [data-filter-region="${missing.join('|')}"] button on the page: no clicks, no filter changes`);
        result.noButtons = true;
      }
      for (const rate of result.noButtons ? [] : [1, 4]) {
        log(`${target.key}: ${opts.clicks} clicks at ${rate}x CPU`);
        result.clicks[`x${rate}`] = await measureClicks(page, cdp, opts.clicks, opts.warmupClicks, rate);
      }
      if (errors.length) result.errors.push(...errors);
    } catch (e) {
      result.errors.push(e.message);
      return result;
    } finally {
      await context.close();
    }
  }
  if (target.noMemory) return result;
  // Memory: a fresh page, then `changes` filter changes twice.
  const { context, page, cdp, errors } = await openPage(browser);
  try {
    await loadAndWaitForChart(page, target.url, errors);
    const snaps = { start: await memorySnapshot(page, cdp) };
    for (const step of result.noButtons ? [] : [1, 2]) {
      log(`${target.key}: ${opts.changes} filter changes (${step}/2)`);
      const t0 = Date.now();
      await page.evaluate(
        async ({ n, cycle }) => {
          const B = window.__bench;
          B.recording = false;
          for (let i = 0; i < n; i++) {
            const el = document.querySelector(`[data-filter-region="${cycle[i % cycle.length]}"]`);
            el.click();
            await B.nextPaint();
          }
          B.recording = true;
        },
        { n: opts.changes, cycle: CYCLE },
      );
      snaps[`after${step}`] = { ...(await memorySnapshot(page, cdp)), seconds: (Date.now() - t0) / 1000 };
    }
    result.memory = snaps;
    if (errors.length) result.errors.push(...errors);
  } catch (e) {
    result.errors.push(`memory: ${e.message}`);
  } finally {
    await context.close();
  }
  return result;
}

// ---------------------------------------------------------------- report

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const bytesCell = (v) => (Number.isFinite(v) ? kib(v) : 'n/a');
const count = (v) => (Number.isFinite(v) ? String(v) : 'n/a');
const mib = (v) => (Number.isFinite(v) ? `${(v / 1024 / 1024).toFixed(2)} MiB` : 'n/a');
const size = (v) => (Math.abs(v) >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(2)} MiB` : kib(v));
const signed = (v, f) => (Number.isFinite(v) ? `${v >= 0 ? '+' : '−'}${f(Math.abs(v))}` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

// The frame's rendering work is done by the time the task posted from its rAF callback runs,
// and certainly by the next frame's rAF callback (a busy scheduler can run that first).
const framePainted = (x) => Math.min(x.paint, x.raf2);

function firstChartStats(r) {
  const s = r?.samples ?? [];
  return {
    n: s.length,
    rafP50: p50(s.map((x) => x.raf)),
    rafP95: p95(s.map((x) => x.raf)),
    paintP50: p50(s.map(framePainted)),
    paintP95: p95(s.map(framePainted)),
    presentP50: p50(s.map((x) => x.present)),
  };
}

function clickStats(samples) {
  const s = samples ?? [];
  const ok = s.filter((x) => x.changed);
  return {
    n: s.length,
    unchanged: s.length - ok.length,
    dblP50: p50(ok.map((x) => x.raf2 - x.t0)),
    dblP95: p95(ok.map((x) => x.raf2 - x.t0)),
    paintP50: p50(ok.map((x) => framePainted(x) - x.t0)),
    paintP95: p95(ok.map((x) => framePainted(x) - x.t0)),
    inputDelayP95: p95(ok.map((x) => x.t0 - x.eventTime)),
    extraFrames: ok.filter((x) => x.frames > 1).length,
  };
}

/** Builds the rows: [figure, app, peer, ratio, lowerIsBetter]. */
function buildFigures(R) {
  const rows = [];
  const A = R.app;
  const P = R.peer;
  // compare: whether the row counts for "better than the peer on every figure".
  const add = (label, a, p, fmt, compare = true) => rows.push({ label, a, p, compare, cells: [label, fmt(a), fmt(p), ratio(a, p)] });
  for (const [k, label] of [['total', 'whole page'], ['code', 'JS + wasm']]) {
    for (const enc of ['raw', 'gzip', 'brotli']) {
      add(`${label}, ${enc === 'raw' ? 'raw' : enc === 'gzip' ? 'gzip -9' : 'brotli 11'}`, A.bytes?.[k]?.[enc], P.bytes?.[k]?.[enc], bytesCell);
    }
  }
  const fa = firstChartStats(A.cold);
  const fp = firstChartStats(P.cold);
  add(`first chart p50 (n=${fa.n}/${fp.n})`, fa.rafP50, fp.rafP50, ms);
  add('first chart p95', fa.rafP95, fp.rafP95, ms);
  for (const rate of ['x1', 'x4']) {
    const ca = clickStats(A.interaction?.clicks?.[rate]);
    const cp = clickStats(P.interaction?.clicks?.[rate]);
    const speed = rate === 'x1' ? 'normal speed' : '4x CPU throttling';
    add(`click → next paint p50, ${speed} (n=${ca.n}/${cp.n})`, ca.dblP50, cp.dblP50, ms);
    add(`click → next paint p95, ${speed}`, ca.dblP95, cp.dblP95, ms);
  }
  const ma = A.interaction?.memory;
  const mp = P.interaction?.memory;
  const n1 = R.opts.changes;
  for (const [key, label] of [['after1', `after ${n1}`], ['after2', `after ${2 * n1}`]]) {
    // The app's memory is compared with the peer's as JS heap + wasm memory.
    add(`JS heap used, ${label} changes`, ma?.[key]?.heapUsed, mp?.[key]?.heapUsed, mib, false);
    add(`wasm memory, ${label} changes`, ma?.[key]?.wasm ?? NaN, mp?.[key]?.wasm ?? NaN, mib, false);
    add(`JS heap + wasm memory, ${label} changes`, (ma?.[key]?.heapUsed ?? NaN) + (ma?.[key]?.wasm ?? 0), (mp?.[key]?.heapUsed ?? NaN) + (mp?.[key]?.wasm ?? 0), mib);
    add(`DOM nodes, ${label} changes`, ma?.[key]?.nodes, mp?.[key]?.nodes, count);
    add(`event listeners, ${label} changes`, ma?.[key]?.listeners, mp?.[key]?.listeners, count);
  }
  const growth = (m, f) => (m?.after1 && m?.after2 ? f(m.after2) - f(m.after1) : NaN);
  add(`JS heap growth, changes ${n1 + 1}-${2 * n1}`, growth(ma, (x) => x.heapUsed), growth(mp, (x) => x.heapUsed), (v) => signed(v, size), false);
  add(`wasm memory growth, changes ${n1 + 1}-${2 * n1}`, growth(ma, (x) => x.wasm ?? NaN), NaN, (v) => signed(v, size), false);
  add(`DOM node growth, changes ${n1 + 1}-${2 * n1}`, growth(ma, (x) => x.nodes), growth(mp, (x) => x.nodes), (v) => signed(v, String), false);
  add(`listener growth, changes ${n1 + 1}-${2 * n1}`, growth(ma, (x) => x.listeners), growth(mp, (x) => x.listeners), (v) => signed(v, String), false);
  return rows;
}

/** A JS heap that grows by more than this in the second thousand counts as growth: below it is
 * GC and JIT noise (feedback vectors, inline caches and compiled code still settle). */
const HEAP_TOLERANCE = (after1) => Math.max(64 * KiB, 0.05 * after1);

/** null when not measured, else {grew, text}. */
function growthVerdict(m) {
  if (!m?.after1 || !m?.after2) return null;
  const dh = m.after2.heapUsed - m.after1.heapUsed;
  const dw = (m.after2.wasm ?? 0) - (m.after1.wasm ?? 0);
  const dn = m.after2.nodes - m.after1.nodes;
  const dl = m.after2.listeners - m.after1.listeners;
  const grew = dh > HEAP_TOLERANCE(m.after1.heapUsed) || dw > 0 || dn > 0 || dl > 0;
  const wasm = m.after1.wasm == null ? '' : `, wasm ${signed(dw, size)}`;
  return { grew, text: `heap ${signed(dh, size)}${wasm}, nodes ${signed(dn, String)}, listeners ${signed(dl, String)}` };
}

function buildGoals(R, figures) {
  const A = R.app;
  const goals = [];
  const add = (goal, value, met) => goals.push({ goal, value, met });
  const code = A.bytes?.code?.brotli;
  add(`all JS and wasm under ${GOAL_KIB} KiB brotli`, bytesCell(code), Number.isFinite(code) ? code < GOAL_KIB * KiB : null);
  add(`(test-suite gate) JS + wasm at most ${BUDGET_KIB} KiB brotli`, bytesCell(code), Number.isFinite(code) ? code <= BUDGET_KIB * KiB : null);
  const f = firstChartStats(A.cold);
  add('first chart p95 under 200 ms', ms(f.rafP95), Number.isFinite(f.rafP95) ? f.rafP95 < 200 : null);
  const c1 = clickStats(A.interaction?.clicks?.x1);
  const c4 = clickStats(A.interaction?.clicks?.x4);
  const f1 = clickStats(R.floor?.clicks?.x1);
  const f4 = clickStats(R.floor?.clicks?.x4);
  const clickValue = (c, f) =>
    Number.isFinite(c.dblP95) ? `${ms(c.dblP95)} (frame painted: ${ms(c.paintP95)}; harness floor ${ms(f.dblP95)} / ${ms(f.paintP95)})` : 'n/a';
  add('click to next paint p95 within one frame (17 ms), normal speed', clickValue(c1, f1), Number.isFinite(c1.dblP95) ? c1.dblP95 <= 17 : null);
  add('click to next paint p95 under 33 ms, 4x CPU throttling', clickValue(c4, f4), Number.isFinite(c4.dblP95) ? c4.dblP95 < 33 : null);
  const g = growthVerdict(A.interaction?.memory);
  const second = R.opts.changes === 1000 ? 'thousand' : `${R.opts.changes}`;
  add(`no growth in the second ${second} filter changes`, g ? g.text : 'not measured', g ? !g.grew : null);
  // Better than the peer on every figure both have (growth is the goal above).
  const rows = figures.filter((r) => r.compare);
  const compared = rows.filter((r) => Number.isFinite(r.a) && Number.isFinite(r.p));
  const missing = rows.length - compared.length;
  const worse = compared.filter((r) => r.a >= r.p);
  add(
    'better than the peer on every figure',
    (worse.length ? `worse on ${worse.length} of ${compared.length}: ${worse.map((r) => r.label).join('; ')}` : `better on all ${compared.length}`) +
      (missing ? `; ${missing} figures not measured` : ''),
    worse.length ? false : missing ? null : true,
  );
  return goals;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mdTable(header, rows, align = header.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  const rule = align.map((a) => (a === 'r' ? '---:' : '---')).join('|');
  return [`| ${header.map(esc).join(' | ')} |`, `|${rule}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

const metLabel = (m) => (m === true ? 'met' : m === false ? '**NOT met**' : 'not measured');

function markdown(R, figures, goals) {
  const A = R.app;
  const P = R.peer;
  const out = [];
  out.push('<!-- bench:start (written by `node bench/run.mjs`; edit outside these markers) -->');
  out.push('## Salary Explorer against a Chart.js peer');
  out.push('');
  out.push(`Measured ${R.meta.date} by \`node bench/run.mjs\`${R.opts.quick ? ' --quick (smoke run: too few samples to rely on)' : ''}.`);
  out.push('');
  out.push(`- Machine: ${R.meta.cpus} (\`nproc\` = ${R.meta.nproc}), ${R.meta.os}; load average ${R.meta.loadStart} at the start and ${R.meta.loadEnd} at the end (other engineers were compiling on the same cores: treat times as noisy).`);
  out.push(`- Browser: ${R.meta.browser} (${CHROMIUM}), headless, ${VIEWPORT.width}×${VIEWPORT.height}, device scale 1, driven by playwright-core ${R.meta.playwright}; Node ${process.version}.`);
  out.push(`- App: \`dist/\` as built at ${R.meta.distBuilt}, page \`/?view=states\`. Peer: \`bench/peer/\` with chart.js ${R.meta.chartJs} (\`chart.umd.js\`), same data file, same buttons.`);
  out.push(`- Samples: ${R.opts.loads} cold loads per page; ${R.opts.clicks} clicks per speed after ${R.opts.warmupClicks} unmeasured warm-up clicks; memory after ${R.opts.changes} and ${2 * R.opts.changes} filter changes.`);
  out.push(`- Run time: ${R.meta.seconds.toFixed(0)} s.`);
  for (const n of R.notes) out.push(`- **Note:** ${n}`);
  out.push('');
  out.push('### Goals of issue 7 (for the app)');
  out.push('');
  out.push(mdTable(['goal', 'app', 'verdict'], goals.map((g) => [g.goal, g.value, metLabel(g.met)]), ['l', 'l', 'l']));
  out.push('');
  out.push('### Figures');
  out.push('');
  out.push('Lower is better everywhere; the ratio is app / peer (under 1× means the app is better). Times are p50 and p95 (medians and 95th percentiles, linear interpolation), never means.');
  out.push('');
  out.push(mdTable(['figure', 'app', 'peer (Chart.js)', 'app / peer'], figures.map((r) => r.cells)));
  out.push('');
  out.push('### More detail');
  out.push('');
  const fa = firstChartStats(A.cold);
  const fp = firstChartStats(P.cold);
  const detail = [
    ['first chart: chart in the DOM / drawn, p50', ms(fa.presentP50), ms(fp.presentP50), ratio(fa.presentP50, fp.presentP50)],
    ['first chart: frame painted (rAF + task), p50', ms(fa.paintP50), ms(fp.paintP50), ratio(fa.paintP50, fp.paintP50)],
    ['first chart: frame painted (rAF + task), p95', ms(fa.paintP95), ms(fp.paintP95), ratio(fa.paintP95, fp.paintP95)],
  ];
  for (const rate of ['x1', 'x4']) {
    const ca = clickStats(A.interaction?.clicks?.[rate]);
    const cp = clickStats(P.interaction?.clicks?.[rate]);
    const speed = rate === 'x1' ? '1x' : '4x';
    detail.push([`click → frame painted (rAF + task) p50, ${speed}`, ms(ca.paintP50), ms(cp.paintP50), ratio(ca.paintP50, cp.paintP50)]);
    detail.push([`click → frame painted (rAF + task) p95, ${speed}`, ms(ca.paintP95), ms(cp.paintP95), ratio(ca.paintP95, cp.paintP95)]);
    detail.push([`clicks whose change missed the first frame, ${speed}`, `${ca.extraFrames} of ${ca.n}`, `${cp.extraFrames} of ${cp.n}`, '']);
  }
  const ma = A.interaction?.memory;
  const mp = P.interaction?.memory;
  if (ma || mp) {
    detail.push(['JS heap used right after load', mib(ma?.start.heapUsed), mib(mp?.start.heapUsed), ratio(ma?.start.heapUsed, mp?.start.heapUsed)]);
    detail.push(['wasm memory right after load', mib(ma?.start.wasm ?? NaN), 'n/a (no wasm)', '']);
    detail.push(['DOM nodes / listeners right after load', `${count(ma?.start.nodes)} / ${count(ma?.start.listeners)}`, `${count(mp?.start.nodes)} / ${count(mp?.start.listeners)}`, '']);
    const verdict = (m) => {
      const g = growthVerdict(m);
      return g ? `${g.grew ? 'GROWS' : 'no growth'} (${g.text})` : 'not measured';
    };
    detail.push([`second-thousand growth (JS heap tolerance: 5%, at least 64 KiB)`, verdict(ma), verdict(mp), '']);
    const secs = (m) => (m?.after2 ? `${m.after1.seconds.toFixed(1)} / ${m.after2.seconds.toFixed(1)}` : 'n/a');
    detail.push([`seconds for ${R.opts.changes} changes (first / second)`, secs(ma), secs(mp), '']);
  }
  out.push(mdTable(['figure', 'app', 'peer (Chart.js)', 'app / peer'], detail));
  out.push('');
  const floorText = (rate) => {
    const c = clickStats(R.floor?.clicks?.[rate]);
    return `next paint ${ms(c.dblP50)} / ${ms(c.dblP95)}, frame painted ${ms(c.paintP50)} / ${ms(c.paintP95)}`;
  };
  out.push(
    `Harness floor, the same measurement on a page with the same five buttons and a one-word text change instead of a chart (p50 / p95): ` +
      `normal speed ${floorText('x1')}; 4x throttling ${floorText('x4')}. No page can measure below this on this machine at this load.`,
  );
  out.push('');
  out.push('Bytes per response (the whole page as loaded, cache disabled):');
  out.push('');
  const fileRows = [];
  for (const [who, r] of [['app', A], ['peer', P]]) {
    for (const f of r.bytes?.files ?? []) fileRows.push([who, f.path, f.kind, f.raw, f.gzip, f.brotli]);
  }
  out.push(mdTable(['page', 'path', 'kind', 'raw B', 'gzip -9 B', 'brotli 11 B'], fileRows));
  const errs = [...(A.errors ?? []), ...(P.errors ?? [])];
  if (errs.length) {
    out.push('');
    out.push('Errors seen during the run:');
    out.push('');
    for (const e of errs) out.push(`- ${e}`);
  }
  out.push('');
  out.push(METHOD);
  out.push('<!-- bench:end -->');
  return out.join('\n');
}

const INTRO = `# Benchmarks

Salary Explorer against a peer page that draws the same States range chart, with the same data
and the same region filter, using npm chart.js. One command measures both in the same headless
Chromium and rewrites the section between the \`bench:start\` and \`bench:end\` markers below
(anything outside them is kept):

    npm install                       # once: playwright-core and chart.js
    node bench/run.mjs                # full run, 5-10 minutes on 2 cores; writes this file
    node bench/run.mjs --quick        # smoke run, under a minute; prints only
    node bench/run.mjs --build        # rebuild dist/ first (trunk build --release)
    node bench/size-gate.mjs          # the test suite's size gate: JS + wasm <= 150 KiB brotli

The harness is not part of the timed test suite; the size gate is. Times depend on the machine
and on what else runs on it: compare the app with the peer measured in the same run, not with
figures from another day.
`;

const METHOD = `### How it is measured

\`node bench/run.mjs\` (\`--quick\` for a smoke run that writes nothing) serves \`dist/\` and a temporary
folder holding \`bench/peer/\`, \`chart.umd.js\` from \`node_modules/chart.js\` and \`data/states.json\` on
127.0.0.1 with \`scripts/static-server.mjs\` (no compression, \`Cache-Control: no-cache\`, no CSP header for
either page; the app's own CSP meta tag, if its build has one, applies to it), and drives \`/usr/bin/chromium\` with playwright-core. Every page gets
\`bench/instrument.js\` as an init script; it only observes. It builds the app only when \`dist/\` is
missing (or with \`--build\`), and says so when \`dist/\` is older than the sources. It serves a
copy of \`dist/\` taken at the start, so a rebuild during the run cannot mix two builds. Service
workers are blocked (as in the e2e suite): every timed load is a first visit, and the app's
offline worker (which, once registered, fetches the page and its assets again to cache them)
is in neither the timings nor the bytes.

- **Bytes**: every response body of one load of the page (HTML, JS, wasm, CSS, data), summed; gzip
  (level 9) and brotli (quality 11) are computed with node:zlib over those same bodies, as a
  static host that pre-compresses would send them. "JS + wasm" is the part the size goals are about.
- **First chart**: ${'`'}performance.now()${'`'} (milliseconds since navigation start) in the first
  requestAnimationFrame callback after the chart is present, over cold loads (each in a fresh
  browser context, HTTP cache disabled through CDP, app and peer loads alternating). Present means
  \`figure[data-chart="state-ranges"] svg\` exists (a MutationObserver) for the app, and the peer's
  own \`performance.mark('chart-drawn')\` right after \`new Chart(...)\` returns (Chart.js draws
  synchronously when animation is off). "Frame painted" is a MessageChannel task posted from that
  callback, which runs once the frame's style, layout and paint are done (or the next frame's rAF
  callback, if the scheduler runs that first).
- **Click to next paint**: real clicks (\`page.click\`) cycling Northeast, Midwest, South, West,
  All, so every click changes the filter. A capture-phase click listener stamps
  \`performance.now()\`; the paint is stamped by a double requestAnimationFrame counted from the
  first frame in which the chart has changed (a frame that still shows the old chart does not
  count). A double rAF lands at the start of the frame after the one that painted, so it can read
  up to one frame (about 16.7 ms at 60 Hz) more than the paint itself; the "frame painted" rows
  and the harness floor (a page with the same buttons and no chart) show how much. 4x throttling
  is CDP \`Emulation.setCPUThrottlingRate\` (rate 4) on the same page.
- **Memory**: on a fresh page, after load and after ${'`'}N${'`'} and ${'`'}2N${'`'} filter changes
  (\`element.click()\` in the page, each followed by a painted frame; N = 1,000 in a full run):
  two CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` (JS heap used),
  \`Memory.getDOMCounters\` (DOM nodes, JS event listeners) and the app's
  \`WebAssembly.Memory\` size (captured when the page instantiates its module). Growth between N
  and 2N means a leak: any growth in wasm memory, DOM nodes or listeners, or a JS heap growing by
  more than 5% (and 64 KiB): below that it is GC and JIT warm-up noise. Canvas backing stores and Blink's own memory are in neither figure.
- **Fairness**: the peer is plain Chart.js as its documentation shows it (a floating bar per
  state, a scatter dataset for the medians, a ten-line plugin for the national-median line; on a
  filter click it replaces the data arrays, sets the box to the new height, 20 px a row like
  the app, and redraws once), with \`animation: false\` because the app does not animate: an
  animated peer would only take longer to settle. It fetches \`states.json\` (counted in its bytes);
  the app carries the same data inside its wasm. The app page also renders its data table,
  hover targets and other controls, which the peer leaves out; that work counts against the app.
`;

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const notes = [];
  const distBuilt = ensureDist(opts, notes);
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: ${CHROMIUM} is missing (apt-get install chromium); this harness never downloads a browser`);
    process.exit(1);
  }
  let staticServer;
  try {
    staticServer = await import('../scripts/static-server.mjs');
  } catch (e) {
    console.error(`bench: cannot import scripts/static-server.mjs (${e.message})`);
    process.exit(1);
  }
  if (typeof staticServer.start !== 'function') {
    console.error('bench: scripts/static-server.mjs no longer exports start({root, port, csp})');
    process.exit(1);
  }
  const { chromium } = await import('playwright-core');
  const playwrightVersion = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version;

  const peerRoot = preparePeerRoot();
  // Serve a copy of dist/: other people rebuild it while this runs.
  await waitForBuildToFinish();
  const appRoot = mkdtempSync(path.join(os.tmpdir(), 'salary-bench-app-'));
  cpSync(DIST, appRoot, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  const appServer = await staticServer.start({ root: appRoot, port: 0, csp: false });
  const peerServer = await staticServer.start({ root: peerRoot.root, port: 0, csp: false });
  const loadStart = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  let browser;
  const R = {
    opts,
    notes,
    app: { errors: [] },
    peer: { errors: [] },
    floor: null,
  };
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const app = { key: 'app', url: `${appServer.url}?view=states` };
    const peer = { key: 'peer', url: peerServer.url };
    const floor = { key: 'floor', url: `${peerServer.url}floor.html`, noMemory: true };
    if (opts.screenshots) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(opts.screenshots, { recursive: true });
    }

    log('bytes transferred');
    for (const [t, r] of [[app, R.app], [peer, R.peer]]) {
      try {
        r.bytes = await measureBytes(browser, t);
      } catch (e) {
        r.errors.push(`bytes: ${e.message}`);
      }
    }
    const distSizes = measureDist(appRoot);
    if (R.app.bytes) {
      const loaded = new Set(R.app.bytes.files.map((f) => f.path.replace(/^\//, '')));
      const notLoaded = distSizes.rows.filter((r) => !loaded.has(r.file.split(path.sep).join('/')));
      if (notLoaded.length) {
        notes.push(
          `dist/ has JS or wasm that the page did not load during the measurement: ${notLoaded.map((r) => `${r.file} (${r.brotli} B brotli)`).join(', ')}. ` +
            `The size gate counts ${kib(distSizes.total.brotli)}, the page's own figure ${kib(R.app.bytes.code.brotli)}. ` +
            `(Service workers are blocked in the measured contexts, so a worker script is not fetched.)`,
        );
      }
    }
    log(`time to first chart: ${opts.loads} cold loads each`);
    const cold = await measureColdLoads(browser, [app, peer], opts.loads, opts.screenshots);
    R.app.cold = cold.app;
    R.peer.cold = cold.peer;
    R.app.errors.push(...cold.app.errors.map((e) => `first chart: ${e}`));
    R.peer.errors.push(...cold.peer.errors.map((e) => `first chart: ${e}`));

    log('clicks and memory');
    R.floor = await measureInteraction(browser, floor, opts);
    for (const [t, r] of [[app, R.app], [peer, R.peer]]) {
      r.interaction = await measureInteraction(browser, t, opts);
      r.errors.push(...r.interaction.errors.map((e) => `interaction: ${e}`));
    }
    if (R.app.interaction?.noButtons) {
      const hint = srcHasFilterButtons()
        ? 'src/ now has data-filter-region: rebuild dist/ (node bench/run.mjs --build) and run again.'
        : 'src/ has no data-filter-region yet (another change is adding the region buttons).';
      notes.push(
        `The app's States view has no region filter buttons ([data-filter-region="all|northeast|midwest|south|west"]; found: ${R.app.interaction.buttons.join(', ') || 'none'}), so click-to-paint and memory-after-changes are NOT measured for the app. ${hint}`,
      );
    }
    for (const [k, r] of [['app', R.app], ['peer', R.peer]]) {
      for (const rate of ['x1', 'x4']) {
        const c = clickStats(r.interaction?.clicks?.[rate]);
        if (c.unchanged) notes.push(`${k}: ${c.unchanged} of ${c.n} clicks at ${rate} never changed the chart within 120 frames (left out of the click figures).`);
      }
    }
    R.meta = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      nproc: spawnSync('nproc').stdout?.toString().trim() || String(os.availableParallelism?.() ?? os.cpus().length),
      cpus: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
      os: `${os.type()} ${os.release()}`,
      browser: `Chromium ${browser.version()}`,
      playwright: playwrightVersion,
      chartJs: peerRoot.chartJsVersion,
      distBuilt: distBuilt.toISOString().replace(/\.\d+Z$/, 'Z'),
      loadStart,
      loadEnd: os.loadavg().map((x) => x.toFixed(2)).join(' '),
      seconds: (Date.now() - t0) / 1000,
    };
  } finally {
    await browser?.close().catch(() => {});
    await appServer.close();
    await peerServer.close();
    rmSync(peerRoot.root, { recursive: true, force: true });
    rmSync(appRoot, { recursive: true, force: true });
  }

  const figures = buildFigures(R);
  const goals = buildGoals(R, figures);
  console.log('');
  console.log(`Salary Explorer vs Chart.js peer — ${R.meta.browser}, nproc ${R.meta.nproc}, load ${R.meta.loadStart} → ${R.meta.loadEnd}${opts.quick ? ' — QUICK RUN' : ''}`);
  console.log('');
  console.log(table(['figure', 'app', 'peer', 'app/peer'], figures.map((r) => r.cells)));
  console.log('');
  const clip = (t) => (t.length > 90 ? `${t.slice(0, 87)}...` : t);
  console.log(table(['goal (issue 7)', 'app', ''], goals.map((g) => [g.goal, clip(g.value), g.met === true ? 'met' : g.met === false ? 'NOT MET' : 'not measured'])));
  const allErrors = [...R.app.errors.map((e) => `app: ${e}`), ...R.peer.errors.map((e) => `peer: ${e}`), ...(R.floor?.errors ?? []).map((e) => `floor: ${e}`)];
  for (const n of notes) console.log(`\nNOTE: ${n}`);
  for (const e of allErrors) console.log(`ERROR: ${e}`);

  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify({ meta: R.meta, opts, notes, app: R.app, peer: R.peer, floor: R.floor, goals }, null, 2) + '\n');
    log(`samples written to ${opts.json}`);
  }
  if (opts.out) {
    const section = markdown(R, figures, goals);
    let text;
    if (existsSync(opts.out)) {
      const old = readFileSync(opts.out, 'utf8');
      const start = old.indexOf('<!-- bench:start');
      const end = old.indexOf('<!-- bench:end -->');
      text = start >= 0 && end > start ? old.slice(0, start) + section + old.slice(end + '<!-- bench:end -->'.length) : `${old.trimEnd()}\n\n${section}\n`;
    } else {
      text = `${INTRO}\n${section}\n`;
    }
    writeFileSync(opts.out, text);
    log(`results written to ${path.relative(process.cwd(), opts.out) || opts.out}`);
  } else {
    log('quick run: BENCHMARKS.md left as it is (use --out FILE to write one)');
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
