// Shared helpers for the end-to-end suite (node:test + playwright-core + Debian Chromium).
//
// startApp() serves dist/ with the strict CSP on 127.0.0.1 (random port) and launches
// headless /usr/bin/chromium. openPage() gives a page that records, for the assertions:
//   - console errors and uncaught page errors,
//   - every request (or websocket) to a host other than the page's own (and aborts it),
//   - Content-Security-Policy violations (securitypolicyviolation events).

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from '../../scripts/static-server.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(REPO_ROOT, 'dist');
export const SCREENSHOTS = path.join(REPO_ROOT, 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const PRODUCT_NAME = 'Salary Explorer';
/** The app's views; `chart: false` for views that have no chart. */
export const VIEWS = [
  { name: 'national', chart: true },
  { name: 'states', chart: true },
  { name: 'metros', chart: true },
  { name: 'about', chart: false },
];
export const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
/** How long the wasm app may take to show a view. */
export const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS || 20_000);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serve dist/ (or `root`, a folder holding copies of it) and launch the browser.
 * @returns {Promise<{url: string, origin: string, browser: import('playwright-core').Browser, close: () => Promise<void>}>}
 */
export async function startApp({ csp = true, root = DIST } = {}) {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run "trunk build --release" first (scripts/test.sh does)`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium)`);
  }
  const server = await start({ root, port: 0, csp });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    browser,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

// Runs in the page before any of its own scripts: forwards CSP violations to the test.
const CSP_LISTENER = `
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = {
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile ? e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '',
    };
    try { window.__e2eReportCsp(report); } catch (_) { /* binding not ready */ }
  }, true);
`;

/**
 * Open a new browser context + page on the app, with recording set up.
 * @param {Awaited<ReturnType<typeof startApp>>} app
 * @param {{viewport?: {width:number,height:number}, javaScriptEnabled?: boolean, abortForeign?: boolean, installable?: boolean}} [opts]
 *   abortForeign: false records requests to other hosts without aborting them (keeps the HTTP cache on)
 *   installable: a browser with a profile on disk, where Chromium can install the page as an app
 *   (it installs nothing from an incognito context, which newContext gives)
 */
export async function openPage(app, { viewport = VIEWPORTS[0], javaScriptEnabled = true, abortForeign = true, installable = false } = {}) {
  const profile = installable ? mkdtempSync(path.join(tmpdir(), 'salary-explorer-profile-')) : null;
  const context = profile
    ? await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, javaScriptEnabled })
    : await app.browser.newContext({ viewport, javaScriptEnabled });
  const log = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };
  const ownHost = new URL(app.url).host;

  await context.exposeBinding('__e2eReportCsp', (_source, report) => {
    log.cspViolations.push(report);
  });
  await context.addInitScript({ content: CSP_LISTENER });

  const isForeign = (u) => {
    let parsed;
    try {
      parsed = new URL(u);
    } catch {
      return true;
    }
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return false;
    return parsed.host !== ownHost;
  };
  // Record (below) and abort anything that would leave the page's own host; routing turns the
  // browser's HTTP cache off, so tests of caching only record.
  if (abortForeign) {
    await context.route(
      (u) => isForeign(u.href),
      (route) => route.abort('blockedbyclient'),
    );
  }
  context.on('request', (req) => {
    if (isForeign(req.url())) log.foreignRequests.push(`${req.method()} ${req.url()}`);
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(READY_TIMEOUT_MS);
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      log.consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err?.stack || err)));
  page.on('websocket', (ws) => {
    if (isForeign(ws.url())) log.foreignRequests.push(`WEBSOCKET ${ws.url()}`);
  });

  return {
    page,
    context,
    log,
    /** Absolute URL on the app for a path like "/?view=states". */
    at: (p) => new URL(p, app.url).href,
    async close() {
      await context.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Human-readable dump of what a page recorded, for assertion messages. */
export function describeLog(log) {
  const parts = [];
  if (log.pageErrors.length) parts.push(`page errors:\n  ${log.pageErrors.join('\n  ')}`);
  if (log.consoleErrors.length) parts.push(`console errors:\n  ${log.consoleErrors.join('\n  ')}`);
  if (log.cspViolations.length)
    parts.push(`CSP violations:\n  ${log.cspViolations.map((v) => JSON.stringify(v)).join('\n  ')}`);
  if (log.foreignRequests.length) parts.push(`requests to other hosts:\n  ${log.foreignRequests.join('\n  ')}`);
  return parts.length ? parts.join('\n') : '(no errors recorded)';
}

/** Wait until the app shows `view`; on time-out, explain with everything the page recorded. */
export async function waitForView(p, view, { timeout = READY_TIMEOUT_MS } = {}) {
  try {
    // The app's own view (its <main> is the body's child); the page the build wrote has the
    // same sections inside #app-shell until the app takes over.
    await p.page.waitForSelector(`body > main > section[data-view="${view}"]`, { state: 'visible', timeout });
  } catch (err) {
    const fatal = await p.page
      .locator('#fatal-error')
      .textContent({ timeout: 500 })
      .catch(() => null);
    const shown = await p.page
      .$$eval('section[data-view]', (els) => els.map((e) => e.getAttribute('data-view')))
      .catch(() => []);
    throw new Error(
      `view "${view}" did not appear within ${timeout} ms at ${p.page.url()}\n` +
        `sections present: ${JSON.stringify(shown)}\n` +
        (fatal ? `#fatal-error: ${fatal.trim()}\n` : '') +
        describeLog(p.log) +
        `\n(${err.message.split('\n')[0]})`,
    );
  }
}

/** The `view` query parameter of a URL (or null). */
export function viewOf(url) {
  return new URL(url).searchParams.get('view');
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

/** Poll `fn` until it returns a truthy value or the time runs out; returns the last value. */
/**
 * Waits until the page has painted its next frame and run the tasks queued by then: the
 * app brings the address bar up to date just after painting a change, so a link read
 * after this shows every change made before it.
 */
export async function afterNextFrame(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

export async function poll(fn, { timeout = READY_TIMEOUT_MS, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let value = await fn();
  while (!value && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, interval));
    value = await fn();
  }
  return value;
}
