// End-to-end tests of the States view in headless Chromium: sort, filter by region, select
// states on the map with the mouse and the keyboard, and reload the link to see the same view.
// Run: node --test tests/e2e/   (scripts/test.sh builds dist/ first)

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { afterNextFrame, describeLog, openPage, poll, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 90_000;
const MAP = '[data-chart="state-map"]';

/** What the States view shows, in one round trip. */
async function statesSnapshot(page) {
  await afterNextFrame(page);
  return page.evaluate(() => {
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const section = document.querySelector('section[data-view="states"]');
    const table = section.querySelector('table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => text(c).replace(/^✓\s*/, '')),
    );
    const sorted = [...table.querySelectorAll('thead th[aria-sort]')].map((th) => ({
      column: text(th).replace(/[▲▼↕]/g, '').trim(),
      order: th.getAttribute('aria-sort'),
    }));
    // The range chart's rows, top to bottom, as its item buttons name them ("Ohio: bottom 10% …").
    const rangeSpots = [...section.querySelectorAll('[data-chart="state-ranges"] .hotspot:not([hidden])')]
      .map((b) => ({ top: Number(b.getAttribute('data-box').split(' ')[1]), name: b.getAttribute('aria-label').split(':')[0] }))
      .sort((a, b) => a.top - b.top);
    const mapSpots = [...section.querySelectorAll('[data-chart="state-map"] .hotspot')];
    return {
      url: location.href,
      count: text(section.querySelector('#states-count')),
      pressedRegion: [...section.querySelectorAll('[data-filter-region][aria-pressed="true"]')].map((b) =>
        b.getAttribute('data-filter-region'),
      ),
      rows,
      sorted,
      rangeLabels: rangeSpots.map((spot) => spot.name),
      mapTiles: mapSpots.length,
      mapFiltered: mapSpots.filter((b) => b.getAttribute('aria-label').endsWith('(filtered out)')).length,
      mapPressed: mapSpots.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.key),
      compared: [...section.querySelectorAll('.compare-card[data-state]')].map((c) => c.dataset.state),
      compareStatus: text(section.querySelector('#compare-status')),
      tooltip: text(section.querySelector(`[data-chart="state-map"] .chart-tooltip`)),
    };
  });
}

/** Parses "$58,250" (or "$28.00") into a number. */
const money = (cell) => Number(cell.replace(/[$,]/g, ''));

describe('States view', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  test('sorting by a column header and by the sort control reorders table and chart', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(p.at('/?view=states'));
      await waitForView(p, 'states');
      let s = await statesSnapshot(p.page);
      assert.equal(s.count, '48 of 48 states with data shown');
      assert.deepEqual(s.sorted, [{ column: 'Median', order: 'descending' }]);
      const medians = s.rows.map((r) => money(r[2]));
      assert.deepEqual(medians, [...medians].sort((a, b) => b - a), 'highest median first by default');

      // Clicking the current column flips it.
      await p.page.locator('table thead button', { hasText: 'Median' }).click();
      s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.sorted[0]?.order === 'ascending' ? snap : null;
      });
      assert.ok(s, 'the median column is now ascending');
      const ascending = s.rows.map((r) => money(r[2]));
      assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
      assert.match(s.url, /[?&]dir=asc/);

      // A new column starts in its own direction: Top 10% highest first.
      await p.page.locator('table thead button', { hasText: 'Top 10%' }).click();
      s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.sorted[0]?.column === 'Top 10%' ? snap : null;
      });
      assert.equal(s.sorted[0].order, 'descending');
      const tops = s.rows.map((r) => money(r[3]));
      assert.deepEqual(tops, [...tops].sort((a, b) => b - a));
      assert.equal(s.rows[0][0], 'California');

      // The sort control does the same and the range chart follows, row for row.
      await p.page.selectOption('#states-sort', 'name');
      await p.page.selectOption('#states-dir', 'asc');
      s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.rows[0]?.[0] === 'Alaska' ? snap : null;
      });
      assert.ok(s, 'A to Z starts with Alaska');
      const names = s.rows.map((r) => r[0]);
      assert.deepEqual(names, [...names].sort());
      const chartNames = s.rangeLabels.filter((t) => names.includes(t));
      assert.deepEqual(chartNames, names, 'the range chart has one row per state, in the same order');
      assert.match(s.url, /sort=name/);
      assert.equal(p.log.pageErrors.length + p.log.cspViolations.length, 0, describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('filtering by region narrows the table and chart and fades the map', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(p.at('/?view=states'));
      await waitForView(p, 'states');
      await p.page.click('[data-filter-region=west]');
      const s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.count.startsWith('12 ') ? snap : null;
      });
      assert.ok(s, 'the count says 12 western states with data');
      assert.equal(s.count, '12 of 48 states with data shown');
      assert.deepEqual(s.pressedRegion, ['west']);
      assert.equal(s.rows.length, 12);
      assert.match(s.url, /area=west/);
      assert.equal(s.mapTiles, 51, 'filtered-out tiles stay on the map');
      assert.equal(s.mapFiltered, 51 - 13, 'all but the 13 western tiles are named filtered out');

      // The division menu offers the West's own divisions, under "All of the West"; its
      // other entries stay in the menu, hidden.
      const menu = () => p.page.$$eval('#states-division option', (options) =>
        options.filter((o) => getComputedStyle(o).display !== 'none').map((o) => o.textContent));
      assert.deepEqual(await menu(), ['All of the West', 'Mountain', 'Pacific']);
      assert.equal(await p.page.$$eval('#states-division option', (o) => o.length), 10, 'all nine divisions stay in the menu');
      // The keyboard steps through the shown entries only.
      await p.page.focus('#states-division');
      await p.page.keyboard.press('ArrowDown');
      await poll(async () => /area=mountain/.test(p.page.url()));
      assert.deepEqual(await menu(), ['All of the West', 'Mountain', 'Pacific']);

      // A division narrows further; "All" clears the area.
      await p.page.selectOption('#states-division', 'pacific');
      await poll(async () => (await statesSnapshot(p.page)).rows.length === 5);
      await p.page.click('[data-filter-region=all]');
      const all = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.rows.length === 48 ? snap : null;
      });
      assert.ok(all, 'All shows every state again');
      assert.deepEqual(all.pressedRegion, ['all']);

      // An impossible range is refused inline and changes nothing.
      await p.page.fill('#states-min', '90000');
      await p.page.press('#states-min', 'Enter');
      await poll(async () => (await statesSnapshot(p.page)).rows.length === 0);
      await p.page.fill('#states-max', '50000');
      await p.page.press('#states-max', 'Enter');
      const error = await p.page.locator('#states-range-error').textContent();
      assert.match(error, /minimum is above the maximum/);
      assert.doesNotMatch((await statesSnapshot(p.page)).url, /max=/);
      await p.page.click('#states-clear-filters');
      await poll(async () => (await statesSnapshot(p.page)).rows.length === 48);
      assert.equal(await p.page.inputValue('#states-min'), '');
    } finally {
      await p.close();
    }
  });

  test('states are selected from the map with the mouse and the keyboard, and a reload keeps the view', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(p.at('/?view=states&area=west'));
      await waitForView(p, 'states');

      // Mouse: hovering shows the figures, clicking selects.
      await p.page.hover(`${MAP} .hotspot[data-key=CA]`);
      let s = await statesSnapshot(p.page);
      assert.match(s.tooltip, /^California: bottom 10% \$48,980, median \$84,770, top 10% \$152,290/);
      await p.page.click(`${MAP} .hotspot[data-key=CA]`);
      s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.compared.includes('CA') ? snap : null;
      });
      assert.ok(s, 'California is in the comparison');
      assert.deepEqual(s.mapPressed, ['CA']);

      // Keyboard: the map is one tab stop; arrows move between tiles, Enter selects.
      await p.page.focus(`${MAP} .hotspot[tabindex="0"]`);
      await p.page.keyboard.press('Home');
      assert.equal(await p.page.evaluate(() => document.activeElement?.dataset.key), 'AK');
      await p.page.keyboard.press('ArrowDown');
      assert.equal(await p.page.evaluate(() => document.activeElement?.dataset.key), 'WA');
      s = await statesSnapshot(p.page);
      assert.match(s.tooltip, /^Washington: /, 'focus shows the figures');
      await p.page.keyboard.press('Enter');
      await p.page.keyboard.press('ArrowDown');
      assert.equal(await p.page.evaluate(() => document.activeElement?.dataset.key), 'OR');
      await p.page.keyboard.press('Enter');
      // Wyoming has no data: focusable, says so, and is not selected.
      await p.page.keyboard.press('ArrowRight');
      await p.page.keyboard.press('ArrowRight');
      assert.equal(await p.page.evaluate(() => document.activeElement?.dataset.key), 'WY');
      assert.match((await statesSnapshot(p.page)).tooltip, /Wyoming: no data/);
      await p.page.keyboard.press('Enter');
      s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.compared.length === 3 && /Wyoming has no data/.test(snap.compareStatus) ? snap : null;
      });
      assert.ok(s, `three states compared and Wyoming explained: ${JSON.stringify(await statesSnapshot(p.page))}`);
      assert.deepEqual(s.compared, ['CA', 'WA', 'OR']);
      assert.match(s.url, /states=CA(,|%2C)WA(,|%2C)OR/);

      // The link reproduces the view.
      const before = s;
      await p.page.reload();
      await waitForView(p, 'states');
      const after = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return snap.compared.length === 3 ? snap : null;
      });
      assert.ok(after, 'the selection survives a reload');
      assert.equal(after.url, before.url);
      assert.deepEqual(after.compared, before.compared);
      assert.deepEqual(after.mapPressed.sort(), ['CA', 'OR', 'WA']);
      assert.deepEqual(after.pressedRegion, ['west']);
      assert.equal(after.count, before.count);
      assert.deepEqual(after.rows, before.rows);

      // Clearing empties the comparison.
      await p.page.click('#compare-clear');
      await poll(async () => (await statesSnapshot(p.page)).compared.length === 0);
      // Hotspots are placed through the CSSOM, so the strict CSP sees no style attributes.
      assert.equal(p.log.pageErrors.length + p.log.cspViolations.length, 0, describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('the selection stops at its limit with a message, and bad states in a link are dropped with a notice', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(p.at('/?view=states&states=CA,TX,NY,FL,OH,XX'));
      await waitForView(p, 'states');
      await poll(async () => (await statesSnapshot(p.page)).compared.length === 5);
      const notice = await p.page.locator('#notices').textContent();
      assert.match(notice, /XX/);
      await p.page.selectOption('#compare-picker', 'WA');
      await poll(async () => (await statesSnapshot(p.page)).compared.length === 6);
      await p.page.click(`${MAP} .hotspot[data-key=OR]`);
      const s = await poll(async () => {
        const snap = await statesSnapshot(p.page);
        return /up to 6 states/.test(snap.compareStatus) ? snap : null;
      });
      assert.ok(s, 'the limit is explained');
      assert.equal(s.compared.length, 6);
      assert.ok(!s.compared.includes('OR'));
    } finally {
      await p.close();
    }
  });

  test('a region filter fades the filtered-out tiles in the map drawing and names them so', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(p.at('/?view=states&area=west'));
      await waitForView(p, 'states');
      // How far a point a quarter into each tile (clear of its label) is from the drawing's
      // background, read from the canvas's pixels; and which buttons say "filtered out".
      const map = async () => {
        await afterNextFrame(p.page);
        return p.page.evaluate((sel) => {
          const canvas = document.querySelector(`${sel} canvas[data-shapes]`);
          const g = canvas.getContext('2d');
          const pixel = (x, y) => [...g.getImageData(Math.round(x), Math.round(y), 1, 1).data].slice(0, 3);
          const ground = pixel(1, 1);
          const contrast = (key) => {
            const [left, top, width, height] = document
              .querySelector(`${sel} .hotspot[data-key=${key}]`)
              .getAttribute('data-box')
              .split(' ')
              .map(Number);
            const at = pixel(((left + width / 4) / 100) * canvas.width, ((top + height / 4) / 100) * canvas.height);
            return at.reduce((sum, c, i) => sum + Math.abs(c - ground[i]), 0);
          };
          const filtered = [...document.querySelectorAll(`${sel} .hotspot`)]
            .filter((b) => b.getAttribute('aria-label').endsWith('(filtered out)'))
            .map((b) => b.dataset.key);
          return { shapes: canvas.dataset.shapes, TX: contrast('TX'), CA: contrast('CA'), filtered };
        }, MAP);
      };
      const west = await map();
      assert.ok(west.filtered.includes('TX') && !west.filtered.includes('CA'), JSON.stringify(west.filtered));
      await p.page.click('[data-filter-region=south]');
      const south = await poll(async () => {
        const s = await map();
        return s.filtered.includes('CA') && !s.filtered.includes('TX') ? s : null;
      });
      assert.ok(south, 'the South filter names the West filtered out and not Texas');
      assert.ok(west.TX < south.TX / 2, `Texas fades under the West filter: ${west.TX} against ${south.TX}`);
      assert.ok(south.CA < west.CA / 2, `California fades under the South filter: ${south.CA} against ${west.CA}`);
      assert.equal(p.log.pageErrors.length + p.log.cspViolations.length, 0, describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  for (const width of [1280, 1024, 390, 360]) {
    test(`comparison cards hold their figures inside their borders (${width} px)`, { timeout: TEST_TIMEOUT }, async () => {
      const p = await openPage(app, { viewport: { width, height: 900 } });
      try {
        // The widest figures: California's top 10% and the nation's.
        await p.page.goto(p.at('/?view=states&states=CA,NY,MA,DC,MN,NV'));
        await waitForView(p, 'states');
        await poll(async () => (await statesSnapshot(p.page)).compared.length === 6);
        const overflowing = await p.page.evaluate(() =>
          [...document.querySelectorAll('.compare-card')].flatMap((card) => {
            const edge = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).borderRightWidth);
            return [...card.querySelectorAll('*')]
              .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
              .map((el) => `${card.querySelector('h4')?.textContent}: "${el.textContent.trim().slice(0, 20)}" ends ${(el.getBoundingClientRect().right - edge).toFixed(1)} px past the border`);
          }),
        );
        assert.deepEqual(overflowing, []);
      } finally {
        await p.close();
      }
    });
  }
});
