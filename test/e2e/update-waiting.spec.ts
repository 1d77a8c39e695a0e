import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { startBuildCopyServer, type BuildCopyServer } from './build-copy-server.ts';

/*
 * A redeploy while the service worker is active: the new worker installs and waits (no
 * skipWaiting while a deck tab is open). The open tab and a tab opened afterwards both offer
 * it with the same prompt as a failed chunk; "reload" lets the waiting worker take over and
 * the page comes back in the new version. The "new version" is the build with a marker in
 * index.html and that file's revision changed in sw.js, as a real rebuild would change them.
 */
let copy: BuildCopyServer;
test.beforeAll(async () => {
  copy = await startBuildCopyServer();
});
test.afterAll(() => copy.close());
test.describe.configure({ timeout: 90_000 });

const MARKER = '<meta name="deck-build" content="next">';

function deployNextVersion(root: string): void {
  const index = path.join(root, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', `${MARKER}</head>`));
  const sw = path.join(root, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next"');
  if (after === before) throw new Error('sw.js has no revision for index.html to change: the generated worker changed shape');
  writeFileSync(sw, after);
}

const prompt = (page: Page) => page.getByRole('alert').filter({ hasText: 'A new version is available:' });

async function controlled(page: Page): Promise<void> {
  // Registered once the page is idle; clientsClaim makes the first visit controlled once it has precached the deck.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

test('an update waiting in the service worker is offered with the reload prompt, in the open tab and a new one; reload switches to it', async ({ page, context }) => {
  const root = copy.fresh();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${copy.origin}/#/slides/1`);
  await expect(page.locator('article.slide .slide-content')).toBeVisible();
  await controlled(page);
  await expect(prompt(page)).toHaveCount(0);

  deployNextVersion(root);
  // The browser checks for a new worker on navigations and now and then; the test asks now.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg!.update();
  });
  await expect(prompt(page)).toBeVisible({ timeout: 30_000 });
  // The open page keeps working on its own version meanwhile: its chunks come from the old worker's cache.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('article.slide')).toHaveAttribute('data-slide', '2');
  await expect(page.getByText(/Unexpected Application Error/)).toHaveCount(0);

  // A tab opened now is still served by the old worker, and is told at once.
  const other = await context.newPage();
  await other.goto(`${copy.origin}/#/slides/3`);
  await expect(other.locator('article.slide .slide-content')).toBeVisible();
  await expect(prompt(other)).toBeVisible({ timeout: 30_000 });
  expect(await other.locator('meta[name="deck-build"]').count()).toBe(0);
  await other.close();

  await prompt(page).getByRole('button', { name: 'reload' }).click();
  await expect(page.locator('meta[name="deck-build"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('article.slide .slide-content')).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(errors).toEqual([]);
});
