import AxeBuilder from '@axe-core/playwright';
import { LABEL_IN_NAME, wcagAxe } from './axe.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DECK_TITLE as DECK, SLIDE_TITLES as TITLES } from './deck-content.ts';

// The layout: a contents page, one page per slide, the exercise's page (slide 7's), then the answer key
// (19 checks, three to five options each, on 5 pages).
const ANSWER_PAGES = 5;
const EXERCISE_PAGE = 1 + TITLES.length + 1;
const WITH_ANSWERS = EXERCISE_PAGE + ANSWER_PAGES;
const WITHOUT_ANSWERS = EXERCISE_PAGE;
const EXERCISE_TITLE = 'Exercise: register your collector';
const EXERCISE_TASK =
  'Write the remotecfg block that registers Alloy with Fleet Management: the url from the API tab, and basic_auth with your instance ID and your access token. Check reads it the way Alloy would.';

const havePoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const ci = process.env.CI === 'true' || process.env.CI === '1';
if (!havePoppler && ci) throw new Error('CI needs pdftotext and pdfinfo (apt-get install -y poppler-utils) for the handout tests.');

// pdftotext puts a space where inline code's padding was: "poll_frequency ." reads as "poll_frequency.".
const squash = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;!?)])/g, '$1')
    .trim();
// pdftotext also joins a word broken at a hyphen ("otel-data-⏎write" reads "otel-datawrite").
const dehyphen = (s: string) => s.replace(/-/g, '');

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return squash(execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }));
}

async function printHandout(page: Page, hash: string): Promise<{ file: string; expected: number }> {
  await page.goto(`./#${hash}`);
  const root = page.locator('.print-view[data-ready="true"]');
  await expect(root).toBeVisible({ timeout: 20_000 });
  const expected = Number(await root.getAttribute('data-pages'));
  const file = test.info().outputPath('handout.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  return { file, expected };
}

test.describe('the printed handout', () => {
  test.skip(!havePoppler, 'needs pdftotext and pdfinfo (apt-get install -y poppler-utils)');

  test('with answers: contents, every slide with its whole script on its own page, page numbers, the answer key', async ({ page }) => {
    test.slow();
    const { file, expected } = await printHandout(page, '/print?answers=1');
    const scripts = await page.locator('.print-script .script-text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(scripts).toHaveLength(TITLES.length);

    expect(pdfPages(file)).toBe(WITH_ANSWERS);
    expect(expected, 'the page measured its own page count').toBe(WITH_ANSWERS);

    const all = pdfText(file);
    expect(all).toContain(DECK);
    for (let p = 1; p <= WITH_ANSWERS; p++) expect(all).toContain(`Page ${p} of ${WITH_ANSWERS}`);

    const contents = pdfText(file, 1);
    expect(contents).toContain('Contents');
    TITLES.forEach((title, i) => {
      expect(contents, `contents entry for slide ${i + 1}`).toContain(`${i + 1}. ${title} ${i + 2}`);
      const slidePage = pdfText(file, i + 2);
      expect(slidePage).toContain(`Slide ${i + 1} of 8`);
      expect(slidePage).toContain(title);
      expect(dehyphen(slidePage), `slide ${i + 1}'s whole script on its page`).toContain(dehyphen(squash(scripts[i]!)));
      expect(slidePage).toContain(`${DECK} Handout`);
    });
    expect(contents).toContain(`${EXERCISE_TITLE} ${EXERCISE_PAGE}`);
    expect(contents).toContain(`Answers to the knowledge checks ${EXERCISE_PAGE + 1}`);
    // The contents entries are links inside the PDF, to named destinations on each slide's page.
    const raw = readFileSync(file, 'latin1');
    for (let n = 1; n <= TITLES.length; n++) expect(raw).toContain(`/Dest /print-slide-${n}`);

    // Slide 7 steps through its code ({1,8|2|3-6|7|all}): the handout shows the last stage, nothing dimmed.
    const stepped = page.locator('#print-slide-7 figure[data-stages]');
    await expect(stepped).toHaveAttribute('data-stage', '5');
    await expect(stepped).not.toHaveClass(/has-focus/);
    expect(pdfText(file, 8)).toContain('password = sys.env("GCLOUD_RW_API_KEY")');

    // The exercise's page: its task, and with the answers its hints and the solution.
    const exercise = pdfText(file, EXERCISE_PAGE);
    expect(exercise).toContain(EXERCISE_TITLE);
    expect(exercise).toContain('With slide 7: Hands-on: register your collector');
    expect(exercise).toContain(EXERCISE_TASK);
    expect(exercise).toContain('Hints');
    expect(exercise).toContain('Start with a top-level block, remotecfg { }, on its own');
    expect(exercise).toContain('password = sys.env("GCLOUD_RW_API_KEY")');
    expect(exercise).toContain('A solution Your URL and instance ID come from the API tab');
    expect(exercise).toContain('url = "https://fleet-management-prod-us-east-0.grafana.net/"');
    expect(raw).toContain(`/Dest /print-exercise-remotecfg`);

    const answers = pdfText(file, EXERCISE_PAGE + 1);
    expect(answers).toContain('Answers to the knowledge checks');
    expect(answers).toContain('Slide 1: Fleet Management: what it is and why');
    expect(answers).toMatch(/Correct: Grafana Alloy and the OpenTelemetry Collector Alloy joins through its remotecfg block/);
    expect(answers).toMatch(/Not correct: Any agent that can remote-write Prometheus metrics Sending metrics is not enough/);
    // The answer key keeps the authored order: the right option is the third here, after two wrong ones.
    expect(answers).toMatch(/Which collectors can you connect to Fleet Management\? Not correct: Grafana Alloy only;.*Not correct: Any agent.*Correct: Grafana Alloy and the OpenTelemetry Collector/);
    // Slide 8's answers end the key: its heading on the page before or on the last, its last check on the last.
    expect(pdfText(file, WITH_ANSWERS - 1) + pdfText(file, WITH_ANSWERS)).toContain('Slide 8: Troubleshooting and next steps');
    expect(pdfText(file, WITH_ANSWERS)).toContain('Correct: remotecfg_last_load_successful');
  });

  test('without answers (the learner default): no answer key, fewer pages', async ({ page }) => {
    const { file, expected } = await printHandout(page, '/print');
    await expect(page.getByRole('checkbox', { name: 'Include answers to the knowledge checks' })).not.toBeChecked();
    expect(pdfPages(file)).toBe(WITHOUT_ANSWERS);
    expect(expected).toBe(WITHOUT_ANSWERS);
    const all = pdfText(file);
    for (const title of TITLES) expect(all).toContain(title);
    expect(all).toContain(`Page ${WITHOUT_ANSWERS} of ${WITHOUT_ANSWERS}`);
    expect(all).not.toContain('Answers to the knowledge checks');
    expect(all).not.toMatch(/\bCorrect:/);
    // The exercise's task is for learners too; its hints and solution are answers.
    const exercise = pdfText(file, EXERCISE_PAGE);
    expect(exercise).toContain(EXERCISE_TITLE);
    expect(exercise).toContain(EXERCISE_TASK);
    expect(exercise).not.toContain('Hints');
    expect(all).not.toContain('A solution');
    expect(all).not.toContain('username = "123456"');
  });
});

test.describe('the print view on screen', () => {
  test('reached from the learner view with answers off; the checkbox and Back work', async ({ page }) => {
    await page.goto('./#/slides/3');
    await page.getByRole('link', { name: 'Print handout' }).click();
    await expect(page).toHaveURL(/#\/print$/);
    await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Ready to print' })).toHaveText(`Ready to print: ${WITHOUT_ANSWERS} A4 pages.`);
    await expect(page.getByRole('heading', { level: 1, name: DECK })).toBeVisible();
    await expect(page.locator('.print-answers')).toHaveCount(0);

    const answers = page.getByRole('checkbox', { name: 'Include answers to the knowledge checks' });
    await answers.check();
    await expect(page).toHaveURL(/#\/print\?answers=1$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Answers to the knowledge checks' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ready to print' })).toHaveText(`Ready to print: ${WITH_ANSWERS} A4 pages.`);

    await page.getByRole('link', { name: '← Back to the deck' }).click();
    await expect(page).toHaveURL(/#\/slides\/3$/);
  });

  test('the start page links to it, and the contents jump to a slide without leaving the page', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Print handout' }).click();
    await expect(page).toHaveURL(/#\/print$/);
    await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await page.getByRole('link', { name: '7. Hands-on: register your collector' }).click();
    await expect(page).toHaveURL(/#\/print$/);
    await expect(page.locator('#print-slide-7')).toBeFocused();
    await expect(page.locator('#print-slide-7')).toBeInViewport();
  });

  test('printed in the dark theme: light paper, light code colours, no chrome, no cut-off code', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./#/print?answers=1');
    await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('.print-toolbar')).toBeHidden();
    const look = await page.evaluate(() => {
      const span = document.querySelector<HTMLElement>('.print-slide-frame figure:not(.has-focus) .shiki span[style*="--shiki-light"]')!;
      return {
        paper: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.print-page')!).color,
        code: getComputedStyle(span).color,
        wantCode: span.style.getPropertyValue('--shiki-light'),
        clipped: [...document.querySelectorAll<HTMLElement>('.print-sheet pre, .print-sheet .code-scroll, .print-sheet .table-scroll')].filter(
          (el) => el.scrollWidth > el.clientWidth + 1,
        ).length,
      };
    });
    expect(look.paper).toBe('rgb(255, 255, 255)');
    expect(look.text).toBe('rgb(27, 31, 36)');
    const hex = look.wantCode.trim().toLowerCase();
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ');
    expect(look.code).toBe(`rgb(${rgb})`);
    expect(look.clipped).toBe(0);
  });
});

test('axe finds nothing on the print view with answers (label in name on), and its colours and names pass in the dark theme too', async ({ page }) => {
  test.slow();
  const list = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/print?answers=1');
  await expect(page.locator('.print-view')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  expect(list(await wcagAxe(page).analyze())).toEqual([]);
  // The structure is the same in both themes; only the colours change.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(list(await new AxeBuilder({ page }).options({ rules: { [LABEL_IN_NAME]: { enabled: true } } }).withRules(['color-contrast', LABEL_IN_NAME]).analyze())).toEqual([]);
});
