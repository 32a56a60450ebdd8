#!/usr/bin/env node
// Salary Explorer against Chart.js peers, in one run, in the same headless Chromium.
//
//   node bench/run.mjs            full run (about 10 minutes on 2 cores); prints tables
//                                 and writes the results section of BENCHMARKS.md
//   node bench/run.mjs --quick    smoke run (about a minute); prints only
//
// Options: --build (run `trunk build --release` first), --out FILE (write the results there;
// with --quick too), --no-write, --json FILE (every sample), --screenshots DIR,
// --loads N, --clicks N, --changes N (per thousand-step; the leak check measures after N and 2N),
// --only NAMES (a subset: bytes, load, memory, and the interactions by name).
//
// What it measures, for the app (dist/), the peers (bench/peer/ with npm chart.js) and the
// harness floor (bench/floor.html), is described in BENCHMARKS.md under "How it is measured".

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
/** One frame at 60 Hz: the issue-12 margin over the harness floor. */
const FRAME_MS = 1000 / 60;

// The app's charts by their stable names (figure.chart[data-chart]); each may hold an <svg>
// or a <canvas>, see bench/instrument.js.
const appChart = (name) => `figure.chart[data-chart="${name}"]`;
const NATIONAL_CHART = appChart('national-percentiles');
// Metro areas: each step changes both lists, through states that empty one list or the
// other (the app then hides that chart) and back to all states ("").
const METRO_CYCLE = ['CA', 'NY', 'KS', 'NH', 'WI', 'TX', ''];
// National: states with data, each added and then removed again (at most 6 can be shown).
const COMPARE_CYCLE = ['CA', 'TX', 'NY', 'FL', 'WA'];
// Salary locator: the field holds 40000; each keystroke replaces its first digit, so the
// salary steps through 50000 ... 80000 and 40000, all between the 10th and 90th percentiles.
const SALARY_START = '40000';
const SALARY_DIGITS = ['5', '6', '7', '8', '4'];

const nextPaint = (page) => page.evaluate(() => window.__bench.nextPaint());

/**
 * The measured interactions. For each: where the app, its peer and the floor page show the
 * control (`app`, `peer`, `floor`: paths), the app's chart figures (`charts`) and the parts an
 * action must change (`watch`), the event that starts a sample (`trigger`), the controls
 * that must be there (`controls`), and the action (`act`, step number `i`), with optional
 * `prepare` (once after load) and `after` (unmeasured, after each action's sample).
 */
const INTERACTIONS = [
  {
    name: 'states',
    title: 'States: region filter',
    action: 'a click on a region button (`[data-filter-region]`), cycling Northeast, Midwest, South, West, All',
    app: '?view=states',
    peer: '',
    floor: 'floor.html',
    charts: appChart('state-ranges'),
    watch: [`${appChart('state-ranges')} canvas`],
    trigger: { events: ['click'], selector: '[data-filter-region]' },
    controls: REGIONS.map((r) => `[data-filter-region="${r}"]`),
    act: (page, i) => page.click(`[data-filter-region="${CYCLE[i % CYCLE.length]}"]`),
  },
  {
    name: 'metros',
    title: 'Metro areas: state filter',
    action: `a state picked in \`#metro-state\` (playwright \`selectOption\`), cycling ${METRO_CYCLE.map((c) => c || 'all states').join(', ')}`,
    app: '?view=metros',
    peer: 'metros.html',
    floor: 'floor.html',
    charts: `${appChart('metro-pay')}, ${appChart('metro-jobs')}`,
    watch: [`${appChart('metro-pay')} canvas`, `${appChart('metro-jobs')} canvas`],
    trigger: { events: ['input'], selector: '#metro-state' },
    controls: ['#metro-state'],
    act: (page, i) => page.selectOption('#metro-state', METRO_CYCLE[i % METRO_CYCLE.length]),
  },
  {
    name: 'national',
    title: 'National: compare with a state',
    action: `a state added with \`#state-picker\` (\`selectOption\`), cycling ${COMPARE_CYCLE.join(', ')}; after each sample, unmeasured, its chip's remove button (\`[data-remove]\`) takes it off again`,
    app: '',
    peer: 'national.html',
    floor: 'floor.html',
    charts: NATIONAL_CHART,
    watch: [`${NATIONAL_CHART} canvas`],
    trigger: { events: ['input'], selector: '#state-picker' },
    controls: ['#state-picker'],
    act: (page, i) => page.selectOption('#state-picker', COMPARE_CYCLE[i % COMPARE_CYCLE.length]),
    // Unmeasured, so in one round trip: a click in the page, then frames until the chip is gone.
    async after(page, i) {
      await page.evaluate(async (selector) => {
        document.querySelector(selector).click();
        for (let n = 0; n < 120 && document.querySelector(selector); n++) await window.__bench.nextPaint();
        await window.__bench.nextPaint();
      }, `[data-remove="${COMPARE_CYCLE[i % COMPARE_CYCLE.length]}"]`);
    },
  },
  {
    name: 'locator',
    title: 'National: typing a salary into the locator',
    action: `a keystroke in \`#salary-input\` (playwright \`keyboard.press\`) that replaces the first digit of ${SALARY_START} (selected first, unmeasured), cycling ${SALARY_DIGITS.map((d) => `${d}0000`).join(', ')}; the change is the chart and \`#salary-results\``,
    app: '',
    peer: 'national.html',
    floor: 'floor.html',
    charts: NATIONAL_CHART,
    watch: [`${NATIONAL_CHART} canvas`, '#salary-results'],
    trigger: { events: ['keydown'], selector: '#salary-input' },
    controls: ['#salary-input'],
    async prepare(page) {
      await page.fill('#salary-input', SALARY_START);
      await nextPaint(page);
    },
    async act(page, i) {
      await page.evaluate(() => {
        const field = document.querySelector('#salary-input');
        field.focus();
        field.setSelectionRange(0, 1);
      });
      await page.keyboard.press(SALARY_DIGITS[i % SALARY_DIGITS.length]);
    },
  },
];
const STATES = INTERACTIONS[0];
/** What --only can name: the States page's bytes, first-chart loads and memory, and the interactions. */
const PARTS = ['bytes', 'load', 'memory', ...INTERACTIONS.map((x) => x.name)];

/** The instrument's settings for one page (see bench/instrument.js). */
function benchConfig(ix, kind) {
  if (kind !== 'app') return { trigger: ix.trigger };
  return { trigger: ix.trigger, charts: ix.charts, watch: ix.watch, canvas: true };
}

// ---------------------------------------------------------------- options

const USAGE = `usage: node bench/run.mjs [--quick] [--build] [--out FILE | --no-write] [--json FILE]
                         [--screenshots DIR] [--loads N] [--clicks N] [--changes N] [--dist DIR]
                         [--only NAMES]
  --quick        smoke run (3 loads, 10 actions per speed, 25 + 25 changes); writes nothing unless --out
  --build        run 'trunk build --release' first (otherwise only when dist/ is missing)
  --out FILE     where to write the results section (default BENCHMARKS.md on a full run)
  --no-write     print only
  --json FILE    also write every sample as JSON
  --screenshots DIR  save a full-page screenshot of each page after its first load
  --loads N      cold loads per page (default 20)
  --clicks N     measured actions per page, interaction and speed (default 100)
  --changes N    filter changes per step of the leak check (default 1000; measured after N and 2N)
  --dist DIR     measure another build of the app (default dist/)
  --only NAMES   run only these parts, comma-separated: ${PARTS.join(', ')}
                 (a subset writes nothing unless --out)`;

function parseArgs(argv) {
  const o = { quick: false, build: false, out: undefined, write: true, json: null, screenshots: null, only: null };
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
    else if (a === '--only') {
      const names = (argv[++i] ?? fail(`--only needs a list: ${PARTS.join(',')}`)).split(',').map((x) => x.trim()).filter(Boolean);
      const unknown = names.filter((x) => !PARTS.includes(x));
      if (unknown.length || !names.length) fail(`--only: unknown ${unknown.join(', ') || '(empty list)'}; choose from ${PARTS.join(', ')}`);
      o.only = new Set(names);
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${a} (try --help)`);
  }
  o.loads ??= o.quick ? 3 : 20;
  o.clicks ??= o.quick ? 10 : 100;
  o.changes ??= o.quick ? 25 : 1000;
  o.warmupClicks = o.quick ? 2 : 10;
  if (o.changes % CYCLE.length !== 0) fail(`--changes must be a multiple of ${CYCLE.length}`);
  o.runs = (part) => !o.only || o.only.has(part);
  // A quick or partial run does not overwrite BENCHMARKS.md unless asked to.
  if (o.out === undefined) o.out = o.quick || o.only ? null : path.join(REPO_ROOT, 'BENCHMARKS.md');
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

// ---------------------------------------------------------------- the peer folder

/** Every file of bench/peer/, chart.js's UMD build, the data files and the floor page, in a temporary folder. */
function preparePeerRoot() {
  const chartJs = path.join(REPO_ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.js');
  if (!existsSync(chartJs)) {
    console.error(`bench: ${chartJs} is missing: run "npm install" in ${REPO_ROOT}`);
    process.exit(1);
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'salary-bench-peer-'));
  for (const file of readdirSync(path.join(BENCH, 'peer'))) copyFileSync(path.join(BENCH, 'peer', file), path.join(root, file));
  copyFileSync(chartJs, path.join(root, 'chart.umd.js'));
  for (const file of ['states.json', 'metros.json', 'national.json']) copyFileSync(path.join(REPO_ROOT, 'data', file), path.join(root, file));
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

/** A pseudo-random generator from a seed (mulberry32): the same samples give the same interval. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far a ratio of two quantiles (`a`'s over `b`'s at `q`) can move from sampling alone: the
 * 2.5th and 97.5th percentiles of the ratio over `rounds` bootstrap resamples, each side
 * resampled with replacement on its own. Run-to-run differences from the machine's load come
 * on top of this.
 */
function ratioInterval(a, b, q, rounds = 2000) {
  const xs = a.filter(Number.isFinite);
  const ys = b.filter(Number.isFinite);
  if (xs.length < 10 || ys.length < 10) return null;
  const random = seeded(xs.length * 7919 + ys.length);
  const resample = (v) => v.map(() => v[Math.floor(random() * v.length)]);
  const ratios = [];
  for (let i = 0; i < rounds; i++) ratios.push(quantile(resample(xs), q) / quantile(resample(ys), q));
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}
const interval = (r) => (r ? `${r[0].toFixed(2)}–${r[1].toFixed(2)}` : 'n/a');

// ---------------------------------------------------------------- browser helpers

const INSTRUMENT = readFileSync(path.join(BENCH, 'instrument.js'), 'utf8');

/** A fresh context and page; `config` goes to bench/instrument.js (see benchConfig). */
async function openPage(browser, { cacheDisabled = true, config = {} } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  // Nothing may leave 127.0.0.1.
  await context.route(
    (u) => !['127.0.0.1', ''].includes(u.hostname) && !['data:', 'blob:', 'about:'].includes(u.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(config)};\n${INSTRUMENT}` });
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

/**
 * Waits until the app has taken the place of the page its build wrote (`#app-shell`, the
 * pre-rendered views, whose controls are disabled): the first chart a user sees is that page's,
 * but actions need the app. Peers have no such page.
 */
async function waitForApp(page) {
  await page.waitForFunction(() => !document.getElementById('app-shell'), null, { timeout: CHART_TIMEOUT_MS });
}

async function memorySnapshot(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(() => window.__bench.wasmMemoryBytes());
  // Elements in the document (issue 12's DOM size goal); DOM nodes above also count text
  // nodes and nodes the page keeps out of the document for reuse.
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasm, nodes: dom.nodes, elements, listeners: dom.jsEventListeners, documents: dom.documents };
}

// ---------------------------------------------------------------- measurements

async function measureBytes(browser, target) {
  const { context, page, errors } = await openPage(browser, { config: target.config });
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
    await waitForApp(page); // the app's code is fetched after the first chart is painted
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
    const { context, page, errors } = await openPage(browser, { config: t.config });
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
      const { context, page, errors } = await openPage(browser, { config: t.config });
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

/**
 * n measured actions (after `warmup` unmeasured ones) of interaction `ix`, at `rate`x CPU.
 * `step` counts actions across calls, so the cycle goes on where the last speed left it and
 * every action changes something.
 */
async function measureActions(page, cdp, ix, step, n, warmup, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.evaluate(() => {
      window.__bench.samples.length = 0;
    });
    const samples = [];
    for (let i = 0; i < warmup + n; i++) {
      const at = step.next++;
      await ix.act(page, at);
      const s = await page.evaluate((count) => window.__bench.sample(count), i + 1);
      if (ix.after) await ix.after(page, at);
      if (i >= warmup) samples.push(s);
    }
    return samples;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/** Actions per block: the pages of an interaction take turns, this many actions each. */
const BLOCK = 10;

/**
 * One interaction on its pages (floor, app, peer), each on a fresh page kept open for the
 * whole measurement: at each speed, first `warmup` unmeasured actions on each page, then the
 * pages take turns in blocks of `BLOCK` measured actions (the order rotating from block to
 * block), so a change in the machine's load over the minutes of a run falls on every page
 * alike instead of on whichever page was measured then.
 */
async function measureInteraction(browser, ix, targets, opts) {
  const results = {};
  const open = [];
  try {
    for (const target of targets) {
      const result = { clicks: {}, errors: [], missing: null };
      results[target.key] = result;
      const handle = await openPage(browser, { config: target.config });
      try {
        await loadAndWaitForChart(handle.page, target.url, handle.errors);
        await waitForApp(handle.page);
        const missing = [];
        for (const selector of ix.controls) if (!(await handle.page.$(selector))) missing.push(selector);
        if (missing.length) {
          result.missing = missing;
          result.errors.push(`${ix.name}: no ${missing.join(', ')} on ${target.url}: its actions are not measured`);
          await handle.context.close();
          continue;
        }
        if (ix.prepare) await ix.prepare(handle.page);
        open.push({ target, result, ...handle, step: { next: 0 } });
      } catch (e) {
        result.errors.push(`${ix.name}: ${e.message}`);
        await handle.context.close();
      }
    }
    for (const rate of [1, 4]) {
      log(`${ix.name}: ${opts.clicks} actions at ${rate}x CPU on each of ${open.map((o) => o.target.key).join(', ')}, in turns of ${BLOCK}`);
      const failed = new Set();
      const guarded = async (o, work) => {
        if (failed.has(o)) return;
        try {
          await o.page.bringToFront();
          await work();
        } catch (e) {
          failed.add(o);
          o.result.errors.push(`${ix.name}: ${e.message}`);
        }
      };
      for (const o of open) {
        o.result.clicks[`x${rate}`] = [];
        await guarded(o, () => measureActions(o.page, o.cdp, ix, o.step, 0, opts.warmupClicks, rate));
      }
      for (let done = 0, block = 0; done < opts.clicks; done += BLOCK, block++) {
        const n = Math.min(BLOCK, opts.clicks - done);
        const order = open.map((_, i) => open[(i + block) % open.length]);
        for (const o of order) {
          await guarded(o, async () => o.result.clicks[`x${rate}`].push(...(await measureActions(o.page, o.cdp, ix, o.step, n, 0, rate))));
        }
      }
    }
    for (const o of open) if (o.errors.length) o.result.errors.push(...o.errors);
  } finally {
    for (const o of open) await o.context.close().catch(() => {});
  }
  return results;
}

/** The States leak check: a fresh page, then `changes` filter changes twice. */
async function measureMemory(browser, target, opts) {
  const { context, page, cdp, errors } = await openPage(browser, { config: target.config });
  try {
    await loadAndWaitForChart(page, target.url, errors);
    await waitForApp(page);
    const found = await page.$$eval('[data-filter-region]', (els) => els.map((e) => e.getAttribute('data-filter-region')));
    const missing = REGIONS.filter((r) => !found.includes(r));
    if (missing.length) return { error: `no [data-filter-region="${missing.join('|')}"] button: no filter changes` };
    const snaps = { start: await memorySnapshot(page, cdp) };
    for (const step of [1, 2]) {
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
    if (errors.length) snaps.errors = errors;
    return snaps;
  } catch (e) {
    return { error: `memory: ${e.message}` };
  } finally {
    await context.close();
  }
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
    painted: ok.map((x) => framePainted(x) - x.t0),
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
  const S = R.interactions.states;
  for (const rate of ['x1', 'x4']) {
    const ca = clickStats(S?.app?.clicks?.[rate]);
    const cp = clickStats(S?.peer?.clicks?.[rate]);
    const speed = rate === 'x1' ? 'normal speed' : '4x CPU throttling';
    add(`States click → next paint p50, ${speed} (n=${ca.n}/${cp.n})`, ca.dblP50, cp.dblP50, ms);
    add(`States click → next paint p95, ${speed}`, ca.dblP95, cp.dblP95, ms);
  }
  const ma = A.memory;
  const mp = P.memory;
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
  const S = R.interactions.states;
  const c1 = clickStats(S?.app?.clicks?.x1);
  const c4 = clickStats(S?.app?.clicks?.x4);
  const f1 = clickStats(S?.floor?.clicks?.x1);
  const f4 = clickStats(S?.floor?.clicks?.x4);
  const clickValue = (c, f) =>
    Number.isFinite(c.dblP95) ? `${ms(c.dblP95)} (frame painted: ${ms(c.paintP95)}; harness floor ${ms(f.dblP95)} / ${ms(f.paintP95)})` : 'n/a';
  add('click to next paint p95 within one frame (17 ms), normal speed', clickValue(c1, f1), Number.isFinite(c1.dblP95) ? c1.dblP95 <= 17 : null);
  add('click to next paint p95 under 33 ms, 4x CPU throttling', clickValue(c4, f4), Number.isFinite(c4.dblP95) ? c4.dblP95 < 33 : null);
  const g = growthVerdict(A.memory);
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

/** Every interaction's errors, named by interaction and page. */
function interactionErrors(R) {
  return Object.values(R.interactions).flatMap((r) => Object.entries(r).flatMap(([kind, x]) => x.errors.map((e) => `${kind}: ${e}`)));
}

/** Action → frame painted for one interaction: app, peer and floor at each speed. */
function interactionFigures(r) {
  const out = {};
  for (const rate of ['x1', 'x4']) {
    out[rate] = { app: clickStats(r?.app?.clicks?.[rate]), peer: clickStats(r?.peer?.clicks?.[rate]), floor: clickStats(r?.floor?.clicks?.[rate]) };
  }
  return out;
}

const speedName = (rate) => (rate === 'x1' ? '1x' : '4x');

/** Issue 12's goals for one interaction, each {goal, value, met}: no worse than the peer at
 * p50 and p95 at both speeds, and at 1x within one frame of the harness floor. */
function issue12Goals(r) {
  const f = interactionFigures(r);
  const goals = [];
  const both = (a, b) => Number.isFinite(a) && Number.isFinite(b);
  for (const rate of ['x1', 'x4']) {
    for (const q of ['P50', 'P95']) {
      const a = f[rate].app[`paint${q}`];
      const p = f[rate].peer[`paint${q}`];
      goals.push({ goal: `${q.toLowerCase()} ${speedName(rate)}: app / peer ≤ 1.00`, value: ratio(a, p), met: both(a, p) ? a / p <= 1 : null });
    }
  }
  for (const q of ['P50', 'P95']) {
    const a = f.x1.app[`paint${q}`];
    const fl = f.x1.floor[`paint${q}`];
    goals.push({ goal: `${q.toLowerCase()} 1x: app − floor ≤ ${FRAME_MS.toFixed(1)} ms`, value: both(a, fl) ? signed(a - fl, ms) : 'n/a', met: both(a, fl) ? a - fl <= FRAME_MS : null });
  }
  return goals;
}

/** The issue-12 section: the verdicts, then a table per interaction. */
function interactionsMarkdown(R) {
  const out = [];
  const measured = INTERACTIONS.filter((ix) => R.interactions[ix.name]);
  out.push('### Interactions (issue 12): action → frame painted');
  out.push('');
  out.push(
    `Each view's main interaction on the app, on a Chart.js peer page with the same control and data, and on the harness floor (the same control and a one-word text change, no chart). ` +
      `Times are from the user's action to the end of the first frame that shows its result (rAF + task, see "How it is measured"), p50 and p95 over ${R.opts.clicks} actions per speed after ${R.opts.warmupClicks} unmeasured warm-up actions, ` +
      `at normal speed (1x) and with 4x CPU throttling. Goals: app / peer ≤ 1.00 at p50 and p95 at both speeds, and at 1x the app within one frame (${FRAME_MS.toFixed(1)} ms) of the floor.`,
  );
  out.push('');
  if (!measured.length) {
    out.push('Not measured in this run.');
    out.push('');
    return out;
  }
  const header = ['interaction', ...issue12Goals(null).map((g) => g.goal), 'all met'];
  const rows = measured.map((ix) => {
    const goals = issue12Goals(R.interactions[ix.name]);
    const all = goals.some((g) => g.met === false) ? false : goals.every((g) => g.met === true) ? true : null;
    return [ix.title, ...goals.map((g) => `${g.value} ${metLabel(g.met)}`), metLabel(all)];
  });
  out.push(mdTable(header, rows));
  out.push('');
  for (const ix of measured) {
    const r = R.interactions[ix.name];
    const f = interactionFigures(r);
    out.push(`#### ${ix.title}`);
    out.push('');
    out.push(`App \`/${ix.app}\`, peer \`bench/peer/${ix.peer || 'index.html'}\`, floor \`bench/${ix.floor}\`. The action: ${ix.action}.`);
    out.push('');
    const tableRows = ['x1', 'x4'].map((rate) => {
      const { app: a, peer: p, floor: fl } = f[rate];
      return [
        rate === 'x1' ? 'normal speed (1x)' : '4x CPU throttling',
        ms(a.paintP50), ms(a.paintP95), ms(p.paintP50), ms(p.paintP95),
        ratio(a.paintP50, p.paintP50), interval(ratioInterval(a.painted, p.painted, 0.5)),
        ratio(a.paintP95, p.paintP95), interval(ratioInterval(a.painted, p.painted, 0.95)),
        ms(fl.paintP50), ms(fl.paintP95),
      ];
    });
    out.push(mdTable(['speed', 'app p50', 'app p95', 'peer p50', 'peer p95', 'app / peer p50', '95% interval', 'app / peer p95', '95% interval', 'floor p50', 'floor p95'], tableRows));
    out.push('');
    out.push('The intervals say how far each ratio could move by sampling alone (2,000 bootstrap resamples of each page\'s actions); where one holds 1.00, app and peer are not told apart by this run.');
    out.push('');
    const detail = ['x1', 'x4'].map((rate) => {
      const who = ['app', 'peer', 'floor'].map((k) => {
        const c = f[rate][k];
        return `${k} ${ms(c.dblP50)} / ${ms(c.dblP95)} (n=${c.n}${c.extraFrames ? `, ${c.extraFrames} after the first frame` : ''}${c.unchanged ? `, ${c.unchanged} never changed` : ''})`;
      });
      return `${speedName(rate)}: ${who.join(', ')}`;
    });
    out.push(`Next paint (double rAF) p50 / p95: ${detail.join('; ')}.`);
    out.push('');
  }
  return out;
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
  out.push('## Salary Explorer against Chart.js peers');
  out.push('');
  out.push(`Measured ${R.meta.date} by \`node bench/run.mjs\`${R.opts.quick ? ' --quick (smoke run: too few samples to rely on)' : ''}.`);
  out.push('');
  out.push(`- Machine: ${R.meta.cpus} (\`nproc\` = ${R.meta.nproc}), ${R.meta.os}; load average ${R.meta.loadStart} at the start and ${R.meta.loadEnd} at the end (other engineers were compiling on the same cores: treat times as noisy).`);
  out.push(`- Browser: ${R.meta.browser} (${CHROMIUM}), headless, ${VIEWPORT.width}×${VIEWPORT.height}, device scale 1, driven by playwright-core ${R.meta.playwright}; Node ${process.version}.`);
  out.push(`- App: \`dist/\` as built at ${R.meta.distBuilt}; sizes, first chart and memory on \`/?view=states\`. Peers: \`bench/peer/\` with chart.js ${R.meta.chartJs} (\`chart.umd.js\`), the same data files, the same controls.`);
  out.push(`- Samples: ${R.opts.loads} cold loads per page; ${R.opts.clicks} actions per page, interaction and speed after ${R.opts.warmupClicks} unmeasured warm-up actions; memory after ${R.opts.changes} and ${2 * R.opts.changes} filter changes.`);
  if (R.opts.only) out.push(`- Only ${[...R.opts.only].join(', ')} (\`--only\`): everything else reads "n/a" or "not measured".`);
  out.push(`- Run time: ${R.meta.seconds.toFixed(0)} s.`);
  for (const n of R.notes) out.push(`- **Note:** ${n}`);
  out.push('');
  out.push(...interactionsMarkdown(R));
  out.push('### Goals of issue 7 (for the app, States view)');
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
  const ma = A.memory;
  const mp = P.memory;
  if (ma || mp) {
    detail.push(['JS heap used right after load', mib(ma?.start.heapUsed), mib(mp?.start.heapUsed), ratio(ma?.start.heapUsed, mp?.start.heapUsed)]);
    detail.push(['wasm memory right after load', mib(ma?.start.wasm ?? NaN), 'n/a (no wasm)', '']);
    detail.push(['DOM nodes / listeners right after load', `${count(ma?.start.nodes)} / ${count(ma?.start.listeners)}`, `${count(mp?.start.nodes)} / ${count(mp?.start.listeners)}`, '']);
    detail.push(['elements in the document right after load (issue 12: at most 800)', count(ma?.start.elements), count(mp?.start.elements), ratio(ma?.start.elements, mp?.start.elements)]);
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
  out.push('Bytes per response (the whole page as loaded, cache disabled):');
  out.push('');
  const fileRows = [];
  for (const [who, r] of [['app', A], ['peer', P]]) {
    for (const f of r.bytes?.files ?? []) fileRows.push([who, f.path, f.kind, f.raw, f.gzip, f.brotli]);
  }
  out.push(mdTable(['page', 'path', 'kind', 'raw B', 'gzip -9 B', 'brotli 11 B'], fileRows));
  const errs = [...(A.errors ?? []), ...(P.errors ?? []), ...interactionErrors(R)];
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

Salary Explorer against plain Chart.js peer pages that draw the same charts, from the same data,
with the same controls, using npm chart.js: the States range chart and its region filter, the
Metro areas charts and their state filter, the National percentile chart with its "compare with
a state" picker and its salary locator. One command measures all of them in the same headless
Chromium and rewrites the section between the \`bench:start\` and \`bench:end\` markers below
(anything outside them is kept):

    npm install                       # once: playwright-core and chart.js
    node bench/run.mjs                # full run, about 10 minutes on 2 cores; writes this file
    node bench/run.mjs --quick        # smoke run, about a minute; prints only
    node bench/run.mjs --only states,metros   # a subset (prints only unless --out)
    node bench/run.mjs --build        # rebuild dist/ first (trunk build --release)
    node bench/size-gate.mjs          # the test suite's size gate: JS + wasm <= ${BUDGET_KIB} KiB brotli

The harness is not part of the timed test suite; the size gate is. Times depend on the machine
and on what else runs on it: compare the app with the peer measured in the same run, not with
figures from another day.
`;

const METHOD = `### How it is measured

\`node bench/run.mjs\` (\`--quick\` for a smoke run that writes nothing, \`--only\` for a subset) serves
\`dist/\` and a temporary folder holding \`bench/peer/\`, \`bench/floor.html\`, \`chart.umd.js\` from
\`node_modules/chart.js\` and \`data/states.json\`, \`metros.json\` and \`national.json\` on
127.0.0.1 with \`scripts/static-server.mjs\` (no compression, \`Cache-Control: no-cache\`, no CSP header for
any page; the app's own CSP meta tag, if its build has one, applies to it), and drives \`/usr/bin/chromium\` with playwright-core. Every page gets
\`bench/instrument.js\` as an init script; it only observes. It builds the app only when \`dist/\` is
missing (or with \`--build\`), and says so when \`dist/\` is older than the sources. It serves a
copy of \`dist/\` taken at the start, so a rebuild during the run cannot mix two builds. Service
workers are blocked (as in the e2e suite): every timed load is a first visit, and the app's
offline worker (which, once registered, fetches the page and its assets again to cache them)
is in neither the timings nor the bytes. Bytes, first chart and memory are measured on the
States view and its peer (\`bench/peer/index.html\`); the interactions on every view.

- **Bytes**: every response body of one load of the page (HTML, JS, wasm, CSS, data), summed; gzip
  (level 9) and brotli (quality 11) are computed with node:zlib over those same bodies, as a
  static host that pre-compresses would send them. "JS + wasm" is the part the size goals are about.
- **First chart**: ${'`'}performance.now()${'`'} (milliseconds since navigation start) in the first
  requestAnimationFrame callback after the chart is present, over cold loads (each in a fresh
  browser context, HTTP cache disabled through CDP, app and peer loads alternating). Present means,
  for the app, that \`figure.chart[data-chart="state-ranges"]\` holds an \`<svg>\` or a \`<canvas>\`
  with a size that the page has drawn on (a MutationObserver, and for canvases a wrapper around
  the 2D context's drawing calls), and for the peer its own \`performance.mark('chart-drawn')\`
  right after \`new Chart(...)\` returns (Chart.js draws synchronously when animation is off).
  "Frame painted" is a MessageChannel task posted from that callback, which runs once the
  frame's style, layout and paint are done (or the next frame's rAF callback, if the scheduler
  runs that first).
- **Action to frame painted** (the interactions): one page per interaction and page kind (app,
  peer, floor), all three open for the whole interaction, the actions in a cycle so every
  action changes what is shown (see each interaction's table), first at normal speed, then with
  CDP \`Emulation.setCPUThrottlingRate\` (rate 4) on the same pages. At each speed every page
  first gets its warm-up actions, then the three take turns, ${'`'}${BLOCK}${'`'} measured actions
  at a time, the order rotating from turn to turn (the page whose turn it is is brought to the
  front and is the only one throttled), so a change in the machine's load during the run
  weighs on the app, its peer and the floor alike. A region button is clicked with \`page.click\`; a \`<select>\` is set
  with playwright's \`selectOption\` (it picks the option and dispatches \`input\` and \`change\` in
  the page, as the browser does for a pick from the open list); the salary is typed with
  \`keyboard.press\` (trusted \`keydown\`, \`input\`, \`keyup\`). A capture-phase listener on the
  first event of the action (\`click\`, \`input\`, \`keydown\`) stamps \`performance.now()\`. The
  change is complete, for the app, once every watched part has changed: a drawing call on each
  chart's \`<canvas>\` (every chart of the view, on screen or not: the app brings its off-screen
  table rows and chart buttons up to date just after the frame, but never its charts, so a
  chart's new drawing is what the peer's is compared with), and for the locator also a DOM
  change in \`#salary-results\`; for the peers and the floor page, at their \`performance.mark('chart-drawn')\`,
  made once the chart and text are updated. The stamps are taken in the first frame that shows
  the change (a frame that still shows the old state does not count; a change the page makes in
  its own requestAnimationFrame callback counts for that frame): "frame painted" is the task
  posted from that frame's callback (or the next frame's callback, whichever runs first), "next
  paint" a double requestAnimationFrame, which lands at the start of the frame after the one that
  painted and so can read up to one frame (about 16.7 ms at 60 Hz) more. The harness floor
  (\`bench/floor.html\`: the same controls, a one-word text change, no chart) shows what the
  harness itself costs on this machine at this load.
- **Memory**: on a fresh page, after load and after ${'`'}N${'`'} and ${'`'}2N${'`'} filter changes
  (\`element.click()\` in the page, each followed by a painted frame; N = 1,000 in a full run):
  two CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` (JS heap used),
  \`Memory.getDOMCounters\` (DOM nodes, JS event listeners) and the app's
  \`WebAssembly.Memory\` size (captured when the page instantiates its module). Growth between N
  and 2N means a leak: any growth in wasm memory, DOM nodes or listeners, or a JS heap growing by
  more than 5% (and 64 KiB): below that it is GC and JIT warm-up noise. Canvas backing stores and Blink's own memory are in neither figure.
- **Fairness**: the peers are plain Chart.js as its documentation shows it, with
  \`animation: false\` because the app does not animate (an animated peer would only take longer
  to settle); on every action they replace the data arrays, set the chart box to its new height
  when the row count changes, and redraw once. States (\`index.html\`, \`peer.js\`): a floating bar
  per state, a scatter dataset for the medians, a ten-line plugin for the national-median line,
  20 px a row like the app. Metro areas (\`metros.html\`, \`metros.js\`): two bar charts, the
  highest-paying metros with state-median ticks (a scatter dataset) and the US-median line, and
  the metros with most employment; figures printed at the bars' ends and a diamond on the metro in
  both lists; a list the state filter empties gives way to a message. National
  (\`national.html\`, \`national.js\`): the national 10th-90th range, a box for the middle half and
  the median, the percentiles labelled, a row per added state (bottom 10%, median, top 10%;
  at most 6, each with a remove button), and the locator: each keystroke parses the field,
  interpolates the percentile between the published points (as the app does), redraws the chart
  with a "You" marker and rewrites the results list. \`bench/peer/shared.js\` holds what the
  Metro areas and National peers share. The peers fetch their JSON files (counted in the States
  peer's bytes); the app carries the same data inside its wasm. The app pages also render data
  tables, hover targets and other controls, which the peers leave out; that work counts against
  the app.
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
    interactions: {},
  };
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const pages = (ix) => ({
      app: { key: 'app', url: `${appServer.url}${ix.app}`, config: benchConfig(ix, 'app') },
      peer: { key: 'peer', url: `${peerServer.url}${ix.peer}`, config: benchConfig(ix, 'peer') },
      floor: { key: 'floor', url: `${peerServer.url}${ix.floor}`, config: benchConfig(ix, 'floor') },
    });
    // Sizes, first chart and memory are the States page's, as before the other views were measured.
    const { app, peer } = pages(STATES);
    if (opts.screenshots) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(opts.screenshots, { recursive: true });
    }

    if (opts.runs('bytes')) {
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
    }
    if (opts.runs('load')) {
      log(`time to first chart: ${opts.loads} cold loads each`);
      const cold = await measureColdLoads(browser, [app, peer], opts.loads, opts.screenshots);
      R.app.cold = cold.app;
      R.peer.cold = cold.peer;
      R.app.errors.push(...cold.app.errors.map((e) => `first chart: ${e}`));
      R.peer.errors.push(...cold.peer.errors.map((e) => `first chart: ${e}`));
    }

    for (const ix of INTERACTIONS.filter((x) => opts.runs(x.name))) {
      log(`interaction ${ix.name}: ${ix.title}`);
      const targets = pages(ix);
      const r = await measureInteraction(browser, ix, ['floor', 'app', 'peer'].map((kind) => targets[kind]), opts);
      R.interactions[ix.name] = r;
      for (const kind of ['app', 'peer', 'floor']) {
        for (const rate of ['x1', 'x4']) {
          const c = clickStats(r[kind].clicks[rate]);
          if (c.unchanged) notes.push(`${ix.name}, ${kind}: ${c.unchanged} of ${c.n} actions at ${rate} never changed the page within 120 frames (left out of the figures).`);
        }
      }
    }

    if (opts.runs('memory')) {
      log('memory');
      for (const [t, r] of [[app, R.app], [peer, R.peer]]) {
        const m = await measureMemory(browser, t, opts);
        if (m.error) r.errors.push(m.error);
        else r.memory = m;
        if (m.errors) r.errors.push(...m.errors.map((e) => `memory: ${e}`));
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
  console.log(`Salary Explorer vs Chart.js peers — ${R.meta.browser}, nproc ${R.meta.nproc}, load ${R.meta.loadStart} → ${R.meta.loadEnd}${opts.quick ? ' — QUICK RUN' : ''}`);
  console.log('');
  console.log(table(['figure (States page)', 'app', 'peer', 'app/peer'], figures.map((r) => r.cells)));
  for (const ix of INTERACTIONS.filter((x) => R.interactions[x.name])) {
    const f = interactionFigures(R.interactions[ix.name]);
    const rows = [];
    for (const rate of ['x1', 'x4']) {
      for (const q of ['P50', 'P95']) {
        const c = (k) => f[rate][k][`paint${q}`];
        const spread = ratioInterval(f[rate].app.painted, f[rate].peer.painted, q === 'P50' ? 0.5 : 0.95);
        rows.push([`${q.toLowerCase()} ${speedName(rate)}`, ms(c('app')), ms(c('peer')), ratio(c('app'), c('peer')), interval(spread), ms(c('floor'))]);
      }
    }
    console.log('');
    console.log(table([`${ix.title}: action → frame painted`, 'app', 'peer', 'app/peer', '95% interval', 'floor'], rows));
    console.log(table(['goal (issue 12)', 'value', ''], issue12Goals(R.interactions[ix.name]).map((g) => [g.goal, g.value, g.met === true ? 'met' : g.met === false ? 'NOT MET' : 'not measured'])));
  }
  console.log('');
  const clip = (t) => (t.length > 90 ? `${t.slice(0, 87)}...` : t);
  console.log(table(['goal (issue 7)', 'app', ''], goals.map((g) => [g.goal, clip(g.value), g.met === true ? 'met' : g.met === false ? 'NOT MET' : 'not measured'])));
  const allErrors = [...R.app.errors.map((e) => `app: ${e}`), ...R.peer.errors.map((e) => `peer: ${e}`), ...interactionErrors(R)];
  for (const n of notes) console.log(`\nNOTE: ${n}`);
  for (const e of allErrors) console.log(`ERROR: ${e}`);

  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify({ meta: R.meta, opts: { ...opts, only: opts.only && [...opts.only] }, notes, app: R.app, peer: R.peer, interactions: R.interactions, goals }, null, 2) + '\n');
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
    log(`${opts.only ? 'partial' : 'quick'} run: BENCHMARKS.md left as it is (use --out FILE to write one)`);
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
