// Accessibility gates: axe-core finds nothing (WCAG 2.0/2.1/2.2 A and AA, and best practices)
// on any view, at desktop and phone widths, in both themes; the keyboard reaches and operates
// every control with a visible focus; selection and "no data" are never told by colour alone.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VIEWS, VIEWPORTS, describeLog, openPage, startApp, waitForView } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const TEST_TIMEOUT = 180_000;

/** Runs axe on the page; returns "rule (impact): targets" lines. */
async function axeViolations(page) {
  // Evaluated through DevTools, so the page's CSP does not apply to axe itself.
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')} — ${v.help}`,
  );
}

describe('accessibility', () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.close();
  });

  test('axe-core reports no violations on any view, width or theme', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const problems = [];
    for (const scheme of ['light', 'dark']) {
      for (const viewport of VIEWPORTS) {
        const p = await openPage(app, { viewport });
        try {
          await p.page.emulateMedia({ colorScheme: scheme });
          for (const view of VIEWS) {
            // A selection with a state without data exercises the most markup.
            await p.page.goto(p.at(`/?view=${view.name}&states=CA,AL,TX`));
            await waitForView(p, view.name);
            await p.page.waitForTimeout(150);
            for (const line of await axeViolations(p.page)) problems.push(`${scheme} ${viewport.width}px ${view.name}: ${line}`);
          }
          assert.deepEqual(p.log.pageErrors, [], describeLog(p.log));
        } finally {
          await p.close();
        }
      }
    }
    assert.deepEqual(problems, [], `axe-core found:\n${problems.join('\n')}`);
  });

  test('axe-core reports no violations on the page the build writes: each view before the wasm runs, and every view as shown with JavaScript off', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const problems = [];
    for (const scheme of ['light', 'dark']) {
      for (const viewport of VIEWPORTS) {
        const p = await openPage(app, { viewport });
        await p.page.route(/\.wasm$/, (route) => route.abort());
        try {
          await p.page.emulateMedia({ colorScheme: scheme });
          for (const view of VIEWS) {
            await p.page.goto(p.at(`/?view=${view.name}`));
            for (const line of await axeViolations(p.page)) problems.push(`${scheme} ${viewport.width}px before the wasm, ${view.name}: ${line}`);
          }
          // axe needs scripts to run; the page as JavaScript-off readers get it is the same
          // page with no view marked (every view shown, the controls hidden).
          await p.page.evaluate(() => document.documentElement.removeAttribute('data-view'));
          for (const line of await axeViolations(p.page)) problems.push(`${scheme} ${viewport.width}px every view: ${line}`);
        } finally {
          await p.close();
        }
      }
    }
    assert.deepEqual(problems, [], `axe-core found:\n${problems.join('\n')}`);
  });

  test('the keyboard reaches every control on each view, with a visible focus', { timeout: TEST_TIMEOUT * 2 }, async () => {
    for (const view of VIEWS) {
      const p = await openPage(app);
      try {
        await p.page.goto(p.at(`/?view=${view.name}`));
        await waitForView(p, view.name);
        // Every control that should be reachable: roving-tabindex items count once per group.
        const expected = await p.page.evaluate(() => {
          const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')];
          const seenRadioGroups = new Set();
          const visible = controls.filter((el) => {
            const r = el.getBoundingClientRect();
            // A radio group is one tab stop (its checked radio); the arrows move within it.
            if (el.type === 'radio') {
              if (!el.checked || seenRadioGroups.has(el.name)) return false;
              seenRadioGroups.add(el.name);
            }
            return r.width > 0 && r.height > 0 && !el.disabled && el.getAttribute('tabindex') !== '-1';
          });
          return visible.map((el, i) => {
            el.setAttribute('data-kb-id', String(i));
            return { id: String(i), what: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') || el.textContent || el.name || '').trim().slice(0, 40)}` };
          });
        });
        const reached = new Set();
        const unfocusedLook = [];
        await p.page.locator('body').focus().catch(() => {});
        for (let i = 0; i < expected.length + 40 && reached.size < expected.length; i++) {
          await p.page.keyboard.press('Tab');
          const info = await p.page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            // Native radios/checkboxes show focus on their styled sibling.
            const sibling = el.nextElementSibling ? getComputedStyle(el.nextElementSibling) : null;
            const siblingOutlined = !!sibling && sibling.outlineStyle !== 'none' && parseFloat(sibling.outlineWidth) >= 2;
            return { id: el.getAttribute('data-kb-id'), visible: outlined || siblingOutlined || style.boxShadow !== 'none', tag: el.tagName };
          });
          if (!info) continue;
          if (info.id !== null) reached.add(info.id);
          if (!info.visible) unfocusedLook.push(`${info.tag}#${info.id}`);
        }
        const missed = expected.filter((e) => !reached.has(e.id)).map((e) => e.what);
        assert.deepEqual(missed, [], `${view.name}: Tab never reached: ${missed.join('; ')}`);
        assert.deepEqual([...new Set(unfocusedLook)], [], `${view.name}: focus not visible on ${unfocusedLook.join(', ')}`);
      } finally {
        await p.close();
      }
    }
  });

  test('every chart has a text alternative and a table; selection and no data are not colour alone', { timeout: TEST_TIMEOUT }, async () => {
    const p = await openPage(app);
    try {
      for (const view of VIEWS.filter((v) => v.chart)) {
        await p.page.goto(p.at(`/?view=${view.name}&states=CA,AL`));
        await waitForView(p, view.name);
        const charts = await p.page.$$eval('figure.chart', (figs) =>
          figs.map((f) => ({
            id: f.getAttribute('data-chart'),
            label: f.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
          })),
        );
        assert.ok(charts.length > 0, `${view.name} has charts`);
        for (const chart of charts) assert.ok(chart.label.length > 40, `${view.name}/${chart.id} needs a text alternative that states its figures`);
        const tables = await p.page.$$eval(`section[data-view="${view.name}"] table tbody tr`, (rows) => rows.length);
        assert.ok(tables > 0, `${view.name} has a data table`);
      }
      // States: selection is told by aria-pressed and a visible mark, no data by words.
      await p.page.goto(p.at('/?view=states&states=CA'));
      await waitForView(p, 'states');
      const pressed = await p.page.$$eval('[aria-pressed="true"]', (els) => els.length);
      assert.ok(pressed > 0, 'selected states are marked with aria-pressed');
      const marked = await p.page.$$eval('table tbody tr', (rows) =>
        rows.filter((r) =>
          [...r.querySelectorAll('*')].some((el) => /✓/.test(el.textContent + getComputedStyle(el, '::before').content)),
        ).length,
      );
      assert.equal(marked, 1, 'the selected row carries a visible check mark, not only a colour');
      const noData = await p.page.$$eval('figure.chart .hotspot', (els) =>
        els.map((e) => e.getAttribute('aria-label') || '').filter((l) => /no data/i.test(l)),
      );
      assert.ok(noData.length >= 3, `Alabama, North Dakota and Wyoming say "no data" in words, got ${JSON.stringify(noData)}`);
      const alternative = await p.page.$eval('figure.chart[data-chart="state-map"] [role="img"]', (img) => img.getAttribute('aria-label')).catch(() => '');
      assert.match(alternative, /Alabama, North Dakota and Wyoming have no data/, 'the map says in words which states have no data');
      const caption = await p.page.$eval('figure.chart[data-chart="state-map"] figcaption', (c) => c.textContent).catch(() => '');
      assert.match(caption, /Hatched tiles have no data/, 'the caption explains the hatched tiles');
    } finally {
      await p.close();
    }
  });
});
