import type { Response } from '@playwright/test';
import { SLIDE3_CODE } from './deck-content.ts';
import { expect, test } from './fixtures.ts';

/** The computed colour of the token whose text is exactly `text` inside the slide's code. */
async function colourOf(page: import('@playwright/test').Page, text: string) {
  await expect(page.locator('article.slide pre code').first()).toBeVisible();
  const colour = await page.locator('article.slide pre code span:not(.line)').evaluateAll(
    (spans, t) => spans.filter((s) => s.textContent?.trim() === t).map((s) => getComputedStyle(s).color)[0],
    text,
  );
  expect(colour, `a token "${text}"`).toBeTruthy();
  return colour;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`slide 3 code is coloured by token kind (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/slides/3');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const block = page.locator('article.slide figure.code-block');
    await expect(block.locator('.code-lang')).toHaveText('Alloy');
    await expect(block.getByRole('region', { name: 'Alloy code' })).toHaveAttribute('tabindex', '0');
    const attr = await colourOf(page, 'username');
    const str = await colourOf(page, '"<INSTANCE_ID>"');
    const comment = await colourOf(page, '// ← token goes here');
    const blockName = await colourOf(page, 'remotecfg');
    expect(new Set([attr, str, comment]).size, `${attr} ${str} ${comment}`).toBe(3);
    expect(blockName).not.toBe(attr);
  });
}

test('the theme toggle recolours code without re-rendering it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/slides/3');
  const before = await colourOf(page, 'username');
  await page.evaluate(() => {
    (document.querySelector('article.slide pre') as HTMLElement & { marker?: number }).marker = 42;
  });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await colourOf(page, 'username')).not.toBe(before);
  expect(await page.evaluate(() => (document.querySelector('article.slide pre') as HTMLElement & { marker?: number }).marker)).toBe(42);
});

test('Copy puts exactly the source on the clipboard and says Copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/slides/3');
  const copy = page.getByRole('button', { name: 'Copy Alloy code' });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await expect(page.locator('article.slide [role="status"]')).toHaveText('Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SLIDE3_CODE);
});

test('a static line highlight dims the other lines', async ({ page }) => {
  await page.goto('./#/slides/2');
  const fig = page.locator('article.slide figure.code-block').first();
  await expect(fig).toHaveClass(/has-focus/);
  await expect(fig.locator('.line.is-highlighted')).toHaveCount(1);
  await expect(fig.locator('.line.is-highlighted')).toHaveAttribute('data-line', '3');
  const dim = await fig.locator('.line:not(.is-highlighted) span').first().evaluate((el) => getComputedStyle(el).color);
  const lit = await fig.locator('.line.is-highlighted span').first().evaluate((el) => getComputedStyle(el).color);
  expect(dim).not.toBe(lit);
});

test('step-through highlights: ArrowRight shows each stage before the next slide, the URL names the step', async ({ page }) => {
  await page.goto('./#/slides/7');
  const fig = page.locator('article.slide figure[data-stages]');
  const lit = fig.locator('.line.is-highlighted');
  await expect(lit).toHaveCount(2);
  await expect(lit.nth(0)).toHaveAttribute('data-line', '1');
  await expect(lit.nth(1)).toHaveAttribute('data-line', '8');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/slides\/7\/2$/);
  await expect(lit).toHaveCount(1);
  await expect(lit).toHaveAttribute('data-line', '2');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/slides\/7\/3$/);
  await expect(lit).toHaveCount(4);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/slides\/7\/5$/);
  await expect(fig).not.toHaveClass(/has-focus/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/slides\/8$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/slides\/7\/5$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/slides\/7\/4$/);
  await expect(lit).toHaveAttribute('data-line', '7');
  // A deep link to a step shows that stage at once.
  await page.goto('./#/slides/7/2');
  await expect(page.locator('article.slide figure[data-stages] .line.is-highlighted')).toHaveAttribute('data-line', '2');
});

test('no shiki, grammar or markdown parser in the JavaScript the deck loads first', async ({ page }) => {
  // Bodies are read while the page is still open: every script response seen is awaited before the test
  // ends (a handler that awaited them itself could still be reading when the page closed).
  const bodies: Promise<string>[] = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text());
  };
  page.on('response', onResponse);
  await page.goto('./#/slides/3');
  await expect(page.locator('article.slide pre code')).toBeVisible();
  page.off('response', onResponse);
  const scripts = await Promise.all(bodies);
  const all = scripts.join('\n');
  expect(scripts.length).toBeGreaterThan(0);
  expect(all).not.toContain('source.grafana-alloy');
  expect(all).not.toMatch(/createHighlighterCore|codeToHast|micromark|remark-gfm/);
  expect(all).not.toContain('WebAssembly.instantiate');
});

test('line numbers show beside the code but are never copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/slides/7');
  const fig = page.locator('article.slide figure.code-block');
  await expect(fig).toHaveClass(/with-line-numbers/);
  const number = await fig.locator('.line').nth(1).evaluate((el) => getComputedStyle(el, '::before').content);
  expect(number).toMatch(/counter|"2"/);
  await fig.getByRole('button', { name: 'Copy Alloy code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')[0]).toBe('remotecfg {');
  expect(copied).not.toMatch(/^\s*\d/m);
  expect(copied.split('\n')).toHaveLength(8);
});
