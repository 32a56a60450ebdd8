// End-to-end tests of issue 6 in headless Chromium under the strict CSP: shareable state in the
// link (round trips for every view, hostile links, history, copy link), downloads (CSV as shown,
// all data, chart SVG and PNG), light/dark themes (with an axe colour-contrast check), 360 px
// screens, print, and offline reload through the service worker (also after other pages of its
// folder were opened, beside a second copy of the app in a sibling folder, and after an update).
// Run: node --test tests/e2e/share.test.mjs   (scripts/test.sh builds dist/ first)

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { afterNextFrame,
  DIST,
  REPO_ROOT,
  VIEWS,
  describeLog,
  openPage,
  poll,
  screenshotPath,
  startApp,
  viewOf,
  waitForView,
} from './support.mjs';

const TEST_TIMEOUT = 90_000;
const HOURS_PER_YEAR = 2080;

// ---- The published figures, read from the data files the app is built from ----
const readJson = (name) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'data', name), 'utf8'));
const NATIONAL_DATA = readJson('national.json');
const STATES_DATA = readJson('states.json');
const METROS_DATA = readJson('metros.json');
const STATE_BY_NAME = new Map(STATES_DATA.states.map((s) => [s.state, s]));
const PUBLISHER = NATIONAL_DATA.source.publisher;
/** The states the source does not list (data/states.json rows_note). */
const NO_DATA_STATES = ['Alabama', 'North Dakota', 'Wyoming'];
/** Postal codes of metro areas from their labels ("Kansas City, MO-KS" -> MO, KS). */
const metroStates = (label) => label.slice(label.lastIndexOf(', ') + 2).split('-');

const usd = (n) => `$${Math.round(n).toLocaleString('en-US')}`;
const usdCents = (n) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const hourly = (annual) => usdCents(annual / HOURS_PER_YEAR);

// ---- Helpers ----

function assertClean(p, what) {
  const { log } = p;
  const bad = log.pageErrors.length + log.consoleErrors.length + log.cspViolations.length + log.foreignRequests.length;
  assert.equal(bad, 0, `${what}: the page must have no errors, CSP violations or requests to other hosts:\n${describeLog(log)}`);
}

/** Every control that carries view state, and what the page shows, in one round trip. */
async function controls(page) {
  await afterNextFrame(page);
  return page.evaluate(() => {
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const value = (sel) => document.querySelector(sel)?.value ?? null;
    const visible = (el) => {
      if (!el) return false;
      const b = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && b.width > 0 && b.height > 0;
    };
    const shown = [...document.querySelectorAll('section[data-view]')].filter(visible);
    const section = shown.length === 1 ? shown[0] : null;
    const tables = section
      ? [...section.querySelectorAll('table')].map((t) => ({
          head: [...t.querySelectorAll('thead th')].map((c) => text(c).replace(/[▲▼↕]/g, '').trim()),
          rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text)),
        }))
      : [];
    return {
      url: location.href,
      views: shown.map((s) => s.getAttribute('data-view')),
      pay: document.querySelector('input[name=pay-basis]:checked')?.value ?? null,
      navCurrent: document.querySelector('nav[aria-label="Views"] a[aria-current="page"]')?.getAttribute('href') ?? null,
      notices: text(document.querySelector('#notices ul')),
      noticesVisible: visible(document.querySelector('#notices .notice')),
      // National
      chips: [...document.querySelectorAll('.picker .chip span')].map(text),
      headline: text(section?.querySelector('.headline .figure-value')),
      // States
      measure: value('#states-measure'),
      sort: value('#states-sort'),
      dir: value('#states-dir'),
      regions: [...document.querySelectorAll('[data-filter-region][aria-pressed="true"]')].map((b) => b.getAttribute('data-filter-region')),
      division: value('#states-division'),
      q: value('#states-q'),
      compared: [...document.querySelectorAll('.compare-card[data-state]')].map((c) => c.getAttribute('data-state')),
      count: text(document.querySelector('#states-count')),
      // Metros
      metroState: value('#metro-state'),
      metroInSelected: document.querySelector('#metro-in-selected')?.checked ?? null,
      metroCounts: text(document.querySelector('.metro-counts')),
      tables,
      charts: section ? [...section.querySelectorAll('figure.chart canvas[data-shapes]')].length : 0,
      fatal: document.querySelector('#fatal-error') ? text(document.querySelector('#fatal-error')) : null,
    };
  });
}

/** The query parameters of a URL as a sorted list of [key, value], `view=national` dropped. */
function params(url) {
  return [...new URL(url).searchParams]
    .filter(([k, v]) => !(k === 'view' && v === 'national'))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Waits for `view` and its first chart (or table, for About). */
async function waitForRendered(p, view) {
  await waitForView(p, view);
  const spec = VIEWS.find((v) => v.name === view);
  const selector = spec?.chart ? `section[data-view="${view}"] figure.chart canvas[data-shapes]` : `section[data-view="${view}"] table tbody tr`;
  await p.page.waitForSelector(selector, { state: 'attached' });
}

/** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text) {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  assert.equal(quoted, false, 'the CSV has an unterminated quoted field');
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Clicks `locator` and returns the file the page offers: its name and bytes. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), locator.click()]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(filePath) };
}

/**
 * A table cell as the CSV should hold it: figures as plain numbers ("$84,770" -> "84770",
 * "1,840" -> "1840"), a difference as two numbers ("+$71,300 (+122.4%)" -> "71300", "122.4"),
 * words as they are.
 */
function csvFieldsOf(cell) {
  const difference = /^([+-]?)\$([\d,.]+) \(([+-]?[\d.]+)%\)$/.exec(cell);
  if (difference) return [`${difference[1] === '-' ? '-' : ''}${difference[2].replace(/,/g, '')}`, difference[3].replace(/^\+/, '')];
  if (/^-?\$[\d,]+(\.\d\d)?$/.test(cell)) return [cell.replace(/[$,]/g, '')];
  if (/^\d{1,3}(,\d{3})*$/.test(cell)) return [cell.replace(/,/g, '')];
  return [cell];
}

/**
 * Asserts that a downloaded CSV holds exactly `table` (as shown, in the order shown) in the
 * spreadsheet form: a byte-order mark, figures as plain numbers with the unit in the column
 * header, and the source line at the end.
 */
function assertCsvMatchesTable(bytes, table, what, unit) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${what}: the CSV starts with a UTF-8 byte-order mark`);
  const records = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.ok(records.length >= 2, `${what}: the CSV is empty`);
  const last = records[records.length - 1];
  assert.equal(last.length, 1, `${what}: the last line must be the source line alone, got ${JSON.stringify(last)}`);
  assert.ok(last[0].startsWith(`Source: ${PUBLISHER}`), `${what}: the CSV must end with the source line, got ${JSON.stringify(last[0])}`);
  assert.ok(last[0].includes(NATIONAL_DATA.source.title), `${what}: the source line names the source document`);
  const [head, ...rows] = records.slice(0, -1);
  const expected = table.rows.map((row) => row.flatMap(csvFieldsOf));
  assert.deepEqual(rows, expected, `${what}: the CSV rows must be the table's rows, in the order shown, as plain numbers`);
  // Each column keeps its name; a money column says its unit, a difference has two columns.
  const names = table.head.flatMap((name, i) => csvFieldsOf(table.rows[0]?.[i] ?? '').map(() => name));
  assert.equal(head.length, names.length, `${what}: header ${JSON.stringify(head)} for columns ${JSON.stringify(table.head)}`);
  head.forEach((h, i) => assert.ok(h.startsWith(names[i]), `${what}: CSV column ${i} is ${JSON.stringify(h)}, the table's is ${JSON.stringify(names[i])}`));
  for (const [i, cell] of (table.rows[0] ?? []).entries()) {
    if (/^[+-]?\$/.test(cell)) assert.ok(head.some((h) => h.startsWith(table.head[i]) && h.includes(`(USD per ${unit})`)), `${what}: the ${table.head[i]} column names its unit: ${JSON.stringify(head)}`);
  }
  for (const row of rows) {
    for (const field of row) assert.doesNotMatch(field, /^[=+@]/, `${what}: no cell may start a formula: ${field}`);
  }
}

/** Opens `address` and waits until it draws and a service worker controls it, so it can be reloaded offline. */
async function visitForOffline(p, address) {
  const { page } = p;
  await page.goto(p.at(address));
  await waitForRendered(p, viewOf(page.url()) ?? 'national');
  const ready = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => !!r.active),
      new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
    ]),
  );
  assert.ok(ready, `${address}: a service worker is registered and active`);
  // The first page load may finish before the worker claims it.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10_000 }).catch(() => {});
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), `${address}: the worker controls the page`);
}

/** Runs `fn` with the browser offline, and back online afterwards. */
async function whileOffline(p, fn) {
  await p.context.setOffline(true);
  try {
    assert.equal(await p.page.evaluate(() => navigator.onLine), false, 'the browser is offline');
    await fn();
  } finally {
    await p.context.setOffline(false);
  }
}

/** Opens `address` while offline and checks that `view` draws its chart. */
async function assertDrawsOffline(p, address, view) {
  await p.page.goto(p.at(address));
  await waitForRendered(p, view);
  assert.ok((await controls(p.page)).charts >= 1, `${address} draws its chart offline`);
}

/** Serves copies of dist/ as sibling folders `names` of a temporary root, and runs `fn` on a page there. */
async function withCopies(names, pageOptions, fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'salary-explorer-copies-'));
  let sites;
  let p;
  try {
    for (const name of names) cpSync(DIST, path.join(dir, name), { recursive: true });
    sites = await startApp({ root: dir });
    p = await openPage(sites, pageOptions);
    await fn(p, dir);
  } finally {
    await p?.close();
    await sites?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes a deployed file and, as the build does, its brotli and gzip copies. */
function deploy(file, text) {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

/** The page count of a PDF (its /Type /Page objects). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

/** The background colour a chart is painted with: its canvas's top-left pixel, as #RRGGBB. */
async function chartBackground(page, chart) {
  return page.locator(`figure[data-chart="${chart}"] canvas[data-shapes]`).evaluate((canvas) => {
    const [r, g, b] = canvas.getContext('2d').getImageData(1, 1, 1, 1).data;
    return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0').toUpperCase()).join('');
  });
}

const themeState = (page) =>
  page.evaluate(() => ({
    attr: document.documentElement.getAttribute('data-theme'),
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    select: document.querySelector('.theme-picker select')?.value ?? null,
    stored: localStorage.getItem('salary-explorer-theme'),
  }));

describe('Share, export, themes, small screens, print and offline (issue 6)', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  // ---------------------------------------------------------------- the link

  test('a States link with every setting reproduces the view and the controls show it', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      const link = '/?view=states&measure=spread&sort=name&dir=asc&area=west&states=CA,OR&pay=hourly';
      await page.goto(p.at(link));
      await waitForRendered(p, 'states');
      await poll(async () => (await controls(page)).compared.length === 2, { timeout: 5_000 });
      const s = await controls(page);
      assert.deepEqual(s.views, ['states']);
      assert.equal(s.pay, 'hourly', 'the pay switch shows Per hour');
      assert.equal(s.measure, 'spread');
      assert.equal(s.sort, 'name');
      assert.equal(s.dir, 'asc');
      assert.deepEqual(s.regions, ['west']);
      assert.deepEqual(s.compared, ['CA', 'OR']);
      assert.equal(s.notices, '', 'a valid link gives no notice');
      assert.deepEqual(params(s.url), params(p.at(link)), `the address keeps every setting: ${s.url}`);

      // What is shown follows: the 12 western states with data, A to Z, per hour.
      const west = ['Alaska', 'Arizona', 'California', 'Colorado', 'Hawaii', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Oregon', 'Utah', 'Washington'];
      const table = s.tables[0];
      assert.deepEqual(table.rows.map((r) => r[0]), west, 'the table lists the western states with data, A to Z');
      const ca = table.rows.find((r) => r[0] === 'California');
      const median = table.head.indexOf('Median');
      assert.equal(ca[median], hourly(STATE_BY_NAME.get('California').median), 'figures are per hour');

      // A reload gives the same view.
      await page.reload();
      await waitForRendered(p, 'states');
      await poll(async () => (await controls(page)).compared.length === 2, { timeout: 5_000 });
      const again = await controls(page);
      assert.deepEqual({ ...again, url: null }, { ...s, url: null }, 'the reload shows exactly the same view');
      assert.equal(again.url, s.url);
      assertClean(p, 'States link');
    } finally {
      await p.close();
    }
  });

  test('a Metro areas link with a state reproduces the filtered lists', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?view=metros&metro=CA'));
      await waitForRendered(p, 'metros');
      const s = await controls(page);
      assert.deepEqual(s.views, ['metros']);
      assert.equal(s.metroState, 'CA', 'the state menu shows California');
      assert.equal(s.metroInSelected, false);
      assert.equal(s.notices, '');
      assert.deepEqual(params(s.url), [['metro', 'CA'], ['view', 'metros']]);
      const payCa = METROS_DATA.highest_paying.rows.filter((r) => metroStates(r.area).includes('CA'));
      const jobsCa = METROS_DATA.most_employment.rows.filter((r) => metroStates(r.area).includes('CA'));
      assert.equal(s.tables.length, 2, 'two metro tables');
      assert.equal(s.tables[0].rows.length, payCa.length, `highest-paying list: ${payCa.length} metros in California`);
      assert.equal(s.tables[1].rows.length, jobsCa.length, `most-employment list: ${jobsCa.length} metros in California`);
      for (const t of s.tables) {
        const col = t.head.indexOf('States');
        assert.ok(col >= 0, `the metro table has a States column: ${JSON.stringify(t.head)}`);
        for (const r of t.rows) assert.match(r[col], /\bCA\b/, `every listed metro is in California: ${JSON.stringify(r)}`);
      }
      assert.match(s.metroCounts, new RegExp(`${payCa.length} of ${METROS_DATA.highest_paying.rows.length} highest-paying`));
      assert.match(s.metroCounts, /California/);
      await page.reload();
      await waitForRendered(p, 'metros');
      const again = await controls(page);
      assert.deepEqual({ ...again, url: null }, { ...s, url: null }, 'the reload shows exactly the same view');
      assertClean(p, 'Metros link');
    } finally {
      await p.close();
    }
  });

  test('a National link with states and hourly pay reproduces the view', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      const link = '/?view=national&states=TX&pay=hourly';
      await page.goto(p.at(link));
      await waitForRendered(p, 'national');
      const s = await controls(page);
      assert.deepEqual(s.views, ['national']);
      assert.equal(s.pay, 'hourly');
      assert.deepEqual(s.chips, ['Texas'], 'Texas is shown as chosen');
      assert.equal(s.headline, hourly(NATIONAL_DATA.percentiles.median));
      assert.equal(s.notices, '');
      assert.deepEqual(params(s.url), params(p.at(link)), `the address keeps every setting: ${s.url}`);
      const t = s.tables[0];
      assert.deepEqual(t.head, ['Percentile', 'United States', 'Texas']);
      assert.equal(t.rows.find((r) => r[0] === 'Median')?.[2], hourly(STATE_BY_NAME.get('Texas').median));
      const label = await page.locator('figure[data-chart="national-percentiles"] [role="img"]').getAttribute('aria-label');
      assert.match(label, /Texas/, 'the chart draws Texas');
      await page.reload();
      await waitForRendered(p, 'national');
      const again = await controls(page);
      assert.deepEqual({ ...again, url: null }, { ...s, url: null });

      // About keeps the pay switch too.
      await page.goto(p.at('/?view=about&pay=hourly'));
      await waitForRendered(p, 'about');
      const about = await controls(page);
      assert.equal(about.pay, 'hourly');
      assert.deepEqual(params(about.url), [['pay', 'hourly'], ['view', 'about']]);
      assertClean(p, 'National link');
    } finally {
      await p.close();
    }
  });

  test('changing a control updates the link, and the link restores it', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    const param = (k) => new URL(page.url()).searchParams.get(k);
    const waitParam = async (k, v) => {
      const ok = await poll(async () => param(k) === v, { timeout: 5_000 });
      assert.ok(ok, `expected ${k}=${v} in the link, it is ${page.url()}`);
    };
    try {
      // National: a state and the pay switch.
      await page.goto(p.at('/'));
      await waitForRendered(p, 'national');
      await page.selectOption('#state-picker', 'CA');
      await waitParam('states', 'CA');
      await page.check('input[name=pay-basis][value=hourly]');
      await waitParam('pay', 'hourly');
      await page.click('.chip-remove[aria-label="Remove California"]');
      await waitParam('states', null);

      // States: measure, sort, direction, region, division.
      await page.goto(p.at('/?view=states'));
      await waitForRendered(p, 'states');
      await page.selectOption('#states-measure', 'top10');
      await waitParam('measure', 'top10');
      await page.selectOption('#states-sort', 'spread');
      await waitParam('sort', 'spread');
      await page.selectOption('#states-dir', 'asc');
      await waitParam('dir', 'asc');
      await page.click('[data-filter-region=south]');
      await waitParam('area', 'south');
      await page.click('[data-filter-region=all]');
      await waitParam('area', null);
      const before = await controls(page);
      await page.reload();
      await waitForRendered(p, 'states');
      const after = await controls(page);
      assert.equal(after.measure, 'top10');
      assert.equal(after.sort, 'spread');
      assert.equal(after.dir, 'asc');
      assert.deepEqual(after.tables, before.tables, 'the reloaded link shows the same table');

      // Metros: the state menu and the selected-states switch.
      await page.goto(p.at('/?view=metros&states=TX'));
      await waitForRendered(p, 'metros');
      await page.selectOption('#metro-state', 'NY');
      await waitParam('metro', 'NY');
      await page.selectOption('#metro-state', '');
      await waitParam('metro', null);
      await page.check('#metro-in-selected');
      await waitParam('metro_in', 'selected');
      await page.reload();
      await waitForRendered(p, 'metros');
      assert.equal((await controls(page)).metroInSelected, true, 'the switch is restored from the link');
      assertClean(p, 'controls write the link');
    } finally {
      await p.close();
    }
  });

  test('typing in a text filter does not add a history entry per keystroke; back goes to the previous view', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/'));
      await waitForRendered(p, 'national');
      await page.click('nav[aria-label="Views"] a[href*="view=states"]');
      await waitForRendered(p, 'states');
      const start = await page.evaluate(() => history.length);
      await page.locator('#states-q').pressSequentially('new', { delay: 60 });
      const filtered = await poll(async () => {
        const s = await controls(page);
        return new URL(s.url).searchParams.get('q') === 'new' ? s : null;
      }, { timeout: 5_000 });
      assert.ok(filtered, `the name filter is in the link: ${page.url()}`);
      assert.deepEqual(filtered.tables[0].rows.map((r) => r[0]).sort(), ['New Hampshire', 'New Jersey', 'New Mexico', 'New York']);
      const grown = (await page.evaluate(() => history.length)) - start;
      assert.ok(grown <= 1, `typing 3 letters added ${grown} history entries (at most 1 allowed)`);

      // The salary field, while shared, writes the link too: still no entry per keystroke.
      await page.click('nav[aria-label="Views"] a[href*="view=national"]');
      await waitForRendered(p, 'national');
      await page.fill('#salary-input', '6');
      await page.check('.locator input[type=checkbox]');
      await poll(async () => /salary=6\b/.test(page.url()), { timeout: 5_000 });
      const start2 = await page.evaluate(() => history.length);
      await page.focus('#salary-input');
      await page.keyboard.press('End');
      await page.keyboard.type('5000', { delay: 60 });
      await poll(async () => /salary=65000\b/.test(page.url()), { timeout: 5_000 });
      assert.match(page.url(), /salary=65000\b/);
      const grown2 = (await page.evaluate(() => history.length)) - start2;
      assert.ok(grown2 <= 1, `typing 4 digits of a shared salary added ${grown2} history entries (at most 1 allowed)`);

      // Back steps through views, not through keystrokes.
      await page.goBack();
      await poll(async () => viewOf(page.url()) === 'states', { timeout: 5_000 });
      await waitForRendered(p, 'states');
      const q = new URL(page.url()).searchParams.get('q');
      assert.ok(q === null || q === 'new', `back must not land on a half-typed filter (q=${q})`);
      assert.equal(await page.inputValue('#states-q'), q ?? '', 'the filter field follows the link');
      assertClean(p, 'history');
    } finally {
      await p.close();
    }
  });

  // Hostile links: each must show its view with a short notice, and nothing else may happen.
  const CODES = ['CA', 'TX', 'NY', 'FL', 'OH', 'WA', 'OR', 'NV', 'AZ', 'UT', 'ZZ', 'ca'];
  const HOSTILE = [
    { name: 'unknown parameters', url: '/?view=states&utm_source=x&foo=bar&view2=metros', view: 'states', notice: /not know|unknown/i },
    { name: 'malformed percent escapes', url: '/?view=metros&metro=%ZZ&q=%E0%A4%A&pay=%', view: 'metros', notice: /malformed/i },
    { name: 'duplicated parameters', url: '/?view=states&view=metros&sort=name&sort=median&states=CA&states=TX', view: 'states', notice: /more than once/i },
    { name: 'a 50,000-character parameter', url: `/?view=states&q=${'a'.repeat(50_000)}`, view: 'states', notice: /long/i },
    { name: 'states= with 500 codes', url: `/?view=national&states=${Array.from({ length: 500 }, (_, i) => CODES[i % CODES.length]).join(',')}`, view: 'national', notice: /state/i },
    {
      name: 'script-like values',
      url: '/?view=states&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&states=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&metro=%22%3E%3Csvg%2Fonload%3Dalert(1)%3E&pay=javascript:alert(1)',
      view: 'states',
      notice: /Ignored/,
    },
    { name: 'garbage separators and bad values', url: '/?&&=&%%&view=about&salary=-1&salary=1e9&min=abc&dir=sideways', view: 'about', notice: /Ignored/ },
  ];
  for (const h of HOSTILE) {
    test(`a hostile link (${h.name}) never breaks the page`, { timeout: TEST_TIMEOUT }, async () => {
      const p = await openPage(app);
      const { page } = p;
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
      });
      try {
        // Servers refuse request lines over ~16 KB (the project's Node server answers 431), so the
        // browser would never reach the app; serve the page for such a link, as a host that
        // accepts long addresses would, so that the app itself reads the huge query.
        await p.context.route(
          (u) => u.href.length > 8_000,
          async (route) => route.fulfill({ response: await route.fetch({ url: p.at('/') }) }),
        );
        const response = await page.goto(p.at(h.url));
        assert.equal(response?.status(), 200);
        await waitForRendered(p, h.view);
        const s = await poll(async () => {
          const snap = await controls(page);
          return snap.notices ? snap : null;
        }, { timeout: 5_000 });
        const now = s ?? (await controls(page));
        assert.deepEqual(now.views, [h.view], `${h.name}: the ${h.view} view is shown`);
        assert.equal(now.fatal, null, `${h.name}: #fatal-error: ${now.fatal}`);
        assert.ok(now.noticesVisible && now.notices.length > 0, `${h.name}: a #notices notice must explain what was dropped`);
        assert.match(now.notices, h.notice, `${h.name}: the notice says what happened: ${now.notices.slice(0, 300)}`);
        assert.ok(
          now.notices.length <= 500,
          `${h.name}: the notice must stay quiet (at most 500 characters), it is ${now.notices.length} characters: ${now.notices.slice(0, 300)}…`,
        );
        assert.ok(new URL(now.url).search.length < 2_100, `${h.name}: the address is rewritten to what was read (${new URL(now.url).search.length} chars)`);
        const injected = await page.evaluate(() => document.querySelectorAll('#notices *:not(div):not(ul):not(li):not(button)').length);
        assert.equal(injected, 0, `${h.name}: the link's text is shown as text, never parsed as HTML`);
        // The rest of the page works: a view switch and the pay switch respond.
        await page.check('input[name=pay-basis][value=hourly]');
        await poll(async () => new URL(page.url()).searchParams.get('pay') === 'hourly', { timeout: 5_000 });
        assert.equal(new URL(page.url()).searchParams.get('pay'), 'hourly', `${h.name}: the pay switch still writes the link`);
        await page.click('#notices button:has-text("Dismiss")');
        await poll(async () => (await controls(page)).notices === '', { timeout: 5_000 });
        assert.equal((await controls(page)).notices, '', `${h.name}: the notice can be dismissed`);
        assert.deepEqual(dialogs, [], `${h.name}: no script from the link ran`);
        assertClean(p, h.name);
      } finally {
        await p.close();
      }
    });
  }

  test('"Copy link" puts the current address on the clipboard', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
      await page.goto(p.at('/?view=states&area=west'));
      await waitForRendered(p, 'states');
      await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
      // Change something first, so the copy must be of the current state, not the loaded one.
      await page.selectOption('#states-sort', 'name');
      await poll(async () => /sort=name/.test(page.url()), { timeout: 5_000 });
      await page.click('button:has-text("Copy link")');
      const copied = await poll(async () => {
        const c = await page.evaluate(() => navigator.clipboard.readText());
        return c !== '(nothing copied yet)' ? c : null;
      }, { timeout: 5_000 });
      assert.equal(copied, page.url(), 'the clipboard holds the current address');
      assert.deepEqual(params(copied), [['area', 'west'], ['sort', 'name'], ['view', 'states']]);
      assert.match(await page.locator('.copy-status').textContent(), /copied/i, 'the button says it worked');
      // The copied link opens the same view.
      const q = await openPage(app);
      try {
        await q.page.goto(copied);
        await waitForRendered(q, 'states');
        const a = await controls(page);
        const b = await controls(q.page);
        assert.deepEqual(b.tables, a.tables);
        assert.equal(b.sort, 'name');
      } finally {
        await q.close();
      }
      assertClean(p, 'copy link');
    } finally {
      await p.close();
    }
  });

  // ---------------------------------------------------------------- downloads

  test('"Download CSV" gives the rows of the table as shown (filters and sort applied) and the source line', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      // States, filtered and sorted, per hour.
      await page.goto(p.at('/?view=states&area=west&sort=name&dir=asc&pay=hourly&min=60000'));
      await waitForRendered(p, 'states');
      let s = await controls(page);
      assert.ok(s.tables[0].rows.length > 0 && s.tables[0].rows.length < 12, `the range filter narrows the west (${s.tables[0].rows.length} rows)`);
      let file = await download(page, page.locator('section[data-view=states] table caption button:has-text("Download CSV")'));
      assert.match(file.name, /\.csv$/);
      assertCsvMatchesTable(file.bytes, s.tables[0], 'States table', 'hour');

      // Metros: the table's own column sort is what is downloaded.
      await page.goto(p.at('/?view=metros'));
      await waitForRendered(p, 'metros');
      const payTable = page.locator('section[data-view=metros] table').first();
      await payTable.locator('thead button', { hasText: 'Metro area' }).click();
      s = await poll(async () => {
        const snap = await controls(page);
        const names = snap.tables[0].rows.map((r) => r[0]);
        return names.join() === [...names].sort((a, b) => a.localeCompare(b)).join() ? snap : null;
      }, { timeout: 5_000 });
      assert.ok(s, 'the metro table sorts by name');
      file = await download(page, payTable.locator('caption button:has-text("Download CSV")'));
      assertCsvMatchesTable(file.bytes, s.tables[0], 'Metro pay table', 'year');
      file = await download(page, page.locator('section[data-view=metros] table').nth(1).locator('caption button:has-text("Download CSV")'));
      assertCsvMatchesTable(file.bytes, s.tables[1], 'Metro jobs table', 'year');

      // National, with a state without data.
      await page.goto(p.at('/?states=CA,AL&pay=hourly'));
      await waitForRendered(p, 'national');
      s = await controls(page);
      file = await download(page, page.locator('section[data-view=national] table caption button:has-text("Download CSV")'));
      assertCsvMatchesTable(file.bytes, s.tables[0], 'National table', 'hour');
      assert.match(file.bytes.toString('utf8'), /no data/, 'Alabama is "no data" in the file too');
      assertClean(p, 'CSV downloads');
    } finally {
      await p.close();
    }
  });

  test('"Download all data (CSV)" on the About view gives every published figure', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?view=about'));
      await waitForRendered(p, 'about');
      const file = await download(page, page.locator('button:has-text("Download all data (CSV)")'));
      assert.match(file.name, /all.*\.csv$/i, `the file name says what it holds: ${file.name}`);
      const text = file.bytes.toString('utf8');
      const records = parseCsv(text);
      const last = records.pop();
      assert.ok(last.length === 1 && last[0].startsWith(`Source: ${PUBLISHER}`), `ends with the source line: ${JSON.stringify(last)}`);
      const [head, ...rows] = records;
      const col = (name) => {
        const i = head.indexOf(name);
        assert.ok(i >= 0, `the file has a "${name}" column: ${JSON.stringify(head)}`);
        return i;
      };
      const AREA = col('area');
      const VALUE = col('value');
      const NOTE = col('note');
      const valuesOf = (area) => rows.filter((r) => r[AREA] === area).map((r) => r[VALUE]).filter((v) => v !== '').map(Number).sort((a, b) => a - b);

      const santaMaria = rows.find((r) => r[AREA] === 'Santa Maria-Santa Barbara, CA');
      assert.ok(santaMaria, 'the file lists "Santa Maria-Santa Barbara, CA"');
      assert.equal(Number(santaMaria[VALUE]), 129550);
      const { p10, p25, median, p75, p90 } = NATIONAL_DATA.percentiles;
      assert.deepEqual(valuesOf('United States').filter((v) => v > 1000), [p10, p25, median, p75, p90]);
      assert.ok(valuesOf('United States').includes(NATIONAL_DATA.outlook.growth_percent), 'the projected growth is in the file');
      for (const s of STATES_DATA.states) {
        assert.deepEqual(valuesOf(s.state), [s.bottom_10, s.median, s.top_10].sort((a, b) => a - b), `${s.state}'s figures`);
      }
      for (const name of NO_DATA_STATES) {
        const lines = rows.filter((r) => r[AREA] === name);
        assert.equal(lines.length, 1, `${name} has one line`);
        assert.equal(lines[0][VALUE], '', `${name} has no figure (never a zero)`);
        assert.match(lines[0][NOTE], /no data/i, `${name} is marked as no data`);
      }
      for (const m of METROS_DATA.highest_paying.rows) assert.ok(valuesOf(m.area).includes(m.median), `${m.area}: ${m.median}`);
      for (const m of METROS_DATA.most_employment.rows) assert.ok(valuesOf(m.area).includes(m.employment), `${m.area}: ${m.employment}`);
      assertClean(p, 'all data');
    } finally {
      await p.close();
    }
  });

  test('chart downloads: the SVG is well-formed XML with the source line, the PNG is a PNG at twice the CSS width', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      for (const view of VIEWS.filter((v) => v.chart)) {
        await page.goto(p.at(`/?view=${view.name}`));
        await waitForRendered(p, view.name);
        const figure = page.locator(`section[data-view="${view.name}"] figure.chart`).first();
        const chart = await figure.getAttribute('data-chart');
        const what = `${view.name} chart "${chart}"`;

        const svgFile = await download(page, figure.locator('button', { hasText: /^SVG$/ }));
        assert.match(svgFile.name, new RegExp(`${chart}.*\\.svg$`), `${what}: the file name says what it holds: ${svgFile.name}`);
        const parsed = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
          const root = doc.documentElement;
          return {
            error: doc.getElementsByTagName('parsererror').length ? doc.getElementsByTagName('parsererror')[0].textContent : null,
            root: root.localName,
            ns: root.namespaceURI,
            width: Number(root.getAttribute('width')),
            height: Number(root.getAttribute('height')),
            texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent.trim()),
          };
        }, svgFile.bytes.toString('utf8'));
        assert.equal(parsed.error, null, `${what}: the SVG must be well-formed XML: ${parsed.error}`);
        assert.equal(parsed.root, 'svg');
        assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
        assert.ok(
          parsed.texts.some((t) => t.startsWith(`Source: ${PUBLISHER}`)),
          `${what}: the SVG carries the source line: ${JSON.stringify(parsed.texts.slice(-3))}`,
        );

        const cssWidth = await figure.locator('canvas').evaluate((canvas) => canvas.getBoundingClientRect().width);
        const pngFile = await download(page, figure.locator('button', { hasText: /^PNG$/ }));
        assert.match(pngFile.name, new RegExp(`${chart}.*\\.png$`), `${what}: ${pngFile.name}`);
        const png = pngFile.bytes;
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${what}: the PNG signature`);
        assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
        const width = png.readUInt32BE(16);
        const height = png.readUInt32BE(20);
        assert.equal(width, 2 * Math.round(cssWidth), `${what}: the PNG is ${width} px wide; the chart is ${cssWidth} CSS px`);
        assert.equal(height, 2 * parsed.height, `${what}: the PNG is twice the SVG file's height (${parsed.height})`);
        assert.ok(png.length > 2_000, `${what}: the PNG has content (${png.length} bytes)`);
      }
      assertClean(p, 'chart downloads');
    } finally {
      await p.close();
    }
  });

  // ---------------------------------------------------------------- themes

  test('the Theme menu switches to dark, charts redraw, the choice survives a reload, and System follows the system', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(p.at('/'));
      await waitForRendered(p, 'national');
      const light = await themeState(page);
      const lightFill = await chartBackground(page, 'national-percentiles');
      assert.equal(light.select, 'system', 'the default choice is System');
      assert.notEqual(light.attr, 'dark');

      await page.selectOption('.theme-picker select', 'dark');
      await poll(async () => (await themeState(page)).attr === 'dark', { timeout: 5_000 });
      const dark = await themeState(page);
      assert.equal(dark.attr, 'dark', 'html gets data-theme="dark"');
      assert.notEqual(dark.body, light.body, 'the page background changes');
      const darkFill = await poll(async () => {
        const f = await chartBackground(page, 'national-percentiles');
        return f !== lightFill ? f : null;
      }, { timeout: 5_000 });
      assert.ok(darkFill, `the chart redraws with a dark background (was ${lightFill})`);
      assert.equal(dark.stored, 'dark', 'the choice is remembered in localStorage');

      // Other views draw dark too.
      await page.click('nav[aria-label="Views"] a[href*="view=states"]');
      await waitForRendered(p, 'states');
      assert.equal(await chartBackground(page, 'state-ranges'), darkFill, 'the States chart is drawn dark');

      // The choice survives a reload (and beats a light system setting).
      await page.reload();
      await waitForRendered(p, 'states');
      const reloaded = await themeState(page);
      assert.equal(reloaded.attr, 'dark');
      assert.equal(reloaded.select, 'dark');
      assert.equal(reloaded.body, dark.body);
      assert.equal(await chartBackground(page, 'state-ranges'), darkFill);

      // Light on request, even on a dark system.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.selectOption('.theme-picker select', 'light');
      await poll(async () => (await themeState(page)).attr === 'light', { timeout: 5_000 });
      assert.equal((await themeState(page)).body, light.body);
      assert.equal(await chartBackground(page, 'state-ranges'), lightFill);
      assertClean(p, 'theme menu');

      // A new visitor on a dark system with the default System choice gets dark.
      const q = await openPage(app);
      try {
        await q.page.emulateMedia({ colorScheme: 'dark' });
        await q.page.goto(q.at('/'));
        await waitForRendered(q, 'national');
        const sys = await themeState(q.page);
        assert.equal(sys.select, 'system');
        assert.equal(sys.body, dark.body, 'with a dark system the page is dark');
        assert.equal(await chartBackground(q.page, 'national-percentiles'), darkFill, 'and so are the charts');
        // And it follows the system when that changes.
        await q.page.emulateMedia({ colorScheme: 'light' });
        const back = await poll(async () => ((await themeState(q.page)).body === light.body ? true : null), { timeout: 5_000 });
        assert.ok(back, 'System follows a change of the system setting');
        // The charts redraw on the next reactive tick after the media query's change event.
        await poll(async () => ((await chartBackground(q.page, 'national-percentiles')) === lightFill ? true : null), { timeout: 5_000 });
        assert.equal(await chartBackground(q.page, 'national-percentiles'), lightFill);
        assertClean(q, 'system theme');
      } finally {
        await q.close();
      }
    } finally {
      await p.close();
    }
  });

  test("a link's theme= colours the whole page without becoming the reader's saved choice", { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(p.at('/?view=states&theme=dark'));
      await waitForRendered(p, 'states');
      const linked = await poll(async () => {
        const t = await themeState(page);
        return t.attr === 'dark' ? t : null;
      }, { timeout: 5_000 });
      assert.ok(linked, 'the page is dark as the link asks');
      assert.equal(linked.select, 'dark', 'the theme menu shows the link\'s choice');
      assert.equal(linked.stored, null, 'nothing is saved: the choice is the link\'s, not the reader\'s');

      // Without the link, the reader's own setting (System, on a light system) is back.
      await page.goto(p.at('/?view=states'));
      await waitForRendered(p, 'states');
      const own = await themeState(page);
      assert.equal(own.select, 'system');
      assert.notEqual(own.attr, 'dark');

      // A choice the reader makes on the page is saved.
      await page.goto(p.at('/?view=states&theme=dark'));
      await waitForRendered(p, 'states');
      await page.selectOption('.theme-picker select', 'light');
      const picked = await poll(async () => {
        const t = await themeState(page);
        return t.stored === 'light' ? t : null;
      }, { timeout: 5_000 });
      assert.ok(picked, 'picking from the menu saves the choice');
      assert.equal(picked.attr, 'light');
      assertClean(p, 'linked theme');
    } finally {
      await p.close();
    }
  });

  test('dark theme: no colour-contrast violations on any view (axe-core)', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const require = createRequire(import.meta.url);
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const p = await openPage(app);
    const { page } = p;
    const problems = [];
    try {
      await page.goto(p.at('/'));
      await waitForRendered(p, 'national');
      await page.selectOption('.theme-picker select', 'dark');
      for (const view of VIEWS) {
        // With some state so that selected marks, chips and cards are checked too.
        await page.goto(p.at(`/?view=${view.name}&states=CA,AL&salary=61000`));
        await waitForRendered(p, view.name);
        assert.equal((await themeState(page)).attr, 'dark', `${view.name}: the dark theme is on`);
        // Evaluated through DevTools, so the page's strict CSP does not block axe itself.
        await page.evaluate(axeSource);
        const result = await page.evaluate(() =>
          // eslint-disable-next-line no-undef
          axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] }),
        );
        for (const v of result.violations) {
          for (const n of v.nodes.slice(0, 5)) {
            problems.push(`${view.name}: ${n.target.join(' ')}: ${n.any.map((a) => a.message).join('; ')}`);
          }
          if (v.nodes.length > 5) problems.push(`${view.name}: …and ${v.nodes.length - 5} more`);
        }
      }
      assert.deepEqual(problems, [], `colour-contrast violations in the dark theme:\n${problems.join('\n')}`);
      assertClean(p, 'dark contrast');
    } finally {
      await p.close();
    }
  });

  // ---------------------------------------------------------------- small screens

  test('at 360x740 no view scrolls sideways (screenshots in screenshots/360-<view>.png)', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app, { viewport: { width: 360, height: 740 } });
    const { page } = p;
    const wide = [];
    try {
      for (const view of VIEWS) {
        await page.goto(p.at(`/?view=${view.name}&states=CA,OR,WA&salary=61000`));
        await waitForRendered(p, view.name);
        await page.waitForLoadState('networkidle');
        const m = await page.evaluate(() => {
          const tooWide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.table-wrap'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`);
          return { scrollWidth: document.documentElement.scrollWidth, tooWide };
        });
        await page.screenshot({ path: screenshotPath(`360-${view.name}`), fullPage: true });
        if (m.scrollWidth > 360) wide.push(`${view.name}: page is ${m.scrollWidth} px wide (e.g. ${m.tooWide.join(', ')})`);
        const svgWidth = view.chart ? await page.locator(`section[data-view="${view.name}"] figure.chart canvas`).first().evaluate((s) => s.getBoundingClientRect().width) : 0;
        if (view.chart) assert.ok(svgWidth > 200 && svgWidth <= 360, `${view.name}: the chart fits the screen (${svgWidth} px)`);
      }
      assert.deepEqual(wide, [], `horizontal scroll at 360 px:\n${wide.join('\n')}`);
      assertClean(p, '360 px');
    } finally {
      await p.close();
    }
  });

  // ---------------------------------------------------------------- print

  for (const view of VIEWS) {
    test(`printing the ${view.name} view gives a one-page brief without navigation or controls`, { timeout: TEST_TIMEOUT }, async () => {
      const p = await openPage(app);
      const { page } = p;
      try {
        await page.goto(p.at(`/?view=${view.name}&states=CA`));
        await waitForRendered(p, view.name);
        const screenLink = await page.evaluate(() => {
          const el = document.querySelector('.print-only');
          return el ? getComputedStyle(el).display : null;
        });
        assert.equal(screenLink, 'none', 'the link line is for print only');
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => {
          const visible = (el) => {
            const b = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return s.display !== 'none' && s.visibility !== 'hidden' && b.width > 0 && b.height > 0;
          };
          const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`;
          const nav = document.querySelector('nav[aria-label="Views"]');
          const link = document.querySelector('.print-only');
          return {
            nav: nav ? visible(nav) : null,
            controls: [...document.querySelectorAll('button, select, input, textarea, .toolbar, .theme-picker')].filter(visible).map(describe),
            link: link && visible(link) ? link.textContent.replace(/\s+/g, ' ').trim() : null,
            source: [...document.querySelectorAll('footer')].filter(visible).map((f) => f.textContent).join(' '),
            chart: [...document.querySelectorAll('section[data-view] figure.chart canvas[data-shapes]')].filter(visible).length,
          };
        });
        // Every shortfall is collected, so one run reports them all.
        const problems = [];
        if (printed.nav !== false) problems.push('the navigation (nav[aria-label="Views"]) is printed');
        if (printed.controls.length) problems.push(`controls are printed: ${printed.controls.join(', ')}`);
        if (!printed.link) problems.push('the .print-only link line is not printed');
        else if (!printed.link.includes(page.url())) problems.push(`the printed link is not the page's address: ${printed.link}`);
        if (!/Source: /.test(printed.source)) problems.push('the source line is not printed');
        if (view.chart && printed.chart < 1) problems.push('the chart is not printed');
        const pdf = await page.pdf({ format: 'Letter' });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const pages = pdfPages(pdf);
        if (pages !== 1) problems.push(`the PDF (US Letter) has ${pages} pages, not 1`);
        const a4 = pdfPages(await page.pdf({ format: 'A4' }));
        if (a4 !== 1) problems.push(`the PDF (A4) has ${a4} pages, not 1`);
        if (view.chart) {
          // While printing, the charts are SVG (vector on paper) instead of the canvas.
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          const swapped = await page.evaluate(() => {
            const shown = (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
            const figures = [...document.querySelectorAll('section[data-view] figure.chart')].filter(shown);
            return {
              svg: figures.filter((f) => [...f.querySelectorAll('.chart-print svg')].some(shown)).length,
              canvas: figures.filter((f) => [...f.querySelectorAll('canvas')].some(shown)).length,
            };
          });
          if (swapped.svg < 1 || swapped.canvas !== 0) problems.push(`on beforeprint the printed charts should be SVG, not canvas: ${JSON.stringify(swapped)}`);
          const withSvg = pdfPages(await page.pdf({ format: 'Letter' }));
          if (withSvg !== 1) problems.push(`the PDF with SVG charts has ${withSvg} pages, not 1`);
          await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
          const after = await page.locator('.chart-print svg').count();
          if (after !== 0) problems.push(`after printing, ${after} SVG copies stay in the page`);
        }
        assert.deepEqual(problems, [], `printing the ${view.name} view:\n  ${problems.join('\n  ')}`);
        assertClean(p, `print ${view.name}`);
      } finally {
        await p.close();
      }
    });
  }

  // ---------------------------------------------------------------- offline

  test('after a first visit the page works offline (service worker), also as an installed app', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app, { installable: true });
    const { page } = p;
    try {
      await visitForOffline(p, '/?view=states');
      await whileOffline(p, async () => {
        await page.reload();
        await waitForRendered(p, 'states');
        const s = await controls(page);
        assert.ok(s.charts >= 1, 'the States view draws its chart offline');
        assert.ok(s.tables[0].rows.length === STATES_DATA.states.length, 'and its table');
        // Another view, opened by its address while offline.
        await page.goto(p.at('/?view=metros&metro=CA'));
        await waitForRendered(p, 'metros');
        assert.equal((await controls(page)).metroState, 'CA', 'the link is still read offline');
        // Installed, the page opens from its manifest: it and its icons come from the cache too.
        const cdp = await page.context().newCDPSession(page);
        const { url, errors, data } = await cdp.send('Page.getAppManifest');
        assert.deepEqual(errors, [], `the manifest ${url} is read offline`);
        const icons = JSON.parse(data).icons.map((icon) => new URL(icon.src, url).href);
        assert.ok(icons.length >= 2, `the manifest names its icons: ${icons}`);
        const served = await page.evaluate((urls) => Promise.all(urls.map(async (u) => (await fetch(u)).headers.get('content-type'))), [url, ...icons]);
        assert.match(served[0], /^application\/manifest\+json/, 'offline, the manifest is served');
        assert.deepEqual(served.slice(1), icons.map(() => 'image/png'), 'offline, its icons are served');
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        assert.deepEqual(installabilityErrors, [], 'offline, nothing stops the install');
      });
      assertClean(p, 'offline');
    } finally {
      await p.close();
    }
  });

  test('opening sw.js or a missing page beside the app keeps its offline copy', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await visitForOffline(p, '/?view=states');
      // Pages in the same folder that the worker sees but must not store as the app.
      assert.equal((await page.goto(p.at('/sw.js'))).status(), 200, 'sw.js opens as a page');
      assert.equal((await page.goto(p.at('/no-such-page.html'))).status(), 404, 'a missing page is a 404');
      await whileOffline(p, async () => {
        await assertDrawsOffline(p, '/?view=states', 'states');
        await assertDrawsOffline(p, '/index.html?view=metros', 'metros');
        await page.reload();
        await waitForRendered(p, 'metros');
      });
      // Expected: the missing page's 404 and the browser's /favicon.ico request for pages without an icon.
      p.log.consoleErrors = p.log.consoleErrors.filter((e) => !/\/(no-such-page\.html|favicon\.ico):/.test(e));
      assertClean(p, 'offline after other pages');
    } finally {
      await p.close();
    }
  });

  test('two copies of the app in sibling folders both keep working offline', { timeout: TEST_TIMEOUT }, async () => {
    await withCopies(['a', 'b'], {}, async (p) => {
      await visitForOffline(p, '/a/?view=states');
      await visitForOffline(p, '/b/?view=national');
      await whileOffline(p, async () => {
        await assertDrawsOffline(p, '/a/?view=states', 'states');
        await assertDrawsOffline(p, '/b/?view=national', 'national');
        await assertDrawsOffline(p, '/a/?view=metros', 'metros');
      });
      assertClean(p, 'two deployments offline');
    });
  });

  test('a new deployment replaces the offline copy even when the browser has the old page cached', { timeout: TEST_TIMEOUT }, async () => {
    // The browser's HTTP cache is on only without request routing.
    await withCopies(['a'], { abortForeign: false }, async (p, dir) => {
      const { page } = p;
      await visitForOffline(p, '/a/');
      // The next deployment: a page the test can tell apart and a changed worker, so it installs again.
      const pagePath = path.join(dir, 'a', 'index.html');
      const first = readFileSync(pagePath, 'utf8');
      const next = first.replace('<meta charset=utf-8>', '<meta charset=utf-8><meta name=build content=next>');
      assert.notEqual(next, first, 'the built page has the charset tag the test marks');
      deploy(pagePath, next);
      const workerPath = path.join(dir, 'a', 'sw.js');
      deploy(workerPath, `${readFileSync(workerPath, 'utf8')}\n// next\n`);
      // The update check a later visit would make; the old page is still in the HTTP cache.
      const installed = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration.update();
        const worker = registration.installing;
        if (!worker) return 'no new worker';
        while (worker.state === 'installing') await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
        return worker.state === 'redundant' ? 'failed' : 'installed';
      });
      assert.equal(installed, 'installed', 'the new worker installs');
      await whileOffline(p, async () => {
        await assertDrawsOffline(p, '/a/', 'national');
        const build = await page.evaluate(() => document.querySelector('meta[name=build]')?.content ?? 'the first');
        assert.equal(build, 'next', 'the offline page is the new deployment');
      });
      assertClean(p, 'updated deployment offline');
    });
  });
});
