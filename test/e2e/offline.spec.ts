import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SLIDE_TITLES as TITLES } from './deck-content.ts';

// These tests need the deck's service worker; other specs do not depend on it either way.
test.use({ serviceWorkers: 'allow' });

const WITH_CODE = new Set([2, 3, 4, 7, 8]);
// Slide 4's block is plain `text`: code font, no colours.
const HIGHLIGHTED = new Set([2, 3, 7, 8]);

async function firstVisit(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // `ready` means installed and active, so the precache is complete.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The slide on screen, in its fonts, with its code coloured. */
async function expectSlideWorks(page: Page, n: number) {
  const slide = page.locator('article.slide');
  await expect(slide.locator('h1')).toHaveText(TITLES[n - 1]!);
  await expect(slide.locator('.slide-content')).toBeVisible();
  if (HIGHLIGHTED.has(n)) {
    const colours = await slide.locator('pre.shiki code span[style*="--shiki"]').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
    expect(colours, `slide ${n}: highlighted code`).toBeGreaterThanOrEqual(3);
  }
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = (family: string) => [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
    return { check: document.fonts.check('16px "Inter Variable"'), inter: loaded('Inter Variable'), mono: loaded('JetBrains Mono Variable') };
  });
  expect(fonts.check && fonts.inter, `slide ${n}: Inter loaded`).toBe(true);
  // Slide 7's exercise loads its own highlighter; leaving before it arrives would abort those requests.
  if (n === 7) await expect(page.locator('.code-editor')).toHaveAttribute('data-highlighting', 'ready');
  if (WITH_CODE.has(n)) expect(fonts.mono, `slide ${n}: JetBrains Mono loaded`).toBe(true);
}

test('after the first visit, every slide, font, code block and the handout work offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  await firstVisit(page);
  await context.setOffline(true);
  const network: string[] = [];
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) network.push(r.url());
  });
  page.on('requestfailed', (r) => network.push(`failed: ${r.url()}`));

  // By URL: each one a fresh page load, answered by the service worker.
  for (let n = 1; n <= TITLES.length; n++) {
    await page.goto('about:blank');
    await page.goto(`./#/slides/${n}`);
    await expectSlideWorks(page, n);
  }

  // By keyboard: through every step of every slide.
  await page.goto('about:blank');
  await page.goto('./#/slides/1');
  for (let n = 1; n <= TITLES.length; n++) {
    await expectSlideWorks(page, n);
    for (let presses = 0; n < TITLES.length && !page.url().endsWith(`#/slides/${n + 1}`); presses++) {
      expect(presses, `slide ${n}: steps`).toBeLessThan(10);
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      await expect(page).not.toHaveURL(before);
    }
  }

  await page.goto('about:blank');
  await page.goto('./#/print?answers=1');
  await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.print-page')).toHaveCount(1 + TITLES.length + 1 + 1); // contents, slides, the exercise page, the answers

  expect(network, 'requests that reached the network while offline').toEqual([]);
});

test('no request ever leaves the deck’s origin', async ({ page, context, baseURL }) => {
  const seen: string[] = [];
  const foreign: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    seen.push(url);
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (let n = 1; n <= TITLES.length; n++) {
    await page.goto(`./#/slides/${n}`);
    await expectSlideWorks(page, n);
  }
  await page.goto('./#/print?answers=1');
  await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(seen.length, 'the walk made requests').toBeGreaterThan(15);
  expect(foreign).toEqual([]);
});
