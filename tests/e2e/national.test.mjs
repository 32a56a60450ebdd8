// End-to-end tests of the National view's salary locator (issue 3) in headless Chromium:
// type salaries into the real page and read the answers, nationally, in chosen states and
// against the highest-paying metros; annual and hourly; bad input; the salary in the link only
// when the user shares it; the salary marker on the charts.
// Expected answers are computed here from data/*.json (piecewise-linear interpolation between
// the published percentiles), not copied from the app.
// Run: node --test tests/e2e/national.test.mjs   (scripts/test.sh builds dist/ first)

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { afterNextFrame, REPO_ROOT, describeLog, openPage, poll, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 90_000;
const NATIONAL_CHART = 'figure[data-chart="national-percentiles"]';
const RANGES_CHART = 'figure[data-chart="state-ranges"]';

/** The salary a chart's text alternative says is marked on it ("$61,000"), or null. */
const markedSalary = (alternative) => /Your salary (\S+) is marked/.exec(alternative ?? '')?.[1] ?? null;
const SHARE_BOX = '.locator input[type=checkbox]';

// ---- The published figures, read from the data files the app is built from ----
const readJson = (name) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'data', name), 'utf8'));
const NATIONAL = readJson('national.json').percentiles;
const STATES = new Map(readJson('states.json').states.map((s) => [s.state, s]));
const TOP_METRO_MEDIANS = readJson('metros.json').highest_paying.rows.map((r) => r.median);
const HOURS_PER_YEAR = 2080;

const NATIONAL_POINTS = [
  [10, NATIONAL.p10],
  [25, NATIONAL.p25],
  [50, NATIONAL.median],
  [75, NATIONAL.p75],
  [90, NATIONAL.p90],
];
const statePoints = (name) => {
  const s = STATES.get(name);
  return [
    [10, s.bottom_10],
    [50, s.median],
    [90, s.top_10],
  ];
};

function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** What the locator should say for `salary` against `points` ([percentile, dollars], ascending). */
function expectedPlacement(salary, points) {
  const [firstPct, first] = points[0];
  const [lastPct, last] = points[points.length - 1];
  if (salary < first) return `below the ${ordinal(firstPct)} percentile`;
  if (salary > last) return `above the ${ordinal(lastPct)} percentile`;
  for (let i = 1; i < points.length; i++) {
    const [p0, d0] = points[i - 1];
    const [p1, d1] = points[i];
    if (salary <= d1) {
      const pct = p0 + ((p1 - p0) * (salary - d0)) / (d1 - d0);
      return `about the ${ordinal(Math.round(pct))} percentile (estimate)`;
    }
  }
  throw new Error('unreachable');
}

/** "above the median of 6 of the 10 highest-paying metro areas" and its all/none forms. */
function expectedMetroLine(salary) {
  const total = TOP_METRO_MEDIANS.length;
  const below = TOP_METRO_MEDIANS.filter((m) => salary > m).length;
  if (below === 0) return `below the median of all ${total} highest-paying metro areas`;
  if (below === total) return `above the median of all ${total} highest-paying metro areas`;
  return `above the median of ${below} of the ${total} highest-paying metro areas`;
}

const usd = (n) => `$${Math.round(n).toLocaleString('en-US')}`;
const usdCents = (n) =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

// ---- Reading the page ----

/** The locator, chart and table as they are now, in one round trip. */
async function locatorSnapshot(page) {
  await afterNextFrame(page);
  return page.evaluate(
    ({ nationalChart }) => {
      const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const section = document.querySelector('section[data-view="national"]');
      const input = document.querySelector('#salary-input');
      const results = document.querySelector('.locator-results');
      const figure = document.querySelector(nationalChart);
      const canvas = figure?.querySelector('canvas');
      // The painted pixels, as a short fingerprint: it changes when the drawing changes.
      const pixels = (() => {
        if (!canvas || canvas.width === 0) return '';
        const url = canvas.toDataURL();
        let h = 0;
        for (let i = 0; i < url.length; i++) h = (h * 31 + url.charCodeAt(i)) | 0;
        return `${url.length}:${h}`;
      })();
      const table = section?.querySelector('table');
      return {
        url: location.href,
        value: input?.value ?? null,
        invalid: input?.getAttribute('aria-invalid') ?? null,
        label: text(document.querySelector('label[for="salary-input"]')),
        message: text(document.querySelector('#salary-message')),
        results: results ? [...results.querySelectorAll('li')].map(text) : null,
        chart: figure ? figure.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '' : null,
        chartPixels: pixels,
        chartShapes: Number(canvas?.getAttribute('data-shapes') ?? 0),
        tableRows: table ? [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text)) : null,
        tableHead: table ? [...table.querySelectorAll('thead th')].map(text) : null,
        headline: text(section?.querySelector('.headline .figure-value')),
        shared: document.querySelector('.locator input[type=checkbox]')?.checked ?? null,
        fatal: document.querySelector('#fatal-error') ? text(document.querySelector('#fatal-error')) : null,
      };
    },
    { nationalChart: NATIONAL_CHART },
  );
}

/** Types `text` into the salary field (replacing what is there). */
async function typeSalary(page, text) {
  await page.fill('#salary-input', text);
}

/** Waits until the locator's first line (the national answer) starts with `prefix`. */
async function waitForAnswer(page, prefix) {
  const s = await poll(async () => {
    const snap = await locatorSnapshot(page);
    return snap.results?.[0]?.startsWith(prefix) ? snap : null;
  }, { timeout: 5_000 });
  if (!s) {
    const now = await locatorSnapshot(page);
    assert.fail(`expected the locator to answer for "${prefix}", it shows ${JSON.stringify(now.results)} (message ${JSON.stringify(now.message)})`);
  }
  return s;
}

/** The part of a result line after "...: ". */
const answerOf = (line) => line.slice(line.indexOf(': ') + 2);

function assertClean(p, what) {
  const { log } = p;
  const bad = log.pageErrors.length + log.consoleErrors.length + log.cspViolations.length + log.foreignRequests.length;
  assert.equal(bad, 0, `${what}: the page must have no errors, CSP violations or requests to other hosts:\n${describeLog(log)}`);
}

describe('National view: where does my salary fall (issue 3)', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  test('"58250", "$58,250" and "58.2k" give the same national answer; below the 10th and above the 90th are said, not extrapolated', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/'));
      await waitForView(p, 'national');
      const before = await locatorSnapshot(page);
      assert.equal(before.results, null, 'no answer before anything is typed');
      assert.equal(before.message, '', 'no message before anything is typed');

      const answers = [];
      for (const [typed, shown] of [
        ['58250', '$58,250'],
        ['$58,250', '$58,250'],
        ['58.2k', '$58,200'],
      ]) {
        await typeSalary(page, typed);
        const s = await waitForAnswer(page, `${shown} nationally: `);
        assert.equal(s.invalid, null, `"${typed}" is accepted: no aria-invalid`);
        assert.equal(s.message, '', `"${typed}" is accepted: no message`);
        answers.push(answerOf(s.results[0]));
      }
      assert.equal(answers[0], 'about the 50th percentile (estimate)');
      assert.equal(answers[0], expectedPlacement(58250, NATIONAL_POINTS));
      assert.deepEqual(answers, [answers[0], answers[0], answers[0]], `the three forms must give one answer: ${JSON.stringify(answers)}`);

      // Between the published percentiles: a piecewise-linear estimate.
      for (const salary of [40000, 61000, 90000]) {
        await typeSalary(page, String(salary));
        const s = await waitForAnswer(page, `${usd(salary)} nationally: `);
        assert.equal(answerOf(s.results[0]), expectedPlacement(salary, NATIONAL_POINTS), `national answer for ${salary}`);
      }

      // Outside the 10th-90th range: said so, no estimate.
      for (const [salary, want] of [
        [30000, 'below the 10th percentile'],
        [NATIONAL.p10 - 1, 'below the 10th percentile'],
        [NATIONAL.p90 + 1, 'above the 90th percentile'],
        [150000, 'above the 90th percentile'],
      ]) {
        await typeSalary(page, String(salary));
        const s = await waitForAnswer(page, `${usd(salary)} nationally: `);
        assert.equal(answerOf(s.results[0]), want, `national answer for ${salary}`);
        assert.doesNotMatch(s.results[0], /estimate/, `${salary} is outside the published range: no estimate`);
      }
      // At the published 10th and 90th percentiles it is inside the range.
      for (const salary of [NATIONAL.p10, NATIONAL.p90]) {
        await typeSalary(page, String(salary));
        const s = await waitForAnswer(page, `${usd(salary)} nationally: `);
        assert.doesNotMatch(s.results[0], /below|above/, `${salary} is a published percentile, not outside the range: ${s.results[0]}`);
      }
      const method = await page.locator('#salary-method').textContent();
      assert.match(method, /estimate/i, 'the method is explained in one sentence');
      assert.match(method, /straight line|linear/i, 'the explanation says how the estimate is made');
      assertClean(p, 'accepted forms');
    } finally {
      await p.close();
    }
  });

  test('typing another salary rewrites the answer in its lines, and the whole answer is one live region', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/'));
      await waitForView(p, 'national');
      await typeSalary(page, '52000');
      await waitForAnswer(page, '$52,000 nationally: ');
      // Mark the lines, then type: the same elements carry the new answer.
      await page.$$eval('.locator-results li', (items) => items.forEach((li, i) => { li.dataset.mark = String(i); }));
      await typeSalary(page, '72000');
      const s = await waitForAnswer(page, '$72,000 nationally: ');
      assert.equal(answerOf(s.results[0]), expectedPlacement(72000, NATIONAL_POINTS));
      const marks = await page.$$eval('.locator-results li', (items) => items.map((li) => li.dataset.mark ?? null));
      assert.deepEqual(marks, ['0', '1'], 'the two lines are the ones already shown');
      const region = await page.$eval('#salary-results', (el) => [el.getAttribute('aria-live'), el.getAttribute('aria-atomic')]);
      assert.deepEqual(region, ['polite', 'true']);
      assertClean(p, 'typing twice');
    } finally {
      await p.close();
    }
  });

  test('each chosen state gets a line (Alabama: no data), and the metro line counts the highest-paying metros', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?states=CA,AL'));
      await waitForView(p, 'national');
      for (const salary of [58250, 90000, 120000, 30000]) {
        await typeSalary(page, String(salary));
        const s = await waitForAnswer(page, `${usd(salary)} nationally: `);
        assert.equal(s.results.length, 4, `national, two states and metros: ${JSON.stringify(s.results)}`);
        assert.equal(s.results[1], `In California: ${expectedPlacement(salary, statePoints('California'))}`);
        assert.match(s.results[2], /^In Alabama: .*no data/, 'Alabama has no data, never a guess');
        assert.doesNotMatch(s.results[2], /percentile|\$/, 'Alabama gets no figure');
        assert.equal(s.results[3], `Metro areas: ${expectedMetroLine(salary)}.`);
      }
      // The "N of the 10" form, for a salary between the metro medians.
      const between = 90000;
      await typeSalary(page, String(between));
      const s = await waitForAnswer(page, `${usd(between)} nationally: `);
      assert.match(s.results[3], /^Metro areas: above the median of \d+ of the 10 highest-paying metro areas\.$/);

      // States picked with the select get their line too, and go into the link.
      await page.selectOption('#state-picker', 'TX');
      const withTexas = await poll(async () => {
        const snap = await locatorSnapshot(page);
        return snap.results?.some((l) => l.startsWith('In Texas: ')) ? snap : null;
      }, { timeout: 5_000 });
      assert.ok(withTexas, 'choosing Texas in #state-picker adds a line for Texas');
      assert.equal(
        withTexas.results.find((l) => l.startsWith('In Texas: ')),
        `In Texas: ${expectedPlacement(between, statePoints('Texas'))}`,
      );
      assert.match(new URL(withTexas.url).searchParams.get('states') ?? '', /^CA,AL,TX$/);
      assert.ok(withTexas.tableHead.includes('Texas'), 'the table gets a Texas column');
      assertClean(p, 'states and metros');
    } finally {
      await p.close();
    }
  });

  test('"Per hour" re-expresses every figure and the typed salary keeps meaning the same amount', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/'));
      await waitForView(p, 'national');
      await typeSalary(page, '61000');
      const annual = await waitForAnswer(page, '$61,000 nationally: ');
      assert.equal(annual.headline, usd(NATIONAL.median));

      await page.check('input[name=pay-basis][value=hourly]');
      const hourlyMedian = usdCents(NATIONAL.median / HOURS_PER_YEAR);
      assert.equal(hourlyMedian, '$28.00');
      const hourly = await poll(async () => {
        const snap = await locatorSnapshot(page);
        return snap.headline === hourlyMedian ? snap : null;
      }, { timeout: 5_000 });
      assert.ok(hourly, `the headline median becomes ${hourlyMedian}`);
      assert.equal(new URL(hourly.url).searchParams.get('pay'), 'hourly', 'the pay switch is in the link');
      const medianRow = hourly.tableRows.find((r) => r[0] === 'Median');
      assert.equal(medianRow?.[1], hourlyMedian, 'the table shows the hourly median');
      assert.ok(hourly.chart.includes(`Median percentile ${hourlyMedian}`), `the chart gives the median as ${hourlyMedian}: ${hourly.chart}`);
      assert.ok(!hourly.chart.includes(usd(NATIONAL.median)), 'no annual figure is left on the chart');
      assert.notEqual(hourly.chartPixels, annual.chartPixels, 'the chart is repainted');

      // The field now shows the same amount per hour, and the answer is unchanged.
      const perHour = (61000 / HOURS_PER_YEAR).toFixed(2);
      assert.equal(Number(hourly.value.replace(/[$,]/g, '')), Number(perHour), `the field shows ${perHour} per hour, got ${JSON.stringify(hourly.value)}`);
      assert.match(hourly.label, /hour/i, 'the field label says per hour');
      assert.equal(hourly.results[0], `$${perHour} nationally: ${answerOf(annual.results[0])}`);
      assert.equal(markedSalary(hourly.chart), `$${perHour}`, `the marker is re-expressed: ${hourly.chart}`);

      // An hourly figure typed while hourly is chosen means that much per hour.
      await typeSalary(page, '28');
      const typed = await waitForAnswer(page, '$28.00 nationally: ');
      assert.equal(answerOf(typed.results[0]), expectedPlacement(28 * HOURS_PER_YEAR, NATIONAL_POINTS));
      assert.equal(typed.invalid, null);

      // And back: the field shows the same amount per year.
      await page.check('input[name=pay-basis][value=annual]');
      const back = await poll(async () => {
        const snap = await locatorSnapshot(page);
        return snap.headline === usd(NATIONAL.median) ? snap : null;
      }, { timeout: 5_000 });
      assert.ok(back, 'the headline is annual again');
      assert.equal(Number(back.value.replace(/[$,]/g, '')), 28 * HOURS_PER_YEAR, `the field shows ${28 * HOURS_PER_YEAR} a year, got ${JSON.stringify(back.value)}`);
      assert.equal(back.results[0], `${usd(28 * HOURS_PER_YEAR)} nationally: ${answerOf(typed.results[0])}`);
      assertClean(p, 'hourly');
    } finally {
      await p.close();
    }
  });

  test('bad input shows an inline message and changes nothing else', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?states=CA'));
      await waitForView(p, 'national');
      await typeSalary(page, '61000');
      const good = await waitForAnswer(page, '$61,000 nationally: ');
      assert.equal(markedSalary(good.chart), '$61,000');

      const bad = ['-5', '0', 'abc', '20000000', 'x'.repeat(60), '12.34.56', '$', '1e6'];
      for (const text of bad) {
        await typeSalary(page, text);
        const s = await poll(async () => {
          const snap = await locatorSnapshot(page);
          return snap.invalid === 'true' && snap.message ? snap : null;
        }, { timeout: 5_000 });
        const now = s ?? (await locatorSnapshot(page));
        const what = `typed ${JSON.stringify(text.length > 20 ? `${text.slice(0, 12)}… (${text.length} chars)` : text)}`;
        assert.equal(now.invalid, 'true', `${what}: the field needs aria-invalid="true"`);
        assert.ok(now.message.length > 0, `${what}: #salary-message must say what is wrong`);
        assert.doesNotMatch(now.message, /NaN|undefined|Infinity|panic/i, `${what}: the message is readable: ${now.message}`);
        // Nothing else changes: the last good answer, the chart with its marker, the table.
        assert.deepEqual(now.results, good.results, `${what}: the previous answer must stay as it was`);
        assert.equal(now.chart, good.chart, `${what}: the chart must not change`);
        assert.equal(now.chartPixels, good.chartPixels, `${what}: the chart must not be repainted differently`);
        assert.deepEqual(now.tableRows, good.tableRows, `${what}: the table must not change`);
        assert.equal(now.url, good.url, `${what}: the link must not change`);
        assert.equal(now.fatal, null, `${what}: #fatal-error is shown: ${now.fatal}`);
      }
      const messages = await page.evaluate(() => document.querySelector('#salary-message')?.closest('.locator') !== null);
      assert.ok(messages, 'the message sits with the field, in the locator');

      // A good salary again clears the message and is answered.
      await typeSalary(page, '70000');
      const fixed = await waitForAnswer(page, '$70,000 nationally: ');
      assert.equal(fixed.invalid, null, 'aria-invalid is removed once the input is good');
      assert.equal(fixed.message, '', 'the message is cleared once the input is good');

      // The page keeps working: views, the pay switch and the chart still respond.
      await page.check('input[name=pay-basis][value=hourly]');
      await poll(async () => (await locatorSnapshot(page)).headline === '$28.00', { timeout: 5_000 });
      assert.equal((await locatorSnapshot(page)).headline, '$28.00', 'the pay switch still works after bad input');
      assertClean(p, 'bad input');
    } finally {
      await p.close();
    }
  });

  test('clearing the field (empty input) shows the inline message too', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/'));
      await waitForView(p, 'national');
      await typeSalary(page, '61000');
      await waitForAnswer(page, '$61,000 nationally: ');
      for (const empty of ['', '   ']) {
        await typeSalary(page, empty);
        const s = await poll(async () => {
          const snap = await locatorSnapshot(page);
          return snap.invalid === 'true' && snap.message ? snap : null;
        }, { timeout: 3_000 });
        const now = s ?? (await locatorSnapshot(page));
        assert.equal(now.invalid, 'true', `empty input ${JSON.stringify(empty)}: expected aria-invalid="true" on #salary-input, got ${JSON.stringify(now.invalid)}`);
        assert.ok(now.message.length > 0, `empty input ${JSON.stringify(empty)}: expected an inline message in #salary-message, got none`);
        assert.ok(now.chartShapes > 3 && now.tableRows?.length === 5, 'the chart and the table are still there');
        assert.ok(!now.results || !now.results.join(' ').match(/NaN|\$0 nationally/), `no garbage answer: ${JSON.stringify(now.results)}`);
        await typeSalary(page, '61000');
        await waitForAnswer(page, '$61,000 nationally: ');
      }
      assertClean(p, 'empty input');
    } finally {
      await p.close();
    }
  });

  test('the typed salary enters the link only when shared, and a shared link fills the field', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?states=TX'));
      await waitForView(p, 'national');
      assert.equal(await page.isDisabled(SHARE_BOX), true, 'nothing to share before a salary is typed');
      await typeSalary(page, '61000');
      let s = await waitForAnswer(page, '$61,000 nationally: ');
      const noSalary = (url) => !/salary=|61000|61%2C000/i.test(new URL(url).search);
      assert.ok(noSalary(s.url), `the typed salary must not be in the link: ${s.url}`);
      assert.equal(s.shared, false);

      // Other changes (pay, views) do not leak it either.
      await page.check('input[name=pay-basis][value=hourly]');
      await poll(async () => /pay=hourly/.test(page.url()), { timeout: 5_000 });
      assert.ok(noSalary(page.url()), `after the pay switch: ${page.url()}`);
      await page.check('input[name=pay-basis][value=annual]');
      await page.click('nav[aria-label="Views"] a[href*="view=states"]');
      await waitForView(p, 'states');
      assert.ok(noSalary(page.url()), `in the States view: ${page.url()}`);
      await page.click('nav[aria-label="Views"] a[href*="view=national"]');
      await waitForView(p, 'national');
      s = await waitForAnswer(page, '$61,000 nationally: ');
      assert.ok(noSalary(s.url), `back in the National view: ${s.url}`);

      // Ticking the box puts it in; unticking takes it out.
      await page.check(SHARE_BOX);
      await poll(async () => /salary=/.test(page.url()), { timeout: 5_000 });
      assert.equal(new URL(page.url()).searchParams.get('salary'), '61000', `shared: ${page.url()}`);
      assert.equal(new URL(page.url()).searchParams.get('states'), 'TX', 'the rest of the link is kept');
      // While shared, a new salary replaces it.
      await typeSalary(page, '72000');
      await waitForAnswer(page, '$72,000 nationally: ');
      await poll(async () => new URL(page.url()).searchParams.get('salary') === '72000', { timeout: 5_000 });
      assert.equal(new URL(page.url()).searchParams.get('salary'), '72000');
      await page.uncheck(SHARE_BOX);
      await poll(async () => !/salary=/.test(page.url()), { timeout: 5_000 });
      assert.ok(noSalary(page.url()) && !/72000/.test(page.url()), `unshared: ${page.url()}`);

      // A link with the salary fills the field and answers.
      await page.goto(p.at('/?salary=61000'));
      await waitForView(p, 'national');
      s = await waitForAnswer(page, '$61,000 nationally: ');
      assert.equal(Number(s.value.replace(/[$,]/g, '')), 61000, `the field is filled from the link: ${JSON.stringify(s.value)}`);
      assert.equal(s.shared, true, 'the share box is ticked: the link carries the salary');
      assert.equal(answerOf(s.results[0]), expectedPlacement(61000, NATIONAL_POINTS));
      // Hourly link: the same amount, shown per hour.
      await page.goto(p.at('/?pay=hourly&salary=61000'));
      await waitForView(p, 'national');
      s = await waitForAnswer(page, `$${(61000 / HOURS_PER_YEAR).toFixed(2)} nationally: `);
      assert.equal(s.value, (61000 / HOURS_PER_YEAR).toFixed(2));
      assertClean(p, 'salary in the link');
    } finally {
      await p.close();
    }
  });

  test('the salary is marked on the national chart and on the States range chart', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/'));
      await waitForView(p, 'national');
      let s = await locatorSnapshot(page);
      assert.equal(markedSalary(s.chart), null, 'no marker before a salary is typed');
      await typeSalary(page, '61000');
      s = await poll(async () => {
        const snap = await locatorSnapshot(page);
        return markedSalary(snap.chart) === '$61,000' ? snap : null;
      }, { timeout: 5_000 });
      assert.ok(s, `the national chart marks $61,000: ${(await locatorSnapshot(page)).chart}`);
      const label = await page.locator('figure[data-chart="national-percentiles"] [role="img"]').getAttribute('aria-label');
      assert.match(label, /\$61,000/, 'the text alternative mentions the salary');

      await page.click('nav[aria-label="Views"] a[href*="view=states"]');
      await waitForView(p, 'states');
      const ranges = await poll(async () => {
        const alternative = await page
          .locator(`${RANGES_CHART} [role="img"]`)
          .getAttribute('aria-label')
          .catch(() => null);
        return markedSalary(alternative) === '$61,000' ? alternative : null;
      }, { timeout: 5_000 });
      assert.ok(ranges, 'the States range chart marks $61,000');
      await afterNextFrame(page);
      assert.ok(!/salary=/.test(page.url()), 'switching views does not put the salary in the link');

      // A bad entry leaves the marker where it was; clearing removes it.
      await page.click('nav[aria-label="Views"] a[href*="view=national"]');
      await waitForView(p, 'national');
      assert.equal(await page.inputValue('#salary-input'), '61000', 'the field keeps the salary across views');
      await typeSalary(page, 'abc');
      assert.equal(markedSalary((await locatorSnapshot(page)).chart), '$61,000');
      await page.click('.locator button:has-text("Clear")');
      const cleared = await poll(async () => {
        const snap = await locatorSnapshot(page);
        return markedSalary(snap.chart) === null ? snap : null;
      }, { timeout: 5_000 });
      assert.ok(cleared, 'Clear removes the marker');
      assert.equal(cleared.results, null, 'Clear removes the answer');
      assertClean(p, 'salary marker');
    } finally {
      await p.close();
    }
  });
});
