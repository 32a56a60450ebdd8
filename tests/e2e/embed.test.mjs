// End-to-end tests of embedding in headless Chromium: a page on another origin
// (http://localhost:PORT2, the app being on http://127.0.0.1:PORT) frames each chart, and each
// draws with no errors or CSP violations; the snippet a chart's "Embed" gives opens the same
// chart with the same filters; embed mode shows only the chart, its title, summary, source and
// a link to the whole page; a bad embed value is dropped with a notice.
// Run: node --test tests/e2e/embed.test.mjs   (after trunk build --release)

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { describeLog, openPage, poll, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 120_000;
const CHARTS = ['national-percentiles', 'state-map', 'state-ranges', 'state-compare', 'metro-pay', 'metro-jobs'];

/** A server on localhost (another origin than the app's 127.0.0.1) that sends `pages[path]`. */
async function startHostSite(pages) {
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url, 'http://localhost').pathname);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const hostPage = (title, body) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>`;

/** What an embedded page shows, read inside its frame. */
async function embedded(frame) {
  return frame.evaluate(() => {
    const shown = (el) => !!el && el.checkVisibility();
    const figure = document.querySelector('figure[data-embedded]');
    // Not built yet: nothing drawn.
    if (!figure) return { shapes: 0 };
    const canvas = figure?.querySelector('canvas');
    const link = document.querySelector('.embed-source a');
    // Everything on screen but the figure, its title and its source line.
    const others = [...document.querySelectorAll('body *')].filter(
      (el) =>
        shown(el) &&
        el.children.length === 0 &&
        !figure.contains(el) &&
        !el.closest('.embed-head, .embed-source'),
    );
    return {
      chart: figure?.dataset.chart ?? null,
      figures: [...document.querySelectorAll('figure')].filter(shown).length,
      shapes: Number(canvas?.getAttribute('data-shapes') ?? 0),
      title: document.querySelector('.embed-head h1')?.textContent ?? '',
      summary: figure?.querySelector('.chart-summary')?.textContent ?? '',
      describedBy: figure?.querySelector('[role="img"]')?.getAttribute('aria-describedby') ?? '',
      label: figure?.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
      source: document.querySelector('.embed-source')?.textContent ?? '',
      link: link && { href: link.href, target: link.target, rel: link.rel, text: link.textContent },
      others: others.map((el) => el.outerHTML.slice(0, 80)),
      captionShown: shown(figure?.querySelector('figcaption')),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      theme: document.documentElement.getAttribute('data-theme'),
      // A third-party frame may have no storage at all.
      savedTheme: (() => {
        try {
          return localStorage.getItem('salary-explorer-theme');
        } catch {
          return null;
        }
      })(),
    };
  });
}

/** The frame (of `page`) whose address names `chart`. */
const frameOf = (page, chart) => page.frames().find((f) => f.url().includes(`embed=${chart}`));

describe('Embedding a chart', () => {
  let app;
  let host;
  const pages = new Map();
  before(async () => {
    app = await startApp();
    host = await startHostSite(pages);
  });
  after(async () => {
    await host?.close();
    await app?.close();
  });

  test('a page on another origin frames every chart, and each draws with no errors', { timeout: TEST_TIMEOUT }, async () => {
    const frames = CHARTS.map(
      (chart) =>
        `<iframe src="${app.url}?view=states&amp;states=CA,TX&amp;embed=${chart}" title="${chart}" width="360" height="700"></iframe>`,
    );
    pages.set('/all.html', hostPage('Every chart', frames.join('\n')));
    const p = await openPage(app, { abortForeign: false });
    try {
      await p.page.goto(`${host.origin}/all.html`);
      for (const chart of CHARTS) {
        const shown = await poll(async () => {
          const frame = frameOf(p.page, chart);
          const seen = frame && (await embedded(frame).catch(() => null));
          return seen?.shapes > 0 && seen.summary ? seen : null;
        });
        assert.ok(shown, `${chart} draws in its frame: ${describeLog(p.log)}`);
        assert.equal(shown.chart, chart);
        assert.ok(shown.title.length > 0, `${chart} has its title`);
        assert.equal(await frameOf(p.page, chart).title(), `${shown.title} · Salary Explorer`);
        assert.equal(shown.describedBy, `${chart}-summary`);
        // The framed page shows no table, so the text alternative points to none.
        assert.ok(shown.label.length > 40, `${chart}: a text alternative (${shown.label})`);
        assert.doesNotMatch(shown.label, /table/i, `${chart}: no table below an embedded chart`);
        assert.equal(shown.figures, 1, `${chart} is the one figure shown`);
        assert.deepEqual(shown.others, [], `${chart}: nothing else is shown (no header, navigation, toolbar, footer or table)`);
        assert.equal(shown.captionShown, false, `${chart}: no caption or downloads`);
        assert.equal(shown.source, 'Source: U.S. Bureau of Labor Statistics (BLS), wages 2022. Open in Salary Explorer');
        assert.equal(shown.link.target, '_blank');
        assert.equal(shown.link.rel, 'noopener');
        const open = new URL(shown.link.href);
        assert.equal(open.origin, app.origin, 'the link opens the app itself');
        // The chart's own view (National is the page's default, so the link leaves it out).
        const view = chart.startsWith('metro') ? 'view=metros&' : chart.startsWith('state') ? 'view=states&' : '';
        assert.equal(open.search, `?${view}states=CA,TX`);
        assert.ok(shown.overflow <= 0, `${chart} fits its 360 px frame (overflow ${shown.overflow} px)`);
      }
      // Only the host page itself was fetched from the other origin.
      const foreign = p.log.foreignRequests.filter((r) => !r.startsWith(`GET ${host.origin}/all.html`));
      assert.deepEqual(foreign, [], describeLog(p.log));
      assert.deepEqual([p.log.pageErrors, p.log.consoleErrors, p.log.cspViolations], [[], [], []], describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('the snippet from "Embed" round-trips: the framed chart shows the same filters', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app, { abortForeign: false });
    const { page } = p;
    try {
      await page.goto(p.at('/?view=states&area=west&pay=hourly'));
      await waitForView(p, 'states');
      const figure = page.locator('figure[data-chart="state-ranges"]');
      const onPage = await poll(async () => {
        const t = await figure.locator('.chart-summary').textContent();
        return /^\d+ of the 48/.test(t) ? t : null;
      });
      // Opened with the keyboard: the disclosure fills in the snippet.
      await figure.locator('.embed summary').focus();
      await page.keyboard.press('Enter');
      const code = figure.locator('textarea');
      await code.waitFor({ state: 'visible' });
      const snippet = await poll(async () => (await code.inputValue()) || null);
      assert.ok(snippet, 'the snippet is written when the disclosure opens');
      assert.equal(await code.getAttribute('readonly'), '');
      assert.equal(await page.locator(`label[for="${await code.getAttribute('id')}"]`).count(), 1, 'the field has a label');
      // Read here, not in the page: its policy would refuse the snippet's style attribute.
      const iframe = snippet.match(/^<iframe src="([^"<>]*)"[^<>]*><\/iframe>$/);
      const src = iframe?.[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&');
      assert.ok(src, `the snippet is one iframe: ${snippet}`);
      const url = new URL(src);
      assert.equal(url.origin, app.origin);
      assert.deepEqual(Object.fromEntries(url.searchParams), { view: 'states', pay: 'hourly', area: 'west', embed: 'state-ranges' });

      // Copy says what happened (headless Chromium may refuse the clipboard).
      await figure.locator('[data-action="copy-embed"]').click();
      const status = await poll(async () => (await figure.locator('.embed-status').textContent()) || null);
      assert.match(status, /^(Copied\.|Select the HTML above and copy it\.)$/);

      // A filter change while it is open is in the snippet at once.
      await page.click('[data-filter-region=south]');
      assert.ok(await poll(async () => (await code.inputValue()).includes('area=south')), await code.inputValue());
      await page.click('[data-filter-region=west]');
      assert.ok(await poll(async () => (await code.inputValue()).includes('area=west')));

      // Pasted on another site, it shows the same chart and the same summary.
      pages.set('/pasted.html', hostPage('Pasted', `<p>Our article</p>${await code.inputValue()}`));
      await page.goto(`${host.origin}/pasted.html`);
      const framed = await poll(async () => {
        const frame = frameOf(page, 'state-ranges');
        const seen = frame && (await embedded(frame).catch(() => null));
        return seen?.shapes > 0 && seen.summary ? seen : null;
      });
      assert.ok(framed, describeLog(p.log));
      assert.equal(framed.summary, onPage);
      assert.match(framed.summary, /national median of \$28\.00/);
      // And its link goes back to the whole page with the same filters.
      assert.equal(new URL(framed.link.href).search, '?view=states&pay=hourly&area=west');
      assert.deepEqual([p.log.pageErrors, p.log.consoleErrors, p.log.cspViolations], [[], [], []], describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('embed mode takes theme= without saving it, and fits 320 px', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app, { viewport: { width: 320, height: 700 } });
    try {
      await p.page.emulateMedia({ colorScheme: 'light' });
      await p.page.goto(p.at('/?view=metros&embed=metro-pay&theme=dark'));
      const shown = await poll(async () => {
        const seen = await embedded(p.page.mainFrame());
        return seen.shapes > 0 ? seen : null;
      });
      assert.ok(shown, describeLog(p.log));
      assert.equal(shown.theme, 'dark');
      assert.equal(shown.savedTheme, null, 'an embedding site\'s colours are not saved as the reader\'s choice');
      assert.ok(shown.overflow <= 0, `fits 320 px (overflow ${shown.overflow})`);
      const background = await p.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(background, 'rgb(246, 247, 249)', 'the dark palette is used');

      // Without theme=, it follows the system setting.
      await p.page.emulateMedia({ colorScheme: 'dark' });
      await p.page.goto(p.at('/?view=metros&embed=metro-jobs'));
      const system = await poll(async () => {
        const seen = await embedded(p.page.mainFrame());
        return seen.shapes > 0 ? seen : null;
      });
      assert.equal(system.theme, null);
      assert.equal(await p.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      assert.deepEqual([p.log.pageErrors, p.log.consoleErrors, p.log.cspViolations], [[], [], []], describeLog(p.log));
    } finally {
      await p.close();
    }
  });

  test('an unknown chart is dropped with a notice and the whole page shows', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(p.at('/?view=states&embed=pie-chart'));
      await waitForView(p, 'states');
      const notice = await poll(async () => (await p.page.locator('#notices').textContent()) || null);
      assert.match(notice, /Ignored the link's embed=“pie-chart”: not a chart of this page\./);
      assert.equal(await p.page.locator('.site-header').count(), 1);
      assert.ok(await p.page.locator('.site-header').isVisible(), 'the header shows');
      assert.ok(await p.page.locator('section[data-view="states"] table').isVisible(), 'the whole view shows');
      assert.equal(await p.page.locator('html[data-embed]').count(), 0);
    } finally {
      await p.close();
    }
  });
});
