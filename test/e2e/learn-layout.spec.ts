import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures.ts';
import { SLIDE_TITLES } from './deck-content.ts';

/** Issue 11's floors for text on screen: CSS font size times every scale transform above it. */
const FLOORS = { body: 16, table: 14, code: 13 } as const;
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

async function openSlide(page: Page, n: number) {
  await page.goto(`./#/slides/${n}`);
  await appReady(page);
  await expect(page.locator(`article.slide[data-slide="${n}"] .slide-content`)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** The smallest rendered size of each kind of text on the slide, and how many elements of each kind were measured. */
function measureSlide(page: Page) {
  return page.locator('article.slide .slide-content').evaluate((root) => {
    const scaleOf = (el: Element) => {
      let s = 1;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const t = getComputedStyle(e).transform;
        if (t && t !== 'none') s *= new DOMMatrixReadOnly(t).a;
      }
      return s;
    };
    const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    // A code block's head (its language and Copy) belongs to the code box.
    const kindOf = (el: Element): 'body' | 'table' | 'code' => (el.closest('pre, code, .code-head') ? 'code' : el.closest('table') ? 'table' : 'body');
    const out = { body: { min: Infinity, n: 0 }, table: { min: Infinity, n: 0 }, code: { min: Infinity, n: 0 } };
    for (const el of root.querySelectorAll('*')) {
      if (!hasText(el) || (el as HTMLElement).offsetParent === null) continue;
      const k = kindOf(el);
      const size = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
      out[k].min = Math.min(out[k].min, size);
      out[k].n++;
    }
    return out;
  });
}

test.describe('readable at every size', () => {
  for (const size of SIZES) {
    test(`every slide's body, table and code text meets the floors at ${size.width}x${size.height}`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(size);
      const found: string[] = [];
      let tables = 0;
      let code = 0;
      const least = { body: Infinity, table: Infinity, code: Infinity };
      for (let n = 1; n <= SLIDE_TITLES.length; n++) {
        await openSlide(page, n);
        const m = await measureSlide(page);
        tables += m.table.n;
        code += m.code.n;
        for (const kind of ['body', 'table', 'code'] as const) {
          least[kind] = Math.min(least[kind], m[kind].min);
          if (m[kind].n > 0 && m[kind].min < FLOORS[kind] - 0.01) found.push(`slide ${n} ${kind}: ${m[kind].min.toFixed(1)} px`);
        }
        // Reflowed, not shrunk: the page never scrolls sideways.
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
        if (sideways) found.push(`slide ${n}: the page scrolls sideways`);
      }
      console.log(`${size.width}x${size.height} smallest: body ${least.body.toFixed(1)}, table ${least.table.toFixed(1)}, code ${least.code.toFixed(1)} px`);
      expect(tables, 'table text was measured').toBeGreaterThan(0);
      expect(code, 'code text was measured').toBeGreaterThan(0);
      expect(found).toEqual([]);
    });
  }

  test('no empty band above the slide: it starts right under the top bar', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSlide(page, 3);
    const bar = (await page.locator('.topbar-wrap').boundingBox())!;
    const slide = (await page.locator('article.slide').boundingBox())!;
    expect(slide.y - (bar.y + bar.height)).toBeLessThan(32);
  });
});

/** The nearest ancestor of the element that scrolls vertically on its own (other than the page), if any. */
function innerScroller(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (/(auto|scroll)/.test(cs.overflowY) && e.scrollHeight > e.clientHeight + 1) return `${e.tagName.toLowerCase()}.${e.className}`;
    }
    return null;
  });
}

test.describe('one reading column', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`checks and the exercise are reached by scrolling the page alone, full width below slide and script (${size.width})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSlide(page, 2);
      const checks = page.locator('.kc-list');
      await expect(checks.locator('form.kc')).toHaveCount(3);
      expect(await innerScroller(page, '.kc-list')).toBeNull();
      const reading = (await page.locator('.learn-reading').boundingBox())!;
      const script = (await page.getByRole('complementary', { name: 'Script' }).boundingBox())!;
      const practice = (await page.locator('.learn-practice').boundingBox())!;
      expect(practice.y).toBeGreaterThanOrEqual(reading.y + reading.height - 1);
      expect(practice.y).toBeGreaterThanOrEqual(script.y + script.height - 1);
      expect(practice.width).toBeGreaterThanOrEqual(reading.width - 1);
      // The cue on the slide says what is below and takes the learner there.
      const cue = page.getByRole('button', { name: '3 questions below' });
      await expect(cue).toBeVisible();
      await cue.click();
      await expect(page.locator('.learn-practice')).toBeFocused();
      await expect(checks.locator('h2')).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

      await openSlide(page, 7);
      const exercise = page.locator('.learn-practice textarea').first();
      await expect(exercise).toBeAttached();
      expect(await innerScroller(page, '.learn-practice textarea')).toBeNull();
      await expect(page.getByRole('button', { name: /^An exercise and \d questions? below$/ })).toBeVisible();
      await exercise.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
      await expect(exercise).toBeInViewport();
      const slide = (await page.locator('article.slide').boundingBox())!;
      const editorBox = (await exercise.boundingBox())!;
      expect(editorBox.width, 'the exercise has the page width, not a side column').toBeGreaterThan(slide.width * 0.6);
    });
  }

  test('the script sits beside the slide from 1024 px and below it on a narrow screen', async ({ page }) => {
    for (const [width, beside] of [
      [1024, true],
      [1023, false],
    ] as const) {
      await page.setViewportSize({ width, height: 700 });
      await openSlide(page, 3);
      const slide = (await page.locator('article.slide').boundingBox())!;
      const script = (await page.getByRole('complementary', { name: 'Script' }).boundingBox())!;
      if (beside) expect(script.x, `${width}`).toBeGreaterThanOrEqual(slide.x + slide.width - 1);
      else expect(script.y, `${width}`).toBeGreaterThanOrEqual(slide.y + slide.height - 1);
    }
  });
});

test.describe('a slide change starts at the top', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`Next scrolls to the top and focuses the heading; a step moves nothing (${size.width})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSlide(page, 2);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      await page.getByRole('button', { name: 'Next →' }).click();
      await expect(page.locator('article.slide h1')).toHaveText(SLIDE_TITLES[2]!);
      await expect(page.locator('article.slide h1')).toBeFocused();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      // Slide 7 steps through its code: a step keeps the scroll position and the focus.
      await openSlide(page, 6);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('article.slide h1')).toHaveText(SLIDE_TITLES[6]!);
      await expect(page.locator('article.slide')).toHaveAttribute('data-step', '1');
      await page.evaluate(() => window.scrollTo(0, 150));
      const next = page.getByRole('button', { name: 'Next →' });
      await next.focus();
      const before = await page.evaluate(() => window.scrollY);
      expect(before).toBeGreaterThan(0);
      await next.press('Enter');
      await expect(page.locator('article.slide')).toHaveAttribute('data-step', '2');
      await expect(next).toBeFocused();
      expect(await page.evaluate(() => window.scrollY)).toBe(before);
    });
  }
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the top bar is one row of 64 px at most, its buttons behind Menu, and no keyboard-only actions', async ({ page }) => {
    await openSlide(page, 3);
    const bar = (await page.locator('.topbar-wrap').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(64);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Outline' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Outline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Print handout' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Present' })).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    // Previous and Next stay on screen at the bottom while the page scrolls.
    await page.evaluate(() => window.scrollTo(0, 900));
    const next = page.getByRole('button', { name: 'Next →' });
    await expect(next).toBeInViewport();
    expect((await next.boundingBox())!.y).toBeGreaterThan(844 - 80);
  });

  /** A real touch drag (Chromium's input pipeline), from the centre of the element, `dx` px sideways. */
  async function swipe(page: Page, selector: string, dx: number) {
    const box = (await page.locator(selector).first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 20);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  test('a swipe on a table that fits turns the slide, and on the script too; a box that scrolls sideways keeps it', async ({ page }) => {
    await openSlide(page, 3);
    const table = page.locator('article.slide .table-scroll').first();
    await table.scrollIntoViewIfNeeded();
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'the table fits its box').toBe(true);
    await swipe(page, 'article.slide .table-scroll', -150);
    await expect(page).toHaveURL(/#\/slides\/4$/);
    await expect(page.locator('article.slide h1')).toHaveText(SLIDE_TITLES[3]!);

    await page.locator('.script-text').scrollIntoViewIfNeeded();
    await swipe(page, '.script-text', 150);
    await expect(page).toHaveURL(/#\/slides\/3$/);

    // A box whose content is wider than it scrolls sideways instead.
    await openSlide(page, 3);
    await page.locator('article.slide .code-scroll').evaluate((el) => {
      (el.querySelector('code') as HTMLElement).style.minWidth = '1200px';
    });
    await page.locator('article.slide .code-scroll').scrollIntoViewIfNeeded();
    await swipe(page, 'article.slide .code-scroll', -150);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/#\/slides\/3$/);
  });
});

test.describe('names that match', () => {
  test('the script toggle says whether the script is shown, with aria-expanded', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSlide(page, 3);
    const toggle = page.getByRole('button', { name: 'Hide script' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).not.toHaveAttribute('aria-pressed');
    await expect(toggle).toHaveAttribute('aria-controls', 'learn-script');
    await expect(page.locator('#learn-script')).toBeVisible();
    await toggle.click();
    const show = page.getByRole('button', { name: 'Show script' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('complementary', { name: 'Script' })).toHaveCount(0);
    await show.click();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe with label-in-name finds nothing on any learner view, wide and on a phone with the menu open (${scheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      let ran = false;
      for (const size of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        for (let n = 1; n <= SLIDE_TITLES.length; n++) {
          await openSlide(page, n);
          if (size.width < 1024) await page.getByRole('button', { name: 'Menu' }).click();
          const result = await new AxeBuilder({ page })
            .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          ran ||= [...result.passes, ...result.incomplete].some((r) => r.id === 'label-content-name-mismatch');
          for (const v of result.violations) found.push(`${size.width} /slides/${n} ${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`);
        }
      }
      expect(ran, 'the label-in-name rule ran').toBe(true);
      expect(found).toEqual([]);
    });
  }
});
