import { appReady, expect, test } from './fixtures.ts';
import { SLIDE3_CODE, SLIDE_TITLES as TITLES } from './deck-content.ts';

test.describe('learner view', () => {
  test('every slide shows its title, the counter and the document title', async ({ page }) => {
    for (let n = 1; n <= 8; n++) {
      await page.goto(`./#/slides/${n}`);
      await appReady(page);
      const h1 = page.locator(`article.slide[data-slide="${n}"] h1`);
      await expect(h1).toBeVisible();
      const title = (await h1.textContent()) ?? '';
      expect(title.length).toBeGreaterThan(3);
      await expect(page.locator('.slide-counter')).toHaveText(new RegExp(`^Slide ${n} of 8`));
      await expect(page).toHaveTitle(`${title} · Intro to Fleet Management: health monitoring`);
    }
    await page.goto('./#/slides/1');
    await expect(page.locator('article.slide h1')).toHaveText(TITLES[0]!);
    await page.goto('./#/slides/3');
    await expect(page.locator('article.slide h1')).toHaveText('Access tokens and policies');
  });

  test('keys and buttons move through the deck and the URL follows', async ({ page }) => {
    await page.goto('./#/slides/1');
    await expect(page.locator('article.slide h1')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/slides\/2$/);
    await expect(page.getByTestId('announcer')).toHaveText(/^Slide 2 of 8: \S/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/slides\/3$/);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/#\/slides\/4$/);
    await page.keyboard.press('Shift+Space');
    await expect(page).toHaveURL(/#\/slides\/3$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#\/slides\/2$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#\/slides\/1$/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/#\/slides\/8$/);
    await expect(page.locator('.slide-counter')).toHaveText('Slide 8 of 8');
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#\/slides\/1$/);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/#\/slides\/2$/);
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect(page).toHaveURL(/#\/slides\/1$/);
    await expect(page.getByRole('button', { name: '← Previous' })).toBeDisabled();
  });

  test('browser Back and Forward move between visited slides', async ({ page }) => {
    await page.goto('./#/slides/1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/slides\/3$/);
    await page.goBack();
    await expect(page).toHaveURL(/#\/slides\/2$/);
    await expect(page.locator('.slide-counter')).toHaveText('Slide 2 of 8');
    await page.goForward();
    await expect(page.locator('.slide-counter')).toHaveText('Slide 3 of 8');
  });

  test('keys do nothing while typing in a form field', async ({ page }) => {
    await page.goto('./#/slides/2');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      input.setAttribute('aria-label', 'probe');
      document.body.append(input);
    });
    await page.locator('#probe').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('n');
    await expect(page).toHaveURL(/#\/slides\/2$/);
    await expect(page.getByRole('button', { name: 'Hide script' })).toBeVisible();
  });

  test('single-key shortcuts can be turned off in the settings, and arrows keep working', async ({ page }) => {
    await page.goto('./#/slides/2');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('n');
    await page.keyboard.press('o');
    await expect(page.getByRole('button', { name: 'Hide script' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/slides\/3$/);
    await page.reload();
    await page.keyboard.press('n');
    await expect(page.getByRole('button', { name: 'Hide script' })).toBeVisible();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await expect(page.getByRole('button', { name: 'Show script' })).toBeVisible();
  });

  test('slide 3 has both tables with column headers and the remotecfg code', async ({ page }) => {
    await page.goto('./#/slides/3');
    const tables = page.locator('article.slide table');
    await expect(tables).toHaveCount(2);
    await expect(tables.nth(0).locator('th[scope="col"]')).toHaveText(['Concept', 'What it is']);
    await expect(tables.nth(0).locator('tbody tr')).toHaveText([
      /Access policy\s*Defines what read\/write permissions a token has/,
      /Access token\s*The credential generated from a policy/,
    ]);
    await expect(tables.nth(1).locator('th[scope="col"]')).toHaveText(['Scope', 'Purpose']);
    await expect(tables.nth(1).locator('tbody tr td:first-child code')).toHaveText(['set:alloy-data-write', 'set:otel-data-write']);
    const code = await page.locator('article.slide pre code').textContent();
    expect(code).toBe(SLIDE3_CODE);
    await expect(page.locator('article.slide')).toContainText('In the learning path, you’ll create an access token and use it to register your Alloy collector.');
    await expect(page.locator('article.slide')).not.toContainText('Think of it like a keycard');
  });

  test('the script sits beside the slide on a wide screen and N toggles it, remembered', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./#/slides/3');
    const script = page.getByRole('complementary', { name: 'Script' });
    await expect(script).toContainText('Think of it like a keycard');
    const slideBox = (await page.locator('article.slide').boundingBox())!;
    const scriptBox = (await script.boundingBox())!;
    expect(scriptBox.x).toBeGreaterThanOrEqual(slideBox.x + slideBox.width - 1);
    expect(Math.abs(scriptBox.y - slideBox.y)).toBeLessThan(200);
    await page.keyboard.press('n');
    await expect(script).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show script' })).toHaveAttribute('aria-expanded', 'false');
    await page.reload();
    await expect(page.locator('article.slide h1')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Script' })).toBeHidden();
    await page.getByRole('button', { name: 'Show script' }).click();
    await expect(page.getByRole('complementary', { name: 'Script' })).toBeVisible();
  });

  test('on a phone the slide reads as a page with the script below it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./#/slides/3');
    const slide = page.locator('article.slide');
    const script = page.getByRole('complementary', { name: 'Script' });
    await expect(script).toContainText('Think of it like a keycard');
    const slideBox = (await slide.boundingBox())!;
    const scriptBox = (await script.boundingBox())!;
    expect(scriptBox.y).toBeGreaterThanOrEqual(slideBox.y + slideBox.height - 1);
    // Text at its normal size, and only code and tables scroll sideways.
    const fontSize = await slide.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(pageScrolls).toBe(false);
  });

  // The learner view reflows every slide as a page (issue 11); the audience window keeps the 16:9 canvas.
  test('no slide overflows its 16:9 canvas in the audience view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (let n = 1; n <= 8; n++) {
      await page.goto(`./#/audience/${n}`);
      // Slide n as the app renders it: not the prerendered slide 1 the app is about to replace.
      const article = page.locator(`#root:not([inert]) article.slide[data-slide="${n}"]`);
      await expect(article.locator('.slide-content')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const m = await article.evaluate((el) => {
        const inner = el.querySelector<HTMLElement>('.slide-fit')!;
        const fit = Number(getComputedStyle(inner).getPropertyValue('--fit') || '1');
        const cs = getComputedStyle(el);
        const available = el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
        const width = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return { fit, needed: inner.scrollHeight * fit, available, wide: inner.scrollWidth * fit <= width + 1 };
      });
      expect(m.needed, `slide ${n} height`).toBeLessThanOrEqual(m.available + 1);
      expect(m.wide, `slide ${n} width`).toBe(true);
      // Scaling is a last resort: it may shrink a slide a little, never to an unreadable size.
      expect(m.fit, `slide ${n} scale`).toBeGreaterThanOrEqual(0.8);
    }
  });
});

test.describe('start page and bad addresses', () => {
  test('the start page lists every slide, the total time and a Start button', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intro to Fleet Management: health monitoring');
    const items = page.locator('ol.slide-list li a');
    await expect(items).toHaveCount(8);
    await expect(items.nth(2)).toHaveText('Access tokens and policies');
    await expect(page.getByText(/8 slides · about \d+(\.5)? min/)).toBeVisible();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await expect(page).toHaveURL(/#\/slides\/1$/);
  });

  for (const bad of ['/slides/0', '/slides/9', '/slides/abc', '/anything-else', '/slides/1/9']) {
    test(`"#${bad}" shows a helpful page`, async ({ page }) => {
      await page.goto(`./#${bad}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such slide');
      await page.getByRole('link', { name: 'Go to slide 1' }).click();
      await expect(page).toHaveURL(/#\/slides\/1$/);
      await expect(page.locator('article.slide h1')).toBeVisible();
    });
  }
});
