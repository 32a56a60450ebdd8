// End-to-end tests of the written summary under every chart, in headless Chromium: each
// chart's drawing is described by its summary, and the summary follows the filters, the
// selection and the pay basis. Figures are read back from the page's own tables.
// Run: node --test tests/e2e/summaries.test.mjs   (after trunk build --release)

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { describeLog, openPage, poll, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 90_000;

/** Every chart on the page: its id, whether it is shown, and the text its drawing is described by. */
async function describedCharts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((figure) => {
      const drawing = figure.querySelector('[role="img"]');
      const ids = (drawing.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const described = ids.map((id) => document.getElementById(id));
      return {
        chart: figure.dataset.chart,
        ids,
        inFigure: described.every((el) => el && figure.contains(el) && el.tagName === 'P'),
        text: described.map((el) => (el?.textContent ?? '').trim()).join(' '),
      };
    }),
  );
}

/** The summary under chart `id`. */
const summaryOf = (page, id) =>
  page.evaluate((id) => document.querySelector(`[data-chart="${id}"] .chart-summary`)?.textContent ?? '', id);

/** Parses "$58,250" (or "$28.00") into a number. */
const money = (cell) => Number(cell.replace(/[$,]/g, ''));

describe('Chart summaries', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  test('every chart in every view is described by its own summary under it', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      const seen = new Set();
      for (const [view, query] of [
        ['national', '/?states=CA'],
        ['states', '/?view=states&states=CA'],
        ['metros', '/?view=metros'],
      ]) {
        await p.page.goto(p.at(query));
        await waitForView(p, view);
        const charts = await poll(async () => {
          const all = await describedCharts(p.page);
          return all.length && all.every((c) => c.text) ? all : null;
        });
        assert.ok(charts, `${view}: every chart has a summary: ${JSON.stringify(await describedCharts(p.page))}`);
        for (const chart of charts) {
          assert.equal(chart.ids.length, 1, `${chart.chart} is described by one element`);
          assert.ok(chart.inFigure, `${chart.chart}: its description is a <p> in its own figure`);
          assert.ok(!seen.has(chart.ids[0]), `${chart.ids[0]} is used once`);
          seen.add(chart.ids[0]);
        }
      }
      assert.deepEqual(
        [...seen].sort(),
        ['metro-jobs', 'metro-pay', 'national-percentiles', 'state-compare', 'state-map', 'state-ranges'].map(
          (id) => `${id}-summary`,
        ),
      );
      assert.deepEqual(p.log.pageErrors, [], describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('the range chart summary follows the region filter and the pay basis', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?view=states'));
      await waitForView(p, 'states');
      const first = await poll(async () => {
        const text = await summaryOf(page, 'state-ranges');
        return text.startsWith('All 48 states with data are shown.') ? text : null;
      });
      assert.ok(first, await summaryOf(page, 'state-ranges'));

      await page.click('[data-filter-region=west]');
      const west = await poll(async () => {
        const text = await summaryOf(page, 'state-ranges');
        return /^\d+ of the 48 states/.test(text) ? text : null;
      });
      assert.ok(west, `the summary changed with the filter: ${await summaryOf(page, 'state-ranges')}`);
      // The table of the same view, read independently: its rows, highest median, count above.
      const rows = await page.$$eval('section[data-view="states"] table tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/^✓\s*/, '').trim())),
      );
      assert.ok(west.startsWith(`${rows.length} of the 48 states with data are shown.`), west);
      const byMedian = [...rows].sort((a, b) => money(b[2]) - money(a[2]));
      const [top] = byMedian;
      assert.ok(west.includes(`${top[0]} pays the highest median, ${top[2]},`), west);
      const above = rows.filter((r) => money(r[2]) > 58_250).length;
      assert.ok(west.includes(`${above} of them are above the national median of $58,250.`), west);
      assert.ok(west.endsWith('The source has no figures for Wyoming.'), west);

      await page.check('input[name=pay-basis][value=hourly]');
      const hourly = await poll(async () => {
        const text = await summaryOf(page, 'state-ranges');
        return text.includes('national median of $28.00') ? text : null;
      });
      assert.ok(hourly, `the summary is in hourly pay: ${await summaryOf(page, 'state-ranges')}`);
      const hourlyTop = await page.$eval('section[data-view="states"] table tbody tr', (tr) =>
        tr.querySelectorAll('td')[1].textContent.trim(),
      );
      assert.ok(hourly.includes(`pays the highest median, ${hourlyTop},`), `${hourly} / ${hourlyTop}`);
      assert.deepEqual(p.log.pageErrors, [], describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('the metro summaries follow the state filter and the compare summary the selection', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(p.at('/?view=metros&metro=CA'));
      await waitForView(p, 'metros');
      const text = await poll(async () => {
        const t = await summaryOf(page, 'metro-pay');
        return t.startsWith('Of the metro areas in the highest-paying list in California, ') ? t : null;
      });
      assert.ok(text, await summaryOf(page, 'metro-pay'));
      const firstRow = await page.$eval('section[data-view="metros"] table tbody tr', (tr) =>
        [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()),
      );
      // The table names the metro and its states in two columns; the summary as published.
      assert.ok(text.includes(`${firstRow[0]}, ${firstRow[3]} has the highest median, ${firstRow[1]},`), `${text} / ${firstRow}`);

      await page.goto(p.at('/?view=states&states=CA,WV'));
      await waitForView(p, 'states');
      const compare = await poll(async () => {
        const t = await summaryOf(page, 'state-compare');
        return t.includes('West Virginia') ? t : null;
      });
      assert.match(compare, /^The national median is \$58,250\. California's median, \$[\d,]+, is \$[\d,]+ \([\d.]+%\) above the national median\. West Virginia's median, \$[\d,]+, is \$[\d,]+ \([\d.]+%\) below the national median\.$/);
      await page.click('[data-remove="WV"]');
      const one = await poll(async () => {
        const t = await summaryOf(page, 'state-compare');
        return t && !t.includes('West Virginia') ? t : null;
      });
      assert.ok(one?.includes("California's median"), one);
      assert.deepEqual(p.log.pageErrors, [], describeLog(p.log));
    } finally {
      await p.close();
    }
  });
});
