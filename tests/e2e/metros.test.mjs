// End-to-end tests of the Metro areas view in headless Chromium (served with the strict CSP):
// filtering by state through the menu, the link and the "my selected states" switch, and the
// cross-highlight of the metro that is in both top-10 lists.
// Run: node --test tests/e2e/   (scripts/test.sh builds dist/ first)

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { afterNextFrame, VIEWPORTS, describeLog, openPage, poll, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 90_000;
const LA = 'Los Angeles-Long Beach-Anaheim, CA';

/** What the Metro areas view shows, in one round trip. */
async function metros(page) {
  await afterNextFrame(page);
  return page.evaluate(() => {
    const list = (id) => {
      const wrap = document.querySelector(`.metro-chart[data-list="${id}"]`);
      const table = wrap?.nextElementSibling?.querySelector?.('table') ?? null;
      return {
        keys: [...(wrap?.querySelectorAll('.hotspot:not([hidden])') ?? [])].map((b) => b.getAttribute('data-key')),
        shapes: Number(wrap?.querySelector('canvas')?.getAttribute('data-shapes') ?? 0),
        // The painted pixels, as a short fingerprint: it changes when the drawing changes.
        pixels: (() => {
          const canvas = wrap?.querySelector('canvas');
          if (!canvas || canvas.width === 0) return '';
          const url = canvas.toDataURL();
          let h = 0;
          for (let i = 0; i < url.length; i++) h = (h * 31 + url.charCodeAt(i)) | 0;
          return `${url.length}:${h}`;
        })(),
        alternative: wrap?.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
        labels: Object.fromEntries([...(wrap?.querySelectorAll('.hotspot:not([hidden])') ?? [])].map((b) => [b.getAttribute('data-key'), b.getAttribute('aria-label')])),
        empty: wrap?.querySelector('.metro-empty')?.textContent.trim() ?? null,
        active: wrap?.getAttribute('data-active-metro') ?? null,
        tableRows: table ? table.querySelectorAll('tbody tr').length : 0,
      };
    };
    return {
      url: location.href,
      select: document.querySelector('#metro-state')?.value ?? null,
      toggle: document.querySelector('#metro-in-selected')?.checked ?? null,
      selectedText: document.querySelector('#metro-selected-states')?.textContent.trim() ?? '',
      counts: document.querySelector('.metro-counts')?.textContent.trim() ?? '',
      notices: document.querySelector('#notices')?.textContent.trim() ?? '',
      pay: list('metro-pay'),
      jobs: list('metro-jobs'),
    };
  }).then((s) => ({ ...s, query: Object.fromEntries(new URL(s.url).searchParams) }));
}

function assertClean(p, what) {
  const { log } = p;
  const bad = log.pageErrors.length + log.consoleErrors.length + log.cspViolations.length + log.foreignRequests.length;
  assert.equal(bad, 0, `${what}: the page must have no errors, CSP violations or requests to other hosts:\n${describeLog(log)}`);
}

async function open(app, path, viewport) {
  const p = await openPage(app, viewport ? { viewport } : {});
  await p.page.goto(p.at(path));
  await waitForView(p, 'metros');
  await p.page.waitForSelector('#metro-state');
  return p;
}

/** Waits until the view satisfies `check`; fails with what it shows instead. */
async function until(p, what, check) {
  const last = await poll(async () => {
    const s = await metros(p.page);
    return check(s) ? s : null;
  }, { timeout: 10_000 });
  if (!last) {
    throw new Error(`${what}: not reached; the view shows\n${JSON.stringify(await metros(p.page), null, 2)}\n${describeLog(p.log)}`);
  }
  return last;
}

describe('Metro areas view', () => {
  let app;
  before(async () => {
    app = await startApp({ csp: true });
  });
  after(async () => {
    await app?.close();
  });

  test('both top-10 lists are shown in full, with the in-both metro marked', { timeout: TEST_TIMEOUT }, async () => {
    const p = await open(app, '/?view=metros');
    try {
      const s = await until(p, 'ten bars in each chart', (s) => s.pay.keys.length === 10 && s.jobs.keys.length === 10);
      assert.equal(s.pay.tableRows, 10);
      assert.equal(s.jobs.tableRows, 10);
      assert.ok(s.pay.keys.includes(LA) && s.jobs.keys.includes(LA));
      for (const list of [s.pay, s.jobs]) {
        const inBoth = Object.entries(list.labels).filter(([, label]) => /also in the/.test(label)).map(([key]) => key);
        assert.deepEqual(inBoth, [LA], 'Los Angeles, and only it, is said to be in both lists');
        assert.ok(list.shapes > 20, `the chart is painted (${list.shapes} shapes)`);
      }
      const lede = await p.page.locator('.metro-two-lists').textContent();
      assert.match(lede, /two different top-10 lists/);

      // The tables sort by their headers: twice on a figure gives the smallest first.
      const jobsTable = p.page.locator('table', { has: p.page.locator('caption', { hasText: 'most people employed' }) });
      // Rows are reordered in the frame after the click.
      const firstRow = async () => {
        await afterNextFrame(p.page);
        return jobsTable.locator('tbody tr').first().textContent();
      };
      const peopleHeader = jobsTable.getByRole('button', { name: /People employed/ });
      await peopleHeader.click();
      await peopleHeader.click();
      assert.equal(await jobsTable.locator('th[aria-sort="ascending"]').count(), 1);
      assert.match(await firstRow(), /Seattle-Tacoma-Bellevue.*610.*WA/);
      await jobsTable.getByRole('button', { name: /Metro area/ }).click();
      assert.match(await firstRow(), /^Baltimore-Columbia-Towson/);
      // The sort is part of the link: reloading it gives the same order.
      await afterNextFrame(p.page);
      assert.equal(new URL(p.page.url()).searchParams.get('esort'), '0a');
      await p.page.reload();
      await p.page.waitForSelector('section[data-view="metros"] table tbody tr');
      assert.match(await firstRow(), /^Baltimore-Columbia-Towson/);
      assert.equal(await jobsTable.locator('th[aria-sort="ascending"]').count(), 1);
      assertClean(p, 'metros view');
    } finally {
      await p.close();
    }
  });

  test('choosing a state in the menu filters both lists and writes the link', { timeout: TEST_TIMEOUT }, async () => {
    const p = await open(app, '/?view=metros');
    try {
      await p.page.selectOption('#metro-state', 'KS');
      let s = await until(p, 'Kansas only', (s) => s.pay.keys.length === 1 && s.jobs.keys.length === 1);
      assert.deepEqual(s.pay.keys, ['Topeka, KS']);
      assert.deepEqual(s.jobs.keys, ['Kansas City, MO-KS'], 'a metro spanning MO and KS matches Kansas');
      assert.equal(s.query.metro, 'KS');
      assert.equal(s.pay.tableRows, 1);
      assert.match(s.counts, /Showing 1 of 10 highest-paying and 1 of 10 most-employment metro areas in Kansas/);

      await p.page.selectOption('#metro-state', 'TX');
      s = await until(p, 'Texas: no paying metro', (s) => s.pay.empty !== null && s.jobs.keys.length === 2);
      assert.match(s.pay.empty, /No metro area in the highest-paying list lies in Texas/);
      assert.equal(s.pay.shapes, 0, 'an empty list shows a message, not an empty chart');
      assert.equal(s.query.metro, 'TX');

      await p.page.selectOption('#metro-state', '');
      s = await until(p, 'all states again', (s) => s.pay.keys.length === 10 && s.jobs.keys.length === 10);
      assert.equal(s.query.metro, undefined);
      assertClean(p, 'filtering by the menu');
    } finally {
      await p.close();
    }
  });

  test('a link with a state filters the lists; a bad one is ignored with a notice', { timeout: TEST_TIMEOUT }, async () => {
    let p = await open(app, '/?view=metros&metro=WI');
    try {
      const s = await until(p, 'Wisconsin from the link', (s) => s.pay.keys.length === 1 && s.jobs.keys.length === 1);
      assert.equal(s.select, 'WI');
      assert.deepEqual(s.pay.keys, ['Minneapolis-St. Paul-Bloomington, MN-WI']);
      assert.deepEqual(s.jobs.keys, ['Chicago-Naperville-Elgin, IL-IN-WI']);
      assertClean(p, 'metro=WI');
    } finally {
      await p.close();
    }

    p = await open(app, '/?view=metros&metro=%3Cimg%20src%3Dx%3E&metro_in=maybe');
    try {
      const s = await until(p, 'full lists despite the bad link', (s) => s.pay.keys.length === 10 && s.jobs.keys.length === 10);
      assert.match(s.notices, /Ignored the link's metro=/);
      assert.match(s.notices, /Ignored the link's metro_in=/);
      assert.equal(s.select, '');
      assert.equal(s.toggle, false);
      assert.equal(await p.page.locator('section[data-view="metros"] img').count(), 0, 'link text is never markup');
      assertClean(p, 'a bad metro link');
    } finally {
      await p.close();
    }
  });

  test('"only metros in my selected states" uses the States view selection', { timeout: TEST_TIMEOUT }, async () => {
    let p = await open(app, '/?view=metros&states=MN,TX&metro_in=selected');
    try {
      let s = await until(p, 'MN and TX metros', (s) => s.pay.keys.length === 1 && s.jobs.keys.length === 2);
      assert.equal(s.toggle, true);
      assert.match(s.selectedText, /Minnesota, Texas/);
      await p.page.uncheck('#metro-in-selected');
      s = await until(p, 'switch off', (s) => s.pay.keys.length === 10);
      assert.equal(s.query.metro_in, undefined);
      assert.equal(s.query.states, 'MN,TX', 'the selection itself is kept');
      assertClean(p, 'selected states');
    } finally {
      await p.close();
    }

    p = await open(app, '/?view=metros');
    try {
      await p.page.check('#metro-in-selected');
      const s = await until(p, 'nothing selected', (s) => s.pay.empty !== null && s.jobs.empty !== null);
      assert.match(s.pay.empty, /No states are selected/);
      assert.match(s.selectedText, /not selected any states/);
      assert.equal(s.query.metro_in, 'selected');
      await p.page.getByRole('link', { name: 'Select states in the States view' }).click();
      await waitForView(p, 'states');
      assert.match(p.page.url(), /view=states/);
      assert.match(p.page.url(), /metro_in=selected/, 'going to the States view keeps the filter for the way back');
      assertClean(p, 'no selected states');
    } finally {
      await p.close();
    }
  });

  for (const viewport of VIEWPORTS) {
    test(`hovering or focusing Los Angeles in one chart highlights it in the other (${viewport.width} px)`, { timeout: TEST_TIMEOUT }, async () => {
      const p = await open(app, '/?view=metros', viewport);
      try {
        await until(p, 'charts drawn', (s) => s.pay.keys.length === 10 && s.jobs.keys.length === 10);
        const before = await metros(p.page);
        assert.ok(!before.jobs.active && !before.pay.active, 'nothing is highlighted at first');
        assert.ok(before.jobs.pixels && before.pay.pixels, 'both charts are painted');

        // Hover in the salary chart: the employment chart highlights the same metro.
        const payLa = p.page.locator(`.metro-chart[data-list="metro-pay"] .hotspot[data-key="${LA}"]`);
        await payLa.hover();
        let s = await until(p, 'LA highlighted in the jobs chart', (s) => s.jobs.active === LA && s.jobs.pixels !== before.jobs.pixels);
        assert.equal(s.pay.active, LA);
        assert.notEqual(s.pay.pixels, before.pay.pixels, 'and repainted in the chart under the pointer');
        const tooltip = await p.page.locator('.metro-chart[data-list="metro-pay"] .chart-tooltip').textContent();
        assert.match(tooltip, /median \$83,660, \+\$25,410 \(\+43\.6%\) vs US median \$58,250; CA median \$84,770/);

        // Moving away clears it.
        await p.page.mouse.move(1, 1);
        await until(p, 'highlight cleared', (s) => !s.jobs.active && s.jobs.pixels === before.jobs.pixels && s.pay.pixels === before.pay.pixels);

        // Keyboard: focus the employment chart and step down from New York to Los Angeles.
        const first = p.page.locator('.metro-chart[data-list="metro-jobs"] .hotspot:not([hidden])').first();
        await first.focus();
        await p.page.keyboard.press('ArrowDown');
        s = await until(p, 'LA highlighted in the pay chart', (s) => s.pay.active === LA && s.pay.pixels !== before.pay.pixels);
        const focused = await p.page.evaluate(() => document.activeElement?.getAttribute('data-key'));
        assert.equal(focused, LA);
        const jobsTip = await p.page.locator('.metro-chart[data-list="metro-jobs"] .chart-tooltip').textContent();
        assert.match(jobsTip, /1,060 people employed; also in the highest-paying list \(median \$83,660\)/);

        // A metro in one list only highlights nothing in the other.
        await p.page.keyboard.press('ArrowDown');
        s = await until(p, 'Dallas focused', (s) => s.jobs.active === 'Dallas-Fort Worth-Arlington, TX');
        // Dallas is not in the pay list: the pay chart is painted as with nothing highlighted.
        await until(p, 'nothing highlighted in the pay chart', (s) => s.pay.pixels === before.pay.pixels);

        const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        assertClean(p, 'cross-highlight');
      } finally {
        await p.close();
      }
    });
  }
});
