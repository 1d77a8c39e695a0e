import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Issue 11 point 4: the exercise editor is made for writing config.

const LONG_URL = `https://fleet-management-prod-us-east-0.grafana.net/${'a'.repeat(160)}`;

async function openEditor(page: Page): Promise<{ exercise: Locator; editor: Locator }> {
  await page.goto('./#/slides/7');
  const exercise = page.locator('section.exercise');
  const editor = exercise.getByLabel('Your remotecfg block');
  await expect(exercise.locator('.code-editor')).toHaveAttribute('data-highlighting', 'ready');
  return { exercise, editor };
}

/** Height of one text row in the editor, and the rows the highlighted text takes. */
async function rows(page: Page) {
  return page.locator('.code-editor-view').evaluate((pre) => {
    const code = pre.querySelector('code')!;
    const lineHeight = parseFloat(getComputedStyle(pre).lineHeight);
    const range = document.createRange();
    range.selectNodeContents(code);
    // One client rect per row the text is laid out in: more rects than lines means it wrapped.
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return { lineHeight, rows: tops.size };
  });
}

test.describe('the exercise editor', () => {
  test('numbers every line in a gutter that lines up with the text', async ({ page }) => {
    const { editor } = await openEditor(page);
    await editor.fill('remotecfg {\n  url = "x"\n}');
    const gutter = page.locator('.code-editor-gutter > span');
    await expect(gutter).toHaveText(['1', '2', '3']);
    await editor.press('End');
    await editor.press('Enter');
    await expect(gutter).toHaveText(['1', '2', '3', '4']);
    const [first, last] = await Promise.all([gutter.first().boundingBox(), gutter.last().boundingBox()]);
    const view = await page.locator('.code-editor-view').boundingBox();
    const { lineHeight } = await rows(page);
    // Row 1 of the gutter sits on row 1 of the text, row 4 three line heights below.
    expect(Math.abs(first!.y - (view!.y + parseFloat(await page.locator('.code-editor-view').evaluate((e) => getComputedStyle(e).paddingTop))))).toBeLessThan(1.5);
    expect(Math.abs(last!.y - first!.y - 3 * lineHeight)).toBeLessThan(1.5);
    // The gutter is for the eye: a screen reader reads the textarea, not the numbers.
    await expect(page.locator('.code-editor-gutter')).toHaveAttribute('aria-hidden', 'true');
  });

  test('never wraps: a long line scrolls sideways inside the editor, the gutter stays, the caret is shown', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { editor } = await openEditor(page);
    await editor.fill(`remotecfg {\n  url = "${LONG_URL}"\n}`);
    const scroller = page.locator('.code-editor-scroll');
    const size = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(size.scroll).toBeGreaterThan(size.client);
    expect((await rows(page)).rows, 'three lines, three rows: nothing wrapped').toBe(3);
    expect(await editor.evaluate((ta) => ta.getAttribute('wrap'))).toBe('off');
    // The page itself does not scroll sideways: only the editor does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const gutterX = (await page.locator('.code-editor-gutter').boundingBox())!.x;
    // The caret at the end of the long line: the editor scrolls to show it.
    await editor.focus();
    await editor.evaluate((ta: HTMLTextAreaElement) => {
      const end = ta.value.indexOf('\n', ta.value.indexOf('\n') + 1);
      ta.setSelectionRange(end - 1, end - 1);
    });
    await editor.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    expect((await page.locator('.code-editor-gutter').boundingBox())!.x).toBe(gutterX);
    // The textarea did not scroll on its own, so its text still sits on the highlighted text.
    expect(await editor.evaluate((ta) => [ta.scrollLeft, ta.scrollTop])).toEqual([0, 0]);
    const [ta, pre] = await Promise.all([editor.boundingBox(), page.locator('.code-editor-view').boundingBox()]);
    expect(ta!.x).toBe(pre!.x);
    expect(ta!.width).toBe(pre!.width);
  });

  test('shows 60 columns or more in a 640 px column and takes the whole width it is given', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { exercise, editor } = await openEditor(page);
    // The learner view gives the exercise its main column; model a narrow one to show the editor caps nothing.
    await exercise.evaluate((el) => {
      el.style.width = '640px';
      el.style.maxWidth = 'none';
    });
    await editor.fill('x'.repeat(100));
    const cols = await page.locator('.code-editor-scroll').evaluate((scroller) => {
      const pre = scroller.querySelector<HTMLElement>('.code-editor-view')!;
      const style = getComputedStyle(pre);
      const range = document.createRange();
      range.selectNodeContents(pre.querySelector('code')!);
      const ch = range.getBoundingClientRect().width / 100;
      return (scroller.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / ch;
    });
    expect(cols).toBeGreaterThanOrEqual(60);
    const [section, box] = await Promise.all([exercise.boundingBox(), page.locator('.code-editor').boundingBox()]);
    expect(box!.width).toBeGreaterThan(section!.width - 2);
  });

  test('straightens typographic quotes as they are typed, single ones too, and keeps the caret', async ({ page }) => {
    const { exercise, editor } = await openEditor(page);
    await editor.focus();
    // What a phone keyboard with smart punctuation sends: curly quotes, inserted as text.
    await page.keyboard.insertText('remotecfg {\n  url = \u201Chttps://fleet-management-prod-us-east-0.grafana.net/\u201D\n');
    await page.keyboard.insertText('  basic_auth {\n    username\u00A0= \u201E123456\u201D\n    password = sys.env(\u201CGCLOUD_RW_API_KEY\u201D)\n  }\n}');
    const value = await editor.inputValue();
    expect(value).not.toMatch(/[\u201C\u201D\u201E\u00A0]/);
    expect(value).toContain('url = "https://fleet-management-prod-us-east-0.grafana.net/"');
    expect(value).toContain('username = "123456"');
    expect(await editor.evaluate((ta: HTMLTextAreaElement) => ta.selectionStart)).toBe(value.length);
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect(exercise.getByRole('status')).toHaveText(/^Well done/);

    // A single curly quote becomes the straight one typed, and Alloy's one message for it.
    await editor.fill('');
    await editor.focus();
    await page.keyboard.insertText('remotecfg {\n  url = \u2018https://fleet-management-prod-us-east-0.grafana.net/\u2019\n}');
    expect(await editor.inputValue()).toContain("url = 'https://");
    await exercise.getByRole('button', { name: 'Check' }).click();
    const findings = exercise.locator('.ex-finding');
    await expect(findings).toHaveCount(1);
    await expect(findings).toContainText('line 2:9');
    await expect(findings).toContainText('illegal single-quoted string; use double quotes');
  });

  test('marks the line of each error and warning in the text and the gutter', async ({ page }) => {
    const { exercise, editor } = await openEditor(page);
    await editor.fill(['remotecfg {', '  url = "https://fleet-management-prod-us-east-0.grafana.net/"', '  basic_auth {', '    username = 123456', '    password = sys.env("GCLOUD_RW_API_KEY")', '  }', '}'].join('\n'));
    await exercise.getByRole('button', { name: 'Check' }).click();
    const finding = exercise.locator('.ex-error').first();
    await expect(finding).toContainText('line 4:');
    const gutter = page.locator('.code-editor-gutter > span');
    await expect(gutter.nth(3)).toHaveAttribute('data-finding', 'error');
    await expect(page.locator('.code-editor-gutter > [data-finding]')).toHaveCount(await exercise.locator('.ex-finding').count());
    const band = page.locator('.code-editor-marks > span').nth(3);
    await expect(band).toHaveAttribute('data-finding', 'error');
    // The band is on line 4 of the text, as wide as the editor, and tinted.
    const [bandBox, numberBox] = await Promise.all([band.boundingBox(), gutter.nth(3).boundingBox()]);
    expect(Math.abs(bandBox!.y - numberBox!.y)).toBeLessThan(1.5);
    expect(await band.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // The gutter tells the line apart by shape as well as colour.
    expect(await gutter.nth(3).evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"●"');

    // Adding a line moves the text under the marks: they go until the next check.
    await editor.focus();
    await editor.press('Control+Home');
    await editor.press('Enter');
    await expect(page.locator('.code-editor-gutter > [data-finding]')).toHaveCount(0);
  });
});
