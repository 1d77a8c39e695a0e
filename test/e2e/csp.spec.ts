import { test as plain, type Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures.ts';

/** Records every Content-Security-Policy violation in the page, from the first script on. */
async function recordViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => found.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${location.hash} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return found;
}

async function visit(page: Page, hash: string) {
  await page.goto(`./#${hash}`);
  await appReady(page);
}

for (const theme of ['light', 'dark'] as const) {
  test(`no CSP violation on any view in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    const violations = await recordViolations(page);
    await page.addInitScript((t) => localStorage.setItem('deck:theme', t), theme);
    await page.goto('./');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+'){2};/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("connect-src 'self'");
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    for (let n = 1; n <= 8; n++) {
      await visit(page, `/slides/${n}`);
      await expect(page.locator('article.slide .slide-content')).toBeVisible();
    }
    // Slide 7's exercise: the editor, its highlighter and a check.
    await visit(page, '/slides/7');
    const exercise = page.locator('section.exercise');
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect(exercise.getByRole('status')).not.toBeEmpty();

    await page.getByRole('button', { name: 'Outline' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');

    for (const hash of ['/presenter/3', '/audience/3', '/summary', '/print', '/no/such/page']) {
      await visit(page, hash);
    }
    await expect(page.locator('body')).toContainText(/not found|no such/i);
    // A fresh document per view as well: the policy applies from the first byte of each load.
    await page.reload();
    await appReady(page);
    expect(violations).toEqual([]);
  });
}

plain('the policy really blocks an injected inline script (the listener above would report it)', async ({ browser }) => {
  const page = await browser.newPage();
  const violations = await recordViolations(page);
  await page.goto('./#/slides/2');
  await appReady(page);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    const a = document.createElement('div');
    a.innerHTML = '<img src="x" onerror="window.__injected = true">';
    document.body.append(a);
    return new Promise((r) => setTimeout(() => r((window as unknown as { __injected?: boolean }).__injected === true), 300));
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(1);
  await page.close();
});
