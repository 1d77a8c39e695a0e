import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SLIDE_TITLES as TITLES } from './deck-content.ts';

/** Holds the app's entry script until `release()`, so a test can look at the page before any bundle runs. */
async function holdBundle(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held = false;
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route: Route) => {
    held = true;
    await released;
    await route.continue();
  });
  return { release, wasHeld: () => held };
}

test.describe('first paint before the bundle', () => {
  for (const [name, size, layout] of [
    ['wide', { width: 1280, height: 800 }, '.page-slide'],
    ['narrow', { width: 390, height: 844 }, '.page-slide'],
  ] as const) {
    test(`slide 1 is readable (${name} window) before any script has run, and a key pressed meanwhile still counts`, async ({ page }) => {
      await page.setViewportSize(size);
      const bundle = await holdBundle(page);
      // Not until 'load': that waits for the held script.
      await page.goto('./#/slides/1', { waitUntil: 'domcontentloaded' });
      const root = page.locator('#root');
      await expect(root).toHaveAttribute('inert', '');
      await expect(page.locator(`${layout} article.slide h1`)).toHaveText(TITLES[0]!);
      await expect(page.locator('article.slide table')).toBeVisible();
      await expect(page.locator('.script-panel')).toContainText('Welcome to the first module');
      // The prerendered slide has the app's layout: a page as wide as the window allows, the script
      // beside it on a wide window and below it on a narrow one (CSS alone, no script needed).
      const slideBox = (await page.locator('article.slide').boundingBox())!;
      const scriptBox = (await page.locator('.script-panel').boundingBox())!;
      expect(slideBox.width).toBeLessThanOrEqual(size.width);
      if (name === 'wide') {
        expect(slideBox.width).toBeGreaterThan(600);
        expect(scriptBox.x).toBeGreaterThanOrEqual(slideBox.x + slideBox.width - 1);
      } else {
        expect(slideBox.width).toBeGreaterThan(size.width * 0.85);
        expect(scriptBox.y).toBeGreaterThanOrEqual(slideBox.y + slideBox.height - 1);
      }
      expect(bundle.wasHeld(), 'the entry script was requested after the slide showed').toBe(true);

      await page.keyboard.press('ArrowRight');
      bundle.release();
      await expect(page).toHaveURL(/#\/slides\/2$/);
      await expect(page.locator('article.slide h1')).toHaveText(TITLES[1]!);
      await expect(root).not.toHaveAttribute('inert');
      await expect(page.getByRole('button', { name: 'Next →' })).toBeEnabled();
    });
  }

  test('the app takes over slide 1 without blanking it', async ({ page }) => {
    // Record every frame in which slide 1's title is missing, from first paint until the app is in charge.
    await page.addInitScript(() => {
      const w = window as unknown as { __gaps: number; __frames: number };
      w.__gaps = 0;
      w.__frames = 0;
      const tick = () => {
        const h1 = document.querySelector('article.slide h1');
        if (document.readyState !== 'loading') {
          w.__frames++;
          if (!h1 || h1.getBoundingClientRect().height === 0) w.__gaps++;
        }
        if (!document.querySelector('#root:not([inert]) .learn-view') || w.__frames < 5) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto('./#/slides/1');
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page).toHaveTitle(`${TITLES[0]} · Intro to Fleet Management: health monitoring`);
    const { gaps, frames } = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number; __frames: number };
      return { gaps: w.__gaps, frames: w.__frames };
    });
    expect(frames).toBeGreaterThan(0);
    expect(gaps, 'frames without slide 1 on screen').toBe(0);
  });

  test('another slide’s address never shows slide 1 first', async ({ page }) => {
    const bundle = await holdBundle(page);
    await page.goto('./#/slides/6', { waitUntil: 'domcontentloaded' });
    await expect.poll(bundle.wasHeld).toBe(true);
    await expect(page.locator('#root')).toBeEmpty();
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    bundle.release();
    await expect(page.locator('article.slide h1')).toHaveText(TITLES[5]!);
  });
});
