#!/usr/bin/env node
// Lighthouse 12 scores for Salary Explorer, every view, desktop and mobile.
//
//   node bench/lighthouse.mjs             5 runs per view and form factor (median run reported);
//                                         writes the Lighthouse section of BENCHMARKS.md
//   node bench/lighthouse.mjs --runs 1 --no-write     one run each, prints only
//
// Options: --runs N, --out FILE, --no-write, --reports DIR (every run's Lighthouse JSON report),
// --dist DIR. Environment: CHROME_PATH (default /usr/bin/chromium), XDG_CACHE_HOME.
//
// Lighthouse is not in package.json (it is large; CI stays quick): the first run installs
// lighthouse@LH_VERSION with npm into "${XDG_CACHE_HOME:-$HOME/.cache}/salary-explorer-lighthouse"
// (outside the repository) and later runs reuse it. After that nothing is fetched from the
// network: dist/ is served from 127.0.0.1 by scripts/static-server.mjs (with the strict CSP
// header), Lighthouse's error reporting is off, any connection this Node process tries to open to
// a host other than loopback is refused and reported, and Chromium writes a net log per run that
// is scanned for any host other than loopback (reported in the output and in BENCHMARKS.md).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start } from '../scripts/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support.mjs';
import { newestMtime } from './files.mjs';

const LH_VERSION = '12.8.2'; // the last 12.x; Lighthouse 13 needs a newer Node than 20
const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH, '..');
const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'salary-explorer-lighthouse');
const CHROME_PATH = process.env.CHROME_PATH || CHROMIUM;
// The end-to-end suite's flags, with Chromium's own headless mode (Lighthouse launches it).
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
// Chromium 156 still tries to reach Google at start-up with the flags above (network time,
// update.googleapis.com, accounts.google.com: see the net log). This makes every name but the
// loopback ones unresolvable inside Chromium, so none of that leaves the machine; 127.0.0.1 is an
// IP literal and is never looked up.
const NO_NETWORK_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
const VIEWS = [
  ['/', 'National'],
  ['/?view=states', 'States'],
  ['/?view=metros', 'Metros'],
  ['/?view=about', 'About'],
];
const FORM_FACTORS = ['desktop', 'mobile'];
const CATEGORIES = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
];
const METRICS = [
  ['first-contentful-paint', 'FCP', 's'],
  ['largest-contentful-paint', 'LCP', 's'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'Speed Index', 's'],
];
const START_MARK = '<!-- lighthouse:start (written by `node bench/lighthouse.mjs`; edit outside these markers) -->';
const END_MARK = '<!-- lighthouse:end -->';

const USAGE = `usage: node bench/lighthouse.mjs [--runs N] [--out FILE | --no-write] [--reports DIR] [--dist DIR]
  --runs N       Lighthouse runs per view and form factor (default 5); the median run is reported
  --out FILE     where to write the Lighthouse section (default BENCHMARKS.md)
  --no-write     print only
  --reports DIR  also save every run's Lighthouse report (JSON; open it in the Lighthouse viewer)
  --dist DIR     measure another build of the app (default dist/)`;

const log = (msg) => console.error(`[lighthouse ${new Date().toISOString().slice(11, 19)}] ${msg}`);
function fail(message, code = 2) {
  console.error(`lighthouse: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const o = { runs: 5, out: path.join(REPO_ROOT, 'BENCHMARKS.md'), reports: null, dist: path.join(REPO_ROOT, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') {
      o.runs = Number(argv[++i]);
      if (!Number.isInteger(o.runs) || o.runs < 1) fail('--runs needs a positive integer');
    } else if (a === '--out') o.out = path.resolve(argv[++i] ?? fail('--out needs a file'));
    else if (a === '--no-write') o.out = null;
    else if (a === '--reports') o.reports = path.resolve(argv[++i] ?? fail('--reports needs a folder'));
    else if (a === '--dist') o.dist = path.resolve(argv[++i] ?? fail('--dist needs a folder'));
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${a} (try --help)`);
  }
  return o;
}

// ---------------------------------------------------------------- Lighthouse, on demand

function installedVersion() {
  try {
    return JSON.parse(readFileSync(path.join(CACHE, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function ensureLighthouse() {
  if (installedVersion() === LH_VERSION) return;
  log(`installing lighthouse@${LH_VERSION} into ${CACHE} (once; about 100 MB)`);
  mkdirSync(CACHE, { recursive: true });
  const r = spawnSync(
    'npm',
    ['install', '--prefix', CACHE, '--save-exact', '--no-audit', '--no-fund', '--loglevel=error', `lighthouse@${LH_VERSION}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.error || r.status !== 0 || installedVersion() !== LH_VERSION) {
    fail(`'npm install --prefix ${CACHE} lighthouse@${LH_VERSION}' failed (${r.error?.message ?? `exit ${r.status}`})`, 1);
  }
}

const fromCache = (rel) => import(pathToFileURL(path.join(CACHE, 'node_modules', rel)).href);

// ---------------------------------------------------------------- no network

// Refuse (and record) any TCP connection from this process to a host that is not loopback:
// the static server, Chromium's DevTools port and nothing else should ever be reached.
const refused = [];
const isLoopback = (h) => h === 'localhost' || h === '::1' || h === '[::1]' || /^127\./.test(h);
function guardNodeNetwork() {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    let o = Array.isArray(args[0]) ? args[0][0] : args[0];
    if (typeof o !== 'object' || o === null) o = { port: o, host: typeof args[1] === 'string' ? args[1] : undefined };
    if (!o.path) {
      const host = String(o.host ?? 'localhost');
      if (!isLoopback(host)) {
        refused.push(`${host}:${o.port}`);
        process.nextTick(() => this.destroy(new Error(`bench/lighthouse.mjs: no network (${host})`)));
        return this;
      }
    }
    return connect.apply(this, args);
  };
}

const hostOf = (address) => String(address).replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
const isLocalAddress = (address) => isLoopback(hostOf(address)) || hostOf(address) === '0.0.0.0' || hostOf(address) === '::';

// What a Chromium net log says about the network beyond loopback: the URLs Chromium tried to
// load (`tried`), and what left the machine (`sent`): name lookups, TCP connection attempts and
// UDP datagrams. A UDP socket that is only connected (Chromium's IPv6 reachability probe) sends
// nothing and is not counted.
function netLogTraffic(file) {
  const tried = new Set();
  const sent = new Set();
  let log;
  try {
    log = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    sent.add(`(net log ${path.basename(file)} unreadable: ${e.message})`);
    return { tried, sent };
  }
  const names = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const udp = new Map();
  for (const e of log.events ?? []) {
    const p = e.params ?? {};
    switch (names[e.type]) {
      case 'URL_REQUEST_START_JOB': {
        const u = URL.canParse(p.url) ? new URL(p.url) : null;
        if (u && /^(https?|wss?|ftp):$/.test(u.protocol) && !isLoopback(u.hostname.replace(/^\[(.*)\]$/, '$1'))) {
          tried.add(`${p.method ?? 'GET'} ${u.origin}${u.pathname}`);
        }
        break;
      }
      case 'HOST_RESOLVER_MANAGER_JOB':
        if (e.phase === 1 && p.host && !isLoopback(hostOf(String(p.host).replace(/^[a-z]+:\/\//, '')))) sent.add(`name lookup of ${p.host.replace(/^[a-z]+:\/\//, '')}`);
        break;
      case 'DNS_TRANSACTION':
        if (e.phase === 1 && p.hostname) sent.add(`DNS query for ${p.hostname}`);
        break;
      case 'HOST_RESOLVER_SYSTEM_TASK':
        if (e.phase === 1) sent.add(`system name lookup${p.hostname ? ` of ${p.hostname}` : ''}`);
        break;
      case 'TCP_CONNECT_ATTEMPT':
        if (p.address && !isLocalAddress(p.address)) sent.add(`TCP connection to ${p.address}`);
        break;
      case 'UDP_CONNECT':
        if (p.address) udp.set(e.source.id, p.address);
        break;
      case 'UDP_BYTES_SENT': {
        const to = p.address ?? udp.get(e.source.id);
        if (to && !isLocalAddress(to)) sent.add(`UDP to ${to}`);
        break;
      }
    }
  }
  return { tried, sent };
}

// ---------------------------------------------------------------- running

async function runOnce(lighthouse, launch, desktopConfig, url, formFactor, netLogFile) {
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROME_FLAGS, NO_NETWORK_FLAG, `--log-net-log=${netLogFile}`], logLevel: 'silent' });
  try {
    const flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: CATEGORIES.map(([id]) => id),
      enableErrorReporting: false,
    };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result?.lhr) throw new Error('Lighthouse returned no report');
    return result;
  } finally {
    await closeChrome(chrome);
  }
}

// Close Chromium through the DevTools protocol (so it finishes its net log), then make sure it is gone.
async function closeChrome(chrome) {
  const exited = new Promise((resolve) => {
    if (chrome.process.exitCode !== null || chrome.process.signalCode !== null) resolve();
    else chrome.process.once('exit', resolve);
  });
  try {
    const { default: WebSocket } = await fromCache('ws/index.js');
    const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json();
    const ws = new WebSocket(webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.on('error', () => {});
    ws.send(JSON.stringify({ id: 1, method: 'Browser.close' }));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    ws.terminate();
  } catch {
    // fall through to the kill below
  }
  await chrome.kill();
}

const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));

function formatMetric(lhr, [id, , unit]) {
  const v = lhr.audits[id]?.numericValue;
  if (v == null) return 'n/a';
  if (unit === 's') return `${(v / 1000).toFixed(1)} s`;
  if (unit === 'ms') return `${Math.round(v)} ms`;
  return v.toFixed(3);
}

// Audits of the four categories that score under 0.9, as the Lighthouse report shows them:
// scored audits only (not "informative", "manual" or "not applicable"), and not those in the
// report's hidden group (Lighthouse 12's experimental "insights", TTI, max potential FID).
function failingAudits(lhr) {
  const ids = new Set(
    CATEGORIES.flatMap(([c]) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.group !== 'hidden').map((r) => r.id)),
  );
  const out = [];
  for (const id of ids) {
    const a = lhr.audits[id];
    if (!a || a.score == null || a.score >= 0.9) continue;
    if (['informative', 'manual', 'notApplicable', 'error'].includes(a.scoreDisplayMode)) continue;
    const items = a.details?.type === 'table' || a.details?.type === 'opportunity' ? a.details.items?.length : undefined;
    let detail = a.displayValue || '';
    if (!detail && items) detail = `${items} item${items === 1 ? '' : 's'}`;
    out.push({ id, title: a.title, score: a.score, detail });
  }
  return out;
}

function mdTable(header, rows, align = header.map((_, i) => (i <= 1 ? 'l' : 'r'))) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  const rule = align.map((a) => (a === 'r' ? '---:' : '---')).join('|');
  return [`| ${header.map(esc).join(' | ')} |`, `|${rule}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

function throttlingText(s) {
  const t = s.throttling;
  const e = s.screenEmulation;
  const how = s.throttlingMethod === 'simulate' ? 'simulated (Lantern, applied to the unthrottled trace)' : s.throttlingMethod;
  return (
    `${how}: ${t.rttMs} ms RTT, ${t.throughputKbps.toLocaleString('en-US')} Kbps, ${t.cpuSlowdownMultiplier}× CPU slowdown; ` +
    `screen ${e.width}×${e.height} at device scale ${e.deviceScaleFactor}${e.mobile ? ', mobile' : ''}`
  );
}

function writeSection(file, section) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const s = old.indexOf('<!-- lighthouse:start');
  const e = old.indexOf(END_MARK);
  let text;
  if (s >= 0 && e > s) {
    const bs = old.indexOf('<!-- bench:start');
    const be = old.indexOf('<!-- bench:end -->');
    if (bs >= 0 && be > bs && s > bs && s < be) fail(`${file}: the lighthouse markers are inside the bench markers; move them out`);
    text = old.slice(0, s) + section + old.slice(e + END_MARK.length);
  } else {
    text = `${old.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(file, text);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  if (!existsSync(path.join(opts.dist, 'index.html'))) fail(`${opts.dist} holds no built app (run trunk build --release)`);
  if (!existsSync(CHROME_PATH)) fail(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  ensureLighthouse();
  guardNodeNetwork();

  const { default: lighthouse } = await fromCache('lighthouse/core/index.js');
  const { default: desktopConfig } = await fromCache('lighthouse/core/config/desktop-config.js');
  const { computeMedianRun } = await fromCache('lighthouse/core/lib/median-run.js');
  const { launch } = await fromCache('chrome-launcher/dist/index.js');

  const notes = [];
  const distTime = statSync(path.join(opts.dist, 'index.html')).mtimeMs;
  if (opts.dist === path.join(REPO_ROOT, 'dist')) {
    const sources = ['src', 'style', 'data', 'index.html', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml'].map((p) => path.join(REPO_ROOT, p));
    if (Math.max(...sources.map(newestMtime)) > distTime + 1000) {
      notes.push('dist/ is older than the sources (src/, style/, data/ ...): these scores describe that older build.');
    }
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'salary-explorer-lighthouse-'));
  if (opts.reports) mkdirSync(opts.reports, { recursive: true });
  // Serve a copy taken now, so a rebuild during the run cannot mix two builds.
  const served = path.join(tmp, 'dist');
  cpSync(opts.dist, served, { recursive: true });
  const server = await start({ root: served, port: 0, csp: true });
  const loadStart = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const runs = new Map(); // "view|ff" -> [lhr]
  const seconds = [];
  const tried = new Set(); // URLs Chromium itself tried to load (net log)
  const sent = new Set(); // what left the machine (net log)
  const pageOutside = new Set(); // the page's requests to anything but the static server (Lighthouse)
  const warnings = new Set();
  log(`serving a copy of ${opts.dist} at ${server.url}; ${VIEWS.length} views × ${FORM_FACTORS.length} form factors × ${opts.runs} run(s), Lighthouse ${LH_VERSION}`);
  try {
    // Run by run, so a burst of load on the machine spreads over every view instead of hitting one.
    for (let run = 1; run <= opts.runs; run++) {
      for (const [view] of VIEWS) {
        for (const ff of FORM_FACTORS) {
          const url = new URL(view, server.url).href;
          const base = `${view === '/' ? 'national' : view.replace('/?view=', '')}-${ff}-${run}`;
          const netLog = path.join(opts.reports ?? tmp, `${base}.netlog.json`);
          const t = Date.now();
          const { lhr, report } = await runOnce(lighthouse, launch, desktopConfig, url, ff, netLog);
          seconds.push((Date.now() - t) / 1000);
          if (lhr.runtimeError) throw new Error(`${view} (${ff}): Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          for (const w of lhr.runWarnings ?? []) warnings.add(`${view} (${ff}): ${w}`);
          const traffic = netLogTraffic(netLog);
          for (const t of traffic.tried) tried.add(t);
          for (const t of traffic.sent) sent.add(t);
          const origin = new URL(server.url).origin;
          for (const r of lhr.audits['network-requests']?.details?.items ?? []) {
            if (/^(https?|wss?):/.test(r.url) && new URL(r.url).origin !== origin) pageOutside.add(r.url);
          }
          const key = `${view}|${ff}`;
          runs.set(key, [...(runs.get(key) ?? []), lhr]);
          if (opts.reports) {
            writeFileSync(path.join(opts.reports, `${base}.report.json`), report);
          }
          log(
            `run ${run}/${opts.runs} ${view} ${ff}: ` +
              CATEGORIES.map(([id, name]) => `${name} ${score(lhr, id)}`).join(', ') +
              ` (${seconds.at(-1).toFixed(1)} s)`,
          );
        }
      }
    }
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const loadEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const total = (Date.now() - t0) / 1000;

  // ------------------------------------------------------------ results
  const median = new Map([...runs].map(([k, lhrs]) => [k, lhrs.length === 1 ? lhrs[0] : computeMedianRun(lhrs)]));
  const header = ['view', 'form factor', ...CATEGORIES.map(([, n]) => n), ...METRICS.map(([, n]) => n)];
  if (opts.runs > 1) {
    header.splice(3, 0, `Performance, ${opts.runs} runs`);
    header.push(`LCP, ${opts.runs} runs`);
  }
  const rows = [];
  for (const [view, name] of VIEWS) {
    for (const ff of FORM_FACTORS) {
      const lhr = median.get(`${view}|${ff}`);
      const row = [`\`${view}\` (${name})`, ff, ...CATEGORIES.map(([id]) => score(lhr, id)), ...METRICS.map((m) => formatMetric(lhr, m))];
      if (opts.runs > 1) {
        const perf = runs.get(`${view}|${ff}`).map((l) => score(l, 'performance'));
        row.splice(3, 0, `${Math.min(...perf)}–${Math.max(...perf)}`);
        const lcp = runs.get(`${view}|${ff}`).map((l) => l.audits['largest-contentful-paint'].numericValue / 1000);
        row.push(`${Math.min(...lcp).toFixed(1)}–${Math.max(...lcp).toFixed(1)} s`);
      }
      rows.push(row);
    }
  }
  // Lantern (the simulation) counts every request that finished before the observed LCP against
  // LCP: on mobile that makes LCP depend on whether the wasm happened to finish
  // downloading before the first paint on this machine.
  const wasmNotes = [];
  for (const ff of FORM_FACTORS) {
    const all = [...runs].filter(([k]) => k.endsWith(`|${ff}`)).flatMap(([, l]) => l);
    const split = { before: [], after: [] };
    let wasmBytes = 0;
    for (const l of all) {
      const wasm = (l.audits['network-requests']?.details?.items ?? []).find((r) => r.url.endsWith('.wasm'));
      const observed = l.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
      if (!wasm || observed == null) continue;
      wasmBytes = wasm.transferSize;
      split[wasm.networkEndTime < observed ? 'before' : 'after'].push(l.audits['largest-contentful-paint'].numericValue / 1000);
    }
    if (split.before.length && split.after.length) {
      const med = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)].toFixed(1);
      wasmNotes.push(
        `${ff} LCP depends on a race: in ${split.before.length} of ${all.length} ${ff} runs the wasm (${Math.round(wasmBytes / 1024)} KiB as sent) had finished loading before the first paint, and Lighthouse's simulation then counts its transfer over the throttled link against LCP (median ${med(split.before)} s, against ${med(split.after)} s in the other runs)`,
      );
    }
  }
  const failing = [];
  for (const [view, name] of VIEWS) {
    const byId = new Map();
    for (const ff of FORM_FACTORS) {
      for (const a of failingAudits(median.get(`${view}|${ff}`))) {
        if (!byId.has(a.id)) byId.set(a.id, { title: a.title, per: [] });
        byId.get(a.id).per.push(`${ff} ${a.score.toFixed(2)}${a.detail ? ` (${a.detail})` : ''}`);
      }
    }
    failing.push(
      byId.size === 0
        ? `- \`${view}\` (${name}): none.`
        : [`- \`${view}\` (${name}):`, ...[...byId].map(([id, a]) => `  - ${a.title} (\`${id}\`): ${a.per.join('; ')}`)].join('\n'),
    );
  }
  const any = median.values().next().value;
  const desktop = median.get(`${VIEWS[0][0]}|desktop`);
  const mobile = median.get(`${VIEWS[0][0]}|mobile`);
  const browser = spawnSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim() || any.environment.hostUserAgent;
  const command = `node bench/lighthouse.mjs${opts.runs !== 5 ? ` --runs ${opts.runs}` : ''}`;
  const list = (set) => [...set].map((x) => `\`${x}\``).join(', ');
  const network = [
    pageOutside.size === 0
      ? 'the page loaded only files from the static server (Lighthouse\'s network-requests audit)'
      : `**the page requested other hosts**: ${list(pageOutside)}`,
    refused.length === 0
      ? 'Lighthouse (Node) opened no connection but to 127.0.0.1 (error reporting off; any other connection would be refused and listed here)'
      : `**Lighthouse (Node) tried to connect to ${list(new Set(refused))} (refused)**`,
    sent.size === 0
      ? tried.size === 0
        ? 'Chromium\'s net logs show no request, name lookup or packet for anything but 127.0.0.1'
        : `Chromium itself tried ${list(tried)} (not the page, not Lighthouse; at start-up, despite \`--disable-background-networking\` and \`--disable-component-update\`); with \`${NO_NETWORK_FLAG}\` those names resolve nowhere and its net logs show no name lookup, connection or packet for anything but 127.0.0.1`
      : `**left the machine** (Chromium's net logs): ${list(sent)}${tried.size ? `; Chromium tried ${list(tried)}` : ''}`,
  ].join('; ') + '.';

  const out = [];
  out.push(START_MARK);
  out.push('## Lighthouse');
  out.push('');
  out.push(`Measured ${new Date(t0).toISOString().replace(/\.\d+Z$/, 'Z')} by \`${command}\` with Lighthouse ${any.lighthouseVersion} (npm, installed on demand outside the repository).`);
  out.push('');
  out.push(`- Page: \`dist/\` as built at ${new Date(distTime).toISOString().replace(/\.\d+Z$/, 'Z')}, a copy of it served on 127.0.0.1 by \`scripts/static-server.mjs\` with the strict CSP header, each file as its brotli copy with \`Content-Encoding: br\`, as a real host sends it (README, Deploy), \`Cache-Control: no-cache\`.`);
  out.push(`- Browser: ${browser} (${CHROME_PATH}), a fresh profile per run from chrome-launcher (its default flags) plus \`${CHROME_FLAGS.join(' ')}\`, \`${NO_NETWORK_FLAG}\` (see Network) and \`--log-net-log\`; Node ${process.version}. Lighthouse benchmark index ${Math.round(any.environment.benchmarkIndex)}.`);
  out.push(`- Navigation mode, categories ${CATEGORIES.map(([id]) => id).join(', ')}; ${opts.runs === 1 ? 'one run' : `${opts.runs} runs`} per view and form factor${opts.runs > 1 ? ", the median run (Lighthouse's own `computeMedianRun`, by FCP and TTI) shown" : ''}.`);
  out.push(`- Throttling as Lighthouse defaults. Desktop (\`desktop-config\`): ${throttlingText(desktop.configSettings)}. Mobile (default config, a Moto G Power): ${throttlingText(mobile.configSettings)}.`);
  out.push(`- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} (\`nproc\` = ${os.availableParallelism()}); load average ${loadStart} at the start and ${loadEnd} at the end. Run time ${total.toFixed(0)} s (${seconds.length} Lighthouse runs, ${Math.min(...seconds).toFixed(0)}–${Math.max(...seconds).toFixed(0)} s each, Chromium start included).`);
  out.push(`- Network: ${network}`);
  for (const n of notes) out.push(`- **Note:** ${n}`);
  for (const n of wasmNotes) out.push(`- **Note:** ${n}.`);
  for (const w of warnings) out.push(`- Lighthouse warning: ${w}`);
  out.push('');
  out.push(`Scores 0–100 (90 and up is green); metrics from the same ${opts.runs > 1 ? 'median ' : ''}run, lower is better${opts.runs > 1 ? '; the "runs" columns give the lowest and highest over all runs' : ''}.`);
  out.push('');
  out.push(mdTable(header, rows));
  out.push('');
  out.push('### Failing audits (score under 0.9)');
  out.push('');
  out.push("Per view, from the median run of each form factor: the audits the Lighthouse report shows (its hidden group left out), with score and Lighthouse's own figure.");
  out.push('');
  out.push(failing.join('\n'));
  out.push('');
  out.push(END_MARK);
  const section = out.join('\n');

  console.log(section);
  if (opts.out) {
    writeSection(opts.out, section);
    log(`written to ${path.relative(process.cwd(), opts.out) || opts.out}`);
  }
  log(`done in ${total.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(`lighthouse: ${e.stack ?? e}`);
  process.exit(1);
});
