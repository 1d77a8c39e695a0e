import { test as base, expect, type Page } from '@playwright/test';

/** Every browser test fails on a console error or an uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function gotoSlide(page: Page, hash: string) {
  await page.goto(`./#${hash}`);
  await appReady(page);
}

/**
 * The app is in charge of the page. On slide 1 the build's prerendered markup shows first (inert,
 * see src/prerender/first-paint.ts) and is replaced when the app mounts; a test that measures or
 * reads elements must not catch the copy that is about to go.
 */
export async function appReady(page: Page) {
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await expect(page.locator('#root > *').first()).toBeVisible();
}
