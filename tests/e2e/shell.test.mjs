// End-to-end tests of the built app (dist/) in headless Chromium, served with the strict CSP.
// Run: node --test tests/e2e/   (scripts/test.sh builds dist/ first)

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import {
  DIST,
  PRODUCT_NAME,
  VIEWPORTS,
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

/** Everything the assertions need about the current page, in one round trip. */
async function snapshot(page) {
  return page.evaluate(() => {
    const visible = (el) => {
      if (!el) return false;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
    };
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nav = document.querySelector('nav[aria-label="Views"]');
    const sections = [...document.querySelectorAll('section[data-view]')];
    const shown = sections.filter(visible);
    const section = shown.length === 1 ? shown[0] : null;
    const notices = document.querySelector('#notices');
    return {
      url: location.href,
      title: document.title,
      h1: text(document.querySelector('h1')),
      h1Visible: visible(document.querySelector('h1')),
      nav: nav
        ? [...nav.querySelectorAll('a')].map((a) => ({
            text: text(a),
            href: a.getAttribute('href'),
            view: new URL(a.href).searchParams.get('view'),
            current: a.getAttribute('aria-current'),
          }))
        : null,
      shownViews: shown.map((s) => s.getAttribute('data-view')),
      h2: section ? text(section.querySelector('h2')) : '',
      charts: section
        ? // A figure that is hidden (the comparison chart before anything is selected) is not shown.
          [...section.querySelectorAll('figure.chart')].filter((fig) => !fig.closest('[hidden]')).map((fig) => {
            const canvas = fig.querySelector('canvas');
            const img = canvas?.closest('[role="img"]');
            const box = canvas?.getBoundingClientRect();
            // Distinct colours in the painted pixels: a blank canvas has one.
            let colours = 0;
            if (canvas && canvas.width > 0 && canvas.height > 0) {
              const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              const seen = new Set();
              for (let i = 0; i < px.length && seen.size < 50; i += 4 * 7) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
              colours = seen.size;
            }
            return {
              id: fig.getAttribute('data-chart'),
              hasCanvas: !!canvas,
              cssWidth: box?.width ?? 0,
              cssHeight: box?.height ?? 0,
              pixelWidth: canvas?.width ?? 0,
              pixelHeight: canvas?.height ?? 0,
              ratio: window.devicePixelRatio,
              shapes: Number(canvas?.getAttribute('data-shapes') ?? 0),
              colours,
              imgInFigure: !!img && fig.contains(img),
              ariaLabel: img?.getAttribute('aria-label')?.trim() ?? '',
              caption: text(fig.querySelector('figcaption')),
            };
          })
        : [],
      tables: section
        ? [...section.querySelectorAll('table')].map((t) => ({
            headCells: t.querySelectorAll('thead th, thead td').length,
            rows: t.querySelectorAll('tbody tr').length,
            filledCells: [...t.querySelectorAll('tbody td, tbody th')].filter((c) => text(c) !== '').length,
            visible: visible(t),
          }))
        : [],
      notices: notices
        ? { role: notices.getAttribute('role'), text: text(notices), visible: visible(notices) }
        : null,
      fatal: document.querySelector('#fatal-error') ? text(document.querySelector('#fatal-error')) || '(empty)' : null,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    };
  });
}

/** The value of attribute `name` in one HTML start tag (quoted or, as minified HTML has it, unquoted). */
function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

function assertClean(p, what) {
  const { log } = p;
  const bad = log.pageErrors.length + log.consoleErrors.length + log.cspViolations.length + log.foreignRequests.length;
  assert.equal(bad, 0, `${what}: the page must have no errors, CSP violations or requests to other hosts:\n${describeLog(log)}`);
}

/** Assert that the page shows `view` completely (nav, heading, charts, tables). */
async function assertShowsView(p, view) {
  await waitForView(p, view.name);
  const selector = view.chart
    ? `section[data-view="${view.name}"] figure.chart canvas[data-shapes]`
    : `section[data-view="${view.name}"] table tbody tr`;
  await p.page.waitForSelector(selector, { state: 'attached' }).catch(async () => {
    throw new Error(
      `view "${view.name}" shows no ${view.chart ? 'chart (figure.chart canvas)' : 'table rows'}\n` +
        JSON.stringify(await snapshot(p.page), null, 2) +
        `\n${describeLog(p.log)}`,
    );
  });
  const s = await snapshot(p.page);
  const ctx = `view "${view.name}" at ${s.url}`;

  assert.equal(s.fatal, null, `${ctx}: #fatal-error is shown: ${s.fatal}\n${describeLog(p.log)}`);
  const urlView = viewOf(s.url);
  if (urlView === null || VIEWS.some((v) => v.name === urlView)) {
    // (A bad ?view= may stay in the address bar; a valid one must match what is shown.)
    assert.equal(urlView ?? 'national', view.name, `${ctx}: the URL names another view than the one shown`);
  }
  assert.deepEqual(s.shownViews, [view.name], `${ctx}: exactly this view's section must be visible`);
  assert.ok(s.h1Visible && s.h1.length > 0, `${ctx}: page needs a visible, non-empty <h1>`);
  assert.ok(s.h2.length > 0, `${ctx}: section needs a non-empty <h2>`);

  assert.ok(s.nav, `${ctx}: missing <nav aria-label="Views">`);
  const navViews = s.nav.map((a) => a.view).sort();
  assert.deepEqual(navViews, VIEWS.map((v) => v.name).sort(), `${ctx}: nav must link every view once`);
  const current = s.nav.filter((a) => a.current === 'page');
  assert.equal(current.length, 1, `${ctx}: exactly one nav link needs aria-current="page", got ${JSON.stringify(current)}`);
  assert.equal(current[0].view, view.name, `${ctx}: the aria-current nav link points at "${current[0].view}"`);
  assert.ok(current[0].text.length > 0, `${ctx}: the current nav link has no text`);

  if (view.chart) {
    assert.ok(s.charts.length >= 1, `${ctx}: needs at least one figure.chart`);
    for (const c of s.charts) {
      const cctx = `${ctx}, chart ${JSON.stringify(c.id)}`;
      assert.ok(c.id, `${cctx}: figure.chart needs a data-chart id`);
      assert.ok(c.hasCanvas, `${cctx}: no <canvas>`);
      assert.ok(c.cssWidth > 50 && c.cssHeight > 50, `${cctx}: the canvas is ${c.cssWidth}x${c.cssHeight} px, too small to be drawn`);
      // Sharp on any screen: the canvas has device pixels for its CSS box.
      assert.ok(Math.abs(c.pixelWidth - c.cssWidth * c.ratio) <= 2 && Math.abs(c.pixelHeight - c.cssHeight * c.ratio) <= 2,
        `${cctx}: the canvas has ${c.pixelWidth}x${c.pixelHeight} pixels for a ${c.cssWidth}x${c.cssHeight} box at ratio ${c.ratio}`);
      assert.ok(c.shapes >= 3, `${cctx}: only ${c.shapes} shapes were painted; the chart looks empty`);
      assert.ok(c.colours >= 3, `${cctx}: the painted canvas has ${c.colours} colours; it looks blank`);
      assert.ok(c.imgInFigure, `${cctx}: the canvas must be inside an element with role="img" in the figure`);
      assert.ok(c.ariaLabel.length > 0, `${cctx}: the role="img" element needs a non-empty aria-label`);
      assert.ok(c.caption.length > 0, `${cctx}: needs a non-empty <figcaption>`);
    }
  }
  assert.ok(s.tables.length >= 1, `${ctx}: needs at least one <table>`);
  const good = s.tables.filter((t) => t.headCells > 0 && t.rows > 0 && t.filledCells > 0 && t.visible);
  assert.ok(good.length >= 1, `${ctx}: needs a visible table with <thead> cells and filled <tbody> rows, got ${JSON.stringify(s.tables)}`);
  return s;
}

describe('Salary Explorer in Chromium', () => {
  let app;
  before(async () => {
    app = await startApp({ csp: true });
  });
  after(async () => {
    await app?.close();
  });

  test('the served index.html is a static shell that paints before wasm', { timeout: TEST_TIMEOUT }, async () => {
    const res = await fetch(app.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    const title = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? '';
    const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? '';
    assert.ok(
      title.includes(PRODUCT_NAME) || h1.includes(PRODUCT_NAME),
      `index.html needs "${PRODUCT_NAME}" in <title> or <h1> (title=${JSON.stringify(title)}, h1=${JSON.stringify(h1)})`,
    );
    const noscript = html.match(/<noscript[^>]*>([\s\S]*?)<\/noscript>/i)?.[1] ?? '';
    assert.ok(noscript.replace(/<[^>]*>/g, '').trim().length > 0, 'index.html needs a <noscript> with a message');
    const meta = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).find((t) => attr(t, 'name') === 'description');
    const desc = meta ? (attr(meta, 'content') ?? '') : '';
    assert.ok(desc.trim().length > 0, 'index.html needs <meta name="description" content="...">');

    // Every script, stylesheet, preload, icon and image must come from the page's own host.
    // (Plain <a href> links to other sites are fine: they are not requests.)
    const refs = [];
    for (const [tag, name] of html.matchAll(/<(script|link|img|iframe|source|embed|object|video|audio)\b[^>]*>/gi)) {
      if (name.toLowerCase() === 'link' && /^(canonical|alternate|author|license|me)$/i.test(attr(tag, 'rel') ?? '')) continue;
      const ref = attr(tag, 'src') ?? attr(tag, 'href') ?? attr(tag, 'data');
      if (ref && !/^(data|blob):/i.test(ref)) refs.push(ref);
    }
    const foreign = refs.filter((r) => {
      const u = new URL(r, app.url);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== app.origin;
    });
    assert.deepEqual(foreign, [], 'index.html must not reference other hosts');

    // Every local asset the page names must be served, with the right type for wasm.
    for (const r of refs) {
      const u = new URL(r, app.url);
      if (u.origin !== app.origin) continue;
      const asset = await fetch(u);
      assert.equal(asset.status, 200, `index.html names ${r}, which is not served (${asset.status})`);
      if (u.pathname.endsWith('.wasm')) assert.equal(asset.headers.get('content-type'), 'application/wasm');
      await asset.arrayBuffer();
    }

    // With JavaScript off, the shell alone shows the product and the noscript message.
    const p = await openPage(app, { javaScriptEnabled: false });
    try {
      await p.page.goto(app.url);
      const shell = await p.page.evaluate(() => ({
        text: document.body.innerText,
        title: document.title,
      }));
      assert.ok(
        shell.text.includes(PRODUCT_NAME) || shell.title.includes(PRODUCT_NAME),
        `without JavaScript the page shows neither a heading nor a title with "${PRODUCT_NAME}"`,
      );
      const noscriptText = noscript.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      const words = noscriptText.split(' ').slice(0, 4).join(' ');
      assert.ok(
        shell.text.replace(/\s+/g, ' ').includes(words),
        `without JavaScript the <noscript> message ("${words}...") is not shown`,
      );
      await p.page.screenshot({ path: screenshotPath('noscript-1280x900'), fullPage: true });
    } finally {
      await p.close();
    }
  });

  for (const view of VIEWS) {
    for (const vp of VIEWPORTS) {
      const size = `${vp.width}x${vp.height}`;
      test(`view ${view.name} loads from its URL at ${size}`, { timeout: TEST_TIMEOUT }, async () => {
        const p = await openPage(app, { viewport: vp });
        try {
          await p.page.goto(p.at(`/?view=${view.name}`));
          await assertShowsView(p, view);
          // Give late effects (async chart draws, lazy requests) a moment to misbehave.
          await p.page.waitForLoadState('networkidle');
          await p.page.screenshot({ path: screenshotPath(`${view.name}-${size}`), fullPage: true });
          const s = await snapshot(p.page);
          assert.ok(
            s.scrollWidth <= s.innerWidth + 1,
            `view "${view.name}" at ${size} scrolls sideways: page is ${s.scrollWidth} px wide in a ${s.innerWidth} px window`,
          );
          assert.equal(s.notices?.text ?? '', '', `view "${view.name}": a valid URL must not show a notice`);
          assertClean(p, `view ${view.name} at ${size}`);
        } finally {
          await p.close();
        }
      });
    }
  }

  test('the page arrives compressed, as from a real host: every text file and the wasm have a brotli and a gzip copy that decode to it', { timeout: TEST_TIMEOUT }, async () => {
    const compressible = readdirSync(DIST).filter((f) => /\.(html|js|mjs|css|wasm|svg|json|txt|webmanifest)$/.test(f));
    assert.ok(compressible.some((f) => f.endsWith('.wasm')) && compressible.includes('index.html'), compressible.join(', '));
    for (const name of compressible) {
      const body = readFileSync(path.join(DIST, name));
      assert.ok(brotliDecompressSync(readFileSync(path.join(DIST, `${name}.br`))).equals(body), `${name}.br`);
      assert.ok(gunzipSync(readFileSync(path.join(DIST, `${name}.gz`))).equals(body), `${name}.gz`);
    }
    // In the browser: the page and its code come with Content-Encoding, and the page works.
    const p = await openPage(app);
    const { page } = p;
    const encodings = new Map();
    page.on('response', async (res) => encodings.set(new URL(res.url()).pathname.split('/').pop() || 'index.html', (await res.allHeaders())['content-encoding']));
    try {
      await page.goto(p.at('/?view=states'));
      await waitForView(p, 'states');
      for (const name of ['index.html', ...compressible.filter((f) => /\.(js|wasm|css)$/.test(f) && f !== 'sw.js')]) {
        assert.equal(encodings.get(name), 'br', `${name} is sent as brotli (${[...encodings].join(', ')})`);
      }
    } finally {
      await p.close();
    }
  });

  test('"/" shows the National view', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(app.url);
      await assertShowsView(p, VIEWS[0]);
      assertClean(p, '"/"');
    } finally {
      await p.close();
    }
  });

  test('charts stay sharp when the device pixel ratio changes (zoom): the canvas is repainted with device pixels for its box', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      await p.page.goto(`${app.url}?view=states`);
      await waitForView(p, 'states');
      const sizes = () =>
        p.page.locator('figure[data-chart="state-map"] canvas[data-shapes]').evaluate((c) => ({
          pixels: c.width,
          css: c.getBoundingClientRect().width,
          ratio: window.devicePixelRatio,
        }));
      const before = await sizes();
      assert.equal(before.ratio, 1);
      assert.ok(Math.abs(before.pixels - before.css) <= 1, JSON.stringify(before));
      // As a zoom does: the window resizes and the ratio changes, while the charts keep their
      // width (main is at most 1080 px wide), so only the ratio can ask for a repaint.
      const cdp = await p.page.context().newCDPSession(p.page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 2, mobile: false });
      const after = await poll(async () => {
        const s = await sizes();
        return s.ratio === 2 && Math.abs(s.pixels - 2 * s.css) <= 2 ? s : null;
      }, { timeout: 5_000 });
      assert.ok(after, `at ratio 2 the canvas has twice as many pixels as its CSS width: ${JSON.stringify(await sizes())}`);
      assert.equal(after.css, before.css, 'the chart kept its width');
      assertClean(p, 'device pixel ratio change');
    } finally {
      await p.close();
    }
  });

  test('nav links switch views; back, forward and reload restore them', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    try {
      await page.goto(app.url);
      await assertShowsView(p, VIEWS[0]);
      const visited = [VIEWS[0]];
      for (const view of [...VIEWS.slice(1), VIEWS[0]]) {
        const link = page.locator(`nav[aria-label="Views"] a[href*="view=${view.name}"]`);
        assert.equal(await link.count(), 1, `nav needs one link to ${view.name}`);
        await link.click();
        await poll(() => (viewOf(page.url()) ?? 'national') === view.name, { timeout: 10_000 });
        assert.equal(viewOf(page.url()) ?? 'national', view.name, `after clicking the ${view.name} link the URL is ${page.url()}`);
        await assertShowsView(p, view);
        visited.push(view);
      }
      // visited: national, states, metros, about, national. Walk back to the start.
      for (let i = visited.length - 2; i >= 0; i--) {
        await page.goBack();
        const want = visited[i];
        await poll(() => (viewOf(page.url()) ?? 'national') === want.name, { timeout: 10_000 });
        await assertShowsView(p, want);
      }
      assert.equal(viewOf(page.url()), null, `back to the start should give "/" again, got ${page.url()}`);
      // And forward again, twice.
      for (const want of visited.slice(1, 3)) {
        await page.goForward();
        await poll(() => viewOf(page.url()) === want.name, { timeout: 10_000 });
        await assertShowsView(p, want);
      }
      // Reloading a deep link gives the same view.
      const deep = VIEWS[2];
      await page.goto(p.at(`/?view=${deep.name}`));
      await assertShowsView(p, deep);
      await page.reload();
      await assertShowsView(p, deep);
      assert.equal(viewOf(page.url()), deep.name);
      assertClean(p, 'navigation');
    } finally {
      await p.close();
    }
  });

  for (const bad of ['/?view=nope&x=%ZZ', '/?view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']) {
    test(`a bad URL (${bad}) falls back to National with a notice`, { timeout: TEST_TIMEOUT }, async () => {
      const p = await openPage(app);
      try {
        await p.page.goto(p.at(bad));
        await assertShowsView(p, VIEWS[0]);
        const s = await poll(
          async () => {
            const snap = await snapshot(p.page);
            return snap.notices?.text ? snap : null;
          },
          { timeout: 5_000 },
        );
        const notices = s?.notices ?? (await snapshot(p.page)).notices;
        assert.ok(notices, `${bad}: no #notices element`);
        assert.equal(notices.role, 'status', `${bad}: #notices needs role="status"`);
        assert.ok(notices.text.length > 0 && notices.visible, `${bad}: #notices must show a message`);
        assert.deepEqual(p.log.pageErrors, [], `${bad}: page errors`);
        const injected = await p.page.evaluate(() => document.querySelectorAll('#notices img, #notices script').length);
        assert.equal(injected, 0, `${bad}: the URL's text must be shown as text, not parsed as HTML`);
        assertClean(p, bad);
      } finally {
        await p.close();
      }
    });
  }

  test('no view has serious accessibility violations (axe-core)', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const require = createRequire(import.meta.url);
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const problems = [];
    for (const view of VIEWS) {
      const p = await openPage(app);
      try {
        await p.page.goto(p.at(`/?view=${view.name}`));
        await assertShowsView(p, view);
        // Evaluated through DevTools, so the page's CSP does not apply to axe itself.
        await p.page.evaluate(axeSource);
        const result = await p.page.evaluate(() =>
          // eslint-disable-next-line no-undef
          axe.run(document, { resultTypes: ['violations'] }),
        );
        for (const v of result.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
          problems.push(`${view.name}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${where})`);
        }
      } finally {
        await p.close();
      }
    }
    assert.deepEqual(problems, [], `axe-core found serious or critical problems:\n${problems.join('\n')}`);
  });
});
