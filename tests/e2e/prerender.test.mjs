// The page as the build writes it (src/prerender.rs): every view's figures before any wasm
// runs, with JavaScript off, and the app taking its place with nothing moved.
// Expected figures come from data/*.json, the files the app embeds.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, VIEWPORTS, VIEWS, openPage, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 90_000;
const readJson = (name) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'data', name), 'utf8'));
const national = readJson('national.json');
const states = readJson('states.json').states;
const metros = readJson('metros.json');
const dollars = (n) => `$${n.toLocaleString('en-US')}`;

/** The figures each view must show, as text found in that view's section. */
const EXPECTED = {
  national: [
    dollars(national.percentiles.median),
    `${dollars(national.percentiles.p10)} – ${dollars(national.percentiles.p90)}`,
    ...['p10', 'p25', 'median', 'p75', 'p90'].map((k) => dollars(national.percentiles[k])),
    `${national.outlook.growth_percent}%`,
  ],
  states: states.flatMap((s) => [s.state, dollars(s.median), dollars(s.bottom_10), dollars(s.top_10)]),
  metros: [
    ...metros.highest_paying.rows.flatMap((r) => [r.area.split(',')[0], dollars(r.median)]),
    ...metros.most_employment.rows.flatMap((r) => [r.area.split(',')[0], r.employment.toLocaleString('en-US')]),
  ],
  about: ['About the data', national.occupation],
};

/** The text of the visible section of `view` (charts' own words left out), its visible controls and SVG charts. */
async function sectionOf(page, view) {
  return page.evaluate((name) => {
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
    };
    const section = [...document.querySelectorAll(`section[data-view="${name}"]`)].find(visible);
    if (!section) return null;
    const svgs = [...section.querySelectorAll('.chart-drawing > svg')].filter(visible);
    for (const svg of svgs) svg.style.display = 'none';
    const text = section.innerText;
    for (const svg of svgs) svg.style.display = '';
    return {
      text,
      charts: svgs.length,
      // A table's column and row names are buttons in the app; without it they read as names.
      controls: [...document.querySelectorAll('input, select, button')]
        .filter((c) => visible(c) && !c.closest('thead, tbody'))
        .map((c) => ({ id: c.id || c.textContent, disabled: c.disabled })),
    };
  }, view);
}

/** Where the view's headings, figures and tables are, the page's height and the layout shift so far. */
async function layoutOf(page) {
  return page.evaluate(() => {
    const section = [...document.querySelectorAll('section[data-view]')].find((s) => s.offsetParent);
    return {
      marks: [...section.querySelectorAll('h2, h3, figure, .table-wrap, .outlook')].map((e) => {
        const box = e.getBoundingClientRect();
        return [e.tagName, Math.round(box.top), Math.round(box.height)].join(':');
      }),
      height: document.documentElement.scrollHeight,
      shift: window.__layoutShift,
    };
  });
}

const RECORD_SHIFTS = () => {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

describe('the page the build writes', () => {
  let app;
  before(async () => {
    app = await startApp({ csp: true });
  });
  after(async () => {
    await app?.close();
  });

  test('with JavaScript off every view shows its figures, the links jump to them and no control shows', { timeout: TEST_TIMEOUT }, async () => {
    for (const viewport of VIEWPORTS) {
      const p = await openPage(app, { viewport, javaScriptEnabled: false });
      try {
        await p.page.goto(p.at('/?view=metros'));
        for (const view of VIEWS) {
          const section = await sectionOf(p.page, view.name);
          assert.ok(section, `${view.name} is shown without JavaScript`);
          for (const figure of EXPECTED[view.name]) {
            assert.ok(section.text.includes(figure), `${view.name} shows ${figure} without JavaScript`);
          }
          assert.equal(section.charts > 0, view.chart, `${view.name}: its charts are drawn as SVG`);
        }
        const { controls } = await sectionOf(p.page, 'national');
        assert.deepEqual(controls, [], 'controls that need JavaScript are hidden');
        const links = await p.page.$$eval('nav a', (as) => as.map((a) => [a.getAttribute('href'), !!document.getElementById(new URL(a.href).hash.slice(1))]));
        assert.equal(links.length, VIEWS.length);
        for (const [href, found] of links) assert.ok(found, `${href} jumps to its view's heading`);
        assert.match(await p.page.locator('noscript').first().evaluate((n) => n.textContent), /need JavaScript/);
        assert.deepEqual(p.log.cspViolations, []);
      } finally {
        await p.close();
      }
    }
  });

  for (const view of VIEWS) {
    test(`before the wasm runs, ?view=${view.name} shows that view's figures, and only that view, with its controls disabled`, { timeout: TEST_TIMEOUT }, async () => {
      const p = await openPage(app);
      await p.page.route(/\.wasm$/, (route) => route.abort());
      try {
        await p.page.goto(p.at(`/?view=${view.name}`));
        const section = await sectionOf(p.page, view.name);
        assert.ok(section, `${view.name} is shown before the app runs`);
        for (const figure of EXPECTED[view.name]) assert.ok(section.text.includes(figure), `${view.name} shows ${figure}`);
        for (const other of VIEWS.filter((v) => v !== view)) {
          assert.equal(await sectionOf(p.page, other.name), null, `${other.name} is not shown on ?view=${view.name}`);
        }
        assert.ok(section.controls.length > 0);
        assert.deepEqual(section.controls.filter((c) => !c.disabled), [], 'no control works before the app does');
        const current = await p.page.$$eval('#app-shell nav a', (as) => as.filter((a) => getComputedStyle(a).fontWeight === '700').map((a) => a.dataset.tab));
        assert.deepEqual(current, [view.name], 'the navigation marks the view shown');
      } finally {
        await p.close();
      }
    });
  }

  test('before the wasm runs, each chart shows once, drawn for the screen\'s width and coloured in the theme in force', { timeout: TEST_TIMEOUT }, async () => {
    const LIGHT = 'rgb(255, 255, 255)';
    const DARK = 'rgb(20, 24, 31)'; // charts::Theme::DARK.background
    const cases = [
      { viewport: VIEWPORTS[0], scheme: 'light', saved: null, size: 'for-wide', ground: LIGHT },
      { viewport: VIEWPORTS[1], scheme: 'dark', saved: null, size: 'for-narrow', ground: DARK },
      { viewport: VIEWPORTS[0], scheme: 'dark', saved: 'light', size: 'for-wide', ground: LIGHT },
      { viewport: VIEWPORTS[1], scheme: 'light', saved: 'dark', size: 'for-narrow', ground: DARK },
    ];
    for (const { viewport, scheme, saved, size, ground } of cases) {
      const p = await openPage(app, { viewport });
      await p.page.route(/\.wasm$/, (route) => route.abort());
      await p.page.emulateMedia({ colorScheme: scheme });
      if (saved) await p.page.addInitScript((theme) => localStorage.setItem('salary-explorer-theme', theme), saved);
      try {
        await p.page.goto(p.at('/?view=states'));
        const shown = await p.page.$$eval('section[data-view="states"] figure', (figures) =>
          figures
            .filter((f) => !f.hidden)
            .map((f) =>
              [...f.querySelectorAll('.chart-drawing > svg')]
                .filter((s) => getComputedStyle(s).display !== 'none')
                .map((s) => [s.getAttribute('class'), getComputedStyle(s.querySelector('.f-background')).fill]),
            ),
        );
        const where = `${scheme} system, saved ${saved}, ${viewport.width} px`;
        assert.equal(shown.length, 2, 'the map and the range chart');
        for (const svgs of shown) assert.deepEqual(svgs, [[size, ground]], where);
      } finally {
        await p.close();
      }
    }
  });

  for (const viewport of VIEWPORTS) {
    test(`at ${viewport.width} px the app takes the page's place with the same words, nothing moved and no id twice`, { timeout: TEST_TIMEOUT * 2 }, async () => {
      for (const view of VIEWS) {
        const seen = {};
        for (const kind of ['page', 'app']) {
          const p = await openPage(app, { viewport });
          await p.page.addInitScript(RECORD_SHIFTS);
          if (kind === 'page') await p.page.route(/\.wasm$/, (route) => route.abort());
          try {
            await p.page.goto(p.at(`/?view=${view.name}`));
            if (kind === 'app') await waitForView(p, view.name);
            // Two frames: the app draws its charts and lists in its first.
            await p.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            seen[kind] = { ...(await sectionOf(p.page, view.name)), ...(await layoutOf(p.page)) };
            if (kind === 'app') {
              const ids = await p.page.$$eval('[id]', (els) => els.map((e) => e.id));
              assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${view.name}: an id is in the page twice`);
              assert.equal(await p.page.locator('#app-shell').count(), 0, 'the app removes the page it replaces');
              assert.equal(seen.app.shift, 0, `${view.name}: layout shift after the app took over`);
            }
          } finally {
            await p.close();
          }
        }
        assert.equal(seen.page.text, seen.app.text, `${view.name}: the page the build wrote says what the app says`);
        assert.deepEqual(seen.page.marks, seen.app.marks, `${view.name}: headings, charts and tables are where the app puts them`);
        assert.equal(seen.page.height, seen.app.height, `${view.name}: the page is as tall as the app`);
      }
    });
  }
});
