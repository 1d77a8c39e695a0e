import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HMR_MANIFEST_UPDATE, HMR_SLIDE_UPDATE } from '../../src/content/hmr-events.ts';
import { expect, gotoSlide, test } from './fixtures.ts';

// The dev server's hot-update messages must not exist in the production app: a page script (or an
// injected one) that fires them as window events must change nothing (issue 15, finding 9).
const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');

test('the built JavaScript has no hot-update listeners', () => {
  const files = readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const js = readFileSync(path.join(DIST, 'assets', f), 'utf8');
    expect(js.includes(HMR_SLIDE_UPDATE), f).toBe(false);
    expect(js.includes(HMR_MANIFEST_UPDATE), f).toBe(false);
  }
});

test('hostile hot-update events leave the production page as it was', async ({ page }) => {
  await gotoSlide(page, '/slides/1');
  const slide = page.locator('article.slide');
  await expect(slide.locator('.slide-content')).toBeVisible();
  const before = await slide.innerHTML();
  const title = await page.title();
  await page.evaluate(
    ([slideEvent, manifestEvent]) => {
      const hostile = '<img src="x" onerror="window.__injected = true"><p id="injected">injected</p>';
      for (const number of [1, 2]) {
        window.dispatchEvent(new CustomEvent(slideEvent, { detail: { number, html: hostile, scriptHtml: hostile, checks: [] } }));
      }
      window.dispatchEvent(new CustomEvent(manifestEvent, { detail: { title: 'injected', slides: [] } }));
      window.dispatchEvent(new CustomEvent(manifestEvent, { detail: null }));
    },
    [HMR_SLIDE_UPDATE, HMR_MANIFEST_UPDATE] as const,
  );
  // Two frames and a moment for any listener's render to land.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  expect(await slide.innerHTML()).toBe(before);
  expect(await page.locator('#injected').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.title()).toBe(title);
  // The deck still works: the next slide loads its real content.
  await gotoSlide(page, '/slides/2');
  await expect(page.locator('article.slide .slide-content')).toBeVisible();
  expect(await page.locator('article.slide').innerHTML()).not.toBe(before);
  await expect(page.locator('#injected')).toHaveCount(0);
});
