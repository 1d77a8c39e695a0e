import { cpSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { DIST, startBuildCopyServer, type BuildCopyServer } from './build-copy-server.ts';
import { SLIDE_TITLES } from './deck-content.ts';

const SLIDE_5_TITLE = new RegExp(SLIDE_TITLES[4]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/*
 * A tab stays open while the site is redeployed: every chunk it has not loaded yet now has a new
 * name. Navigating must offer "A new version is available: reload", never React Router's error
 * page, and no promise may reject uncaught. Each case serves its own copy of the build, opens
 * slide 1, then renames every script and stylesheet (as a new build would) and navigates.
 */
let copy: BuildCopyServer;
let root = '';
let origin = '';
test.beforeAll(async () => {
  copy = await startBuildCopyServer();
  origin = copy.origin;
});
test.afterAll(() => copy.close());
test.use({ serviceWorkers: 'block' });

function redeploy() {
  const assets = path.join(root, 'assets');
  for (const name of readdirSync(assets)) {
    if (/\.(js|css)$/.test(name)) renameSync(path.join(assets, name), path.join(assets, name.replace(/-([\w-]+)\.(js|css)$/, '-next$1.$2')));
  }
}

/** Uncaught errors and rejections, and console errors other than the 404s of the renamed chunks. */
function problems(page: Page): string[] {
  const found: string[] = [];
  page.on('pageerror', (e) => found.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) found.push(m.text());
  });
  return found;
}

/** `shows`: what stands in place of the part whose code is gone (never a blank page behind the prompt). */
const CASES: { name: string; from: string; hash: string; shows: RegExp }[] = [
  { name: 'the speaker view', from: '/slides/1', hash: '/presenter/3', shows: /This page has a new version/ },
  { name: 'the audience window', from: '/slides/1', hash: '/audience/3', shows: /This page has a new version/ },
  { name: 'the handout', from: '/slides/1', hash: '/print', shows: /This page has a new version/ },
  { name: 'the summary', from: '/slides/1', hash: '/summary', shows: /This page has a new version/ },
  { name: 'a slide chunk (loadSlide)', from: '/slides/1', hash: '/slides/5', shows: SLIDE_5_TITLE },
  // From slide 6, slide 7's own chunk is already loaded (warmed): only the exercise's chunks fail.
  { name: "slide 7's exercise", from: '/slides/6', hash: '/slides/7', shows: /This part was updated on the server/ },
];

for (const c of CASES) {
  test(`after a redeploy, ${c.name} offers the new version instead of an error page`, async ({ page }) => {
    root = copy.fresh();
    const errors = problems(page);
    await page.goto(`${origin}/#${c.from}`);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.locator('article.slide .slide-content')).toBeVisible();
    await page.waitForLoadState('networkidle');
    redeploy();

    await page.evaluate((h) => (location.hash = h), `#${c.hash}`);
    const prompt = page.getByRole('alert').filter({ hasText: 'A new version is available:' });
    await expect(prompt).toBeVisible();
    // What stands in place of the lost code first: checking for the error page before it renders proves nothing.
    await expect(page.getByText(c.shows).first()).toBeVisible();
    await expect(page.getByText(/Unexpected Application Error|Failed to fetch dynamically imported module/)).toHaveCount(0);
    if (process.env.SHOT_DIR) await page.screenshot({ path: path.join(process.env.SHOT_DIR, `redeploy-${c.hash.replace(/\W+/g, '-')}.png`) });
    expect(errors).toEqual([]);

    // Reload gets the new version: the renamed files are what index.html now names.
    cpSync(path.join(DIST, 'index.html'), path.join(root, 'index.html'));
    rmSync(path.join(root, 'assets'), { recursive: true });
    cpSync(path.join(DIST, 'assets'), path.join(root, 'assets'), { recursive: true });
    await prompt.getByRole('button', { name: 'reload' }).click();
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.getByRole('alert').filter({ hasText: 'A new version is available:' })).toHaveCount(0);
    await expect(page.locator('#root > *').first()).toBeVisible();
  });
}
