// End-to-end tests of installing the page as an app (issue 14, part 2) in headless Chromium under
// the strict CSP: the web app manifest parses without errors, Chromium finds nothing that stops
// the install, the icons are the repository's icon.svg drawn at their sizes, and the theme colour
// follows the colour scheme. Offline use of the installed page is in share.test.mjs.
// Run: node --test tests/e2e/install.test.mjs   (scripts/test.sh builds dist/ first)

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CSP } from '../../scripts/static-server.mjs';
import { DIST, PRODUCT_NAME, REPO_ROOT, describeLog, openPage, poll, startApp, waitForView } from './support.mjs';

const TEST_TIMEOUT = 60_000;
/** The icon's first shape is its background; its fill, as the browser reads it back. */
const ICON_BACKGROUND = readFileSync(path.join(REPO_ROOT, 'icon.svg'), 'utf8')
  .match(/<rect\b[^>]*fill="#([0-9a-f]{6})"/i)[1]
  .match(/../g)
  .map((hex) => parseInt(hex, 16));

function assertClean(p, what) {
  const { log } = p;
  const bad = log.pageErrors.length + log.consoleErrors.length + log.cspViolations.length + log.foreignRequests.length;
  assert.equal(bad, 0, `${what}: the page must have no errors, CSP violations or requests to other hosts:\n${describeLog(log)}`);
}

/** The colour of the theme-color tag the browser uses (the one whose media matches) and the header's, both as rgb(). */
const themeColours = (page) =>
  page.evaluate(() => {
    const meta = [...document.querySelectorAll('meta[name="theme-color"]')].find((m) => matchMedia(m.media || 'all').matches);
    const hex = meta?.content ?? '';
    const rgb = `rgb(${hex.slice(1).match(/../g)?.map((h) => parseInt(h, 16)).join(', ')})`;
    return { meta: rgb, header: getComputedStyle(document.querySelector('header')).backgroundColor };
  });

/** The page's manifest as Chromium read it: its address, its parse errors and its fields. */
async function appManifest(cdp) {
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  return { url, errors, manifest: data ? JSON.parse(data) : null };
}

/** The icon at `url` decoded by the browser: its size and the colours of a corner and of its left edge. */
function readIcon(page, url) {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const at = (x, y) => [...g.getImageData(x, y, 1, 1).data];
    return { width: img.naturalWidth, height: img.naturalHeight, corner: at(0, 0), edge: at(Math.round(img.naturalWidth * 0.04), Math.round(img.naturalHeight / 2)) };
  }, url);
}

describe('Install as an app (issue 14)', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  test('the manifest parses without errors and Chromium finds nothing that stops the install', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app, { installable: true });
    const { page } = p;
    try {
      await page.goto(p.at('/?view=states'));
      await waitForView(p, 'states');
      const cdp = await page.context().newCDPSession(page);
      const { url, errors, manifest } = await appManifest(cdp);
      assert.deepEqual(errors, [], 'the manifest parses without errors');
      assert.match(url, /\/manifest-[0-9a-f]{16}\.webmanifest$/, 'the manifest has a content-hashed name, as the other assets');
      assert.ok(manifest.name.startsWith(PRODUCT_NAME), manifest.name);
      assert.equal(manifest.short_name, PRODUCT_NAME);
      assert.equal(manifest.start_url, './');
      assert.equal(manifest.scope, './');
      assert.equal(manifest.display, 'standalone');
      assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);

      // Chromium checks the service worker and fetches the icons before it answers.
      let installability;
      await poll(async () => {
        ({ installabilityErrors: installability } = await cdp.send('Page.getInstallabilityErrors'));
        return installability.length === 0;
      }, { timeout: 15_000 }).catch(() => {});
      assert.deepEqual(installability, [], 'Page.getInstallabilityErrors gives no errors');

      // Each icon is icon.svg drawn at its declared size: a transparent rounded corner, the background inside.
      const sizes = [];
      for (const icon of manifest.icons) {
        const src = new URL(icon.src, url).href;
        const res = await fetch(src);
        assert.equal(res.status, 200, src);
        assert.equal(res.headers.get('content-type'), 'image/png', src);
        const drawn = await readIcon(page, src);
        assert.equal(icon.sizes, `${drawn.width}x${drawn.height}`, `${icon.src} is as large as it says`);
        assert.equal(drawn.corner[3], 0, `${icon.src}: its corner is rounded off`);
        assert.deepEqual(drawn.edge, [...ICON_BACKGROUND, 255], `${icon.src}: the icon's background colour`);
        sizes.push(drawn.width);
      }
      assert.ok(sizes.includes(192) && sizes.includes(512), `icons at 192 and 512 px: ${sizes}`);
      assertClean(p, 'installable page');
    } finally {
      await p.close();
    }
  });

  test('the theme colour follows the colour scheme and the light one is the manifest\'s', { timeout: TEST_TIMEOUT }, async () => {
    const manifestName = readFileSync(path.join(DIST, 'index.html'), 'utf8').match(/href=["']?\.\/(manifest-[0-9a-f]{16}\.webmanifest)/)?.[1];
    assert.ok(manifestName, 'the built page links its manifest');
    const manifest = JSON.parse(readFileSync(path.join(DIST, manifestName), 'utf8'));
    const p = await openPage(app);
    const { page } = p;
    try {
      const colours = {};
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(p.at('/'));
        await waitForView(p, 'national');
        colours[scheme] = await page.evaluate(() => {
          const meta = [...document.querySelectorAll('meta[name="theme-color"]')].find((m) => matchMedia(m.media || 'all').matches);
          return { theme: meta?.content ?? null, header: getComputedStyle(document.querySelector('header')).backgroundColor };
        });
      }
      assert.equal(colours.light.theme, manifest.theme_color, 'light: the manifest\'s theme colour');
      assert.notEqual(colours.dark.theme, colours.light.theme, 'dark has its own theme colour');
      const rgb = (hex) => `rgb(${hex.slice(1).match(/../g).map((h) => parseInt(h, 16)).join(', ')})`;
      for (const scheme of ['light', 'dark']) {
        assert.equal(rgb(colours[scheme].theme), colours[scheme].header, `${scheme}: the theme colour is the header's`);
      }
      assertClean(p, 'theme colours');
    } finally {
      await p.close();
    }
  });

  test('the theme colour follows a theme picked on the page, before the app starts too', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    const { page } = p;
    const colours = () => themeColours(page);
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(p.at('/'));
      await waitForView(p, 'national');
      const light = await colours();
      assert.equal(light.meta, light.header, 'System on a light system: the light colour');

      await page.selectOption('.theme-picker select', 'dark');
      const dark = await poll(async () => {
        const c = await colours();
        return c.header !== light.header && c.meta === c.header ? c : null;
      }, { timeout: 5_000 });
      assert.ok(dark, `Dark on a light system: the browser's colour is the dark header's (${JSON.stringify(await colours())})`);

      await page.selectOption('.theme-picker select', 'system');
      const back = await poll(async () => {
        const c = await colours();
        return c.header === light.header && c.meta === light.meta ? c : null;
      }, { timeout: 5_000 });
      assert.ok(back, 'System again: the light colour');
      assertClean(p, 'theme colour and the picked theme');

      // Saved as the reader's choice, it is in the page the build wrote, before the app runs.
      const q = await openPage(app);
      try {
        await q.page.emulateMedia({ colorScheme: 'light' });
        await q.page.addInitScript(() => localStorage.setItem('salary-explorer-theme', 'dark'));
        await q.page.route(/\.wasm$/, (route) => route.abort());
        await q.page.goto(q.at('/'));
        assert.deepEqual(await themeColours(q.page), dark, 'before the app starts, the saved dark theme gives the dark colour');
        // Once the app runs, picking Light gives the light colour again.
        await q.page.unroute(/\.wasm$/);
        await q.page.reload();
        await waitForView(q, 'national');
        await q.page.selectOption('.theme-picker select', 'light');
        const relit = await poll(async () => {
          const c = await themeColours(q.page);
          return c.header === light.header && c.meta === light.meta ? c : null;
        }, { timeout: 5_000 });
        assert.ok(relit, `Light after a saved dark theme: the light colour (${JSON.stringify(await themeColours(q.page))})`);
      } finally {
        await q.close();
      }
    } finally {
      await p.close();
    }
  });

  test('the page, the static host headers and the test server send one Content-Security-Policy (the headers with frame-ancestors), which lets the manifest load', () => {
    const page = readFileSync(path.join(REPO_ROOT, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    const headers = readFileSync(path.join(REPO_ROOT, '_headers'), 'utf8').match(/Content-Security-Policy: (.+)/)?.[1];
    // The headers add frame-ancestors, which a meta tag cannot carry (embedding, README Deploy).
    assert.equal(`${page}; frame-ancestors *`, CSP, 'index.html');
    assert.equal(headers, CSP, '_headers');
    assert.match(CSP, /(^|; )manifest-src 'self'(;|$)/);
  });
});
