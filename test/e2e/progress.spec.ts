import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures.ts';
import { RIGHT_OPTIONS } from './deck-content.ts';

const KEY = 'deck-progress:v1:intro-to-fleet-management-health-monitoring';
const CHECKS_PER_SLIDE = [2, 3, 2, 3, 2, 2, 2, 3];

type Record_ = { selected: number[]; status: 'answered' | 'revealed'; correct: boolean };
/** A right answer to check `id`, as saved: authored indexes, whatever order the learner saw. */
const right = (id: string): Record_ => ({ selected: [...(RIGHT_OPTIONS[id] ?? [])], status: 'answered', correct: true });
/** A wrong answer to check `id`: the first option that is not right. */
const wrong = (id: string): Record_ => ({ selected: [[0, 1, 2, 3, 4].find((i) => !RIGHT_OPTIONS[id]?.includes(i))!], status: 'answered', correct: false });
const revealed = (id: string): Record_ => ({ selected: [...(RIGHT_OPTIONS[id] ?? [])], status: 'revealed', correct: false });

type Exercise_ = { status: 'attempted' | 'passed'; hintsShown: number };

function progress(p: { visited?: number[]; last?: [number, number] | null; checks?: Record<string, Record_>; exercises?: Record<string, Exercise_>; timeSpentMs?: number }) {
  return {
    version: 1,
    visited: p.visited ?? [],
    lastPosition: p.last ? { slide: p.last[0], step: p.last[1] } : null,
    checks: p.checks ?? {},
    // Without exercises, the older save format (one `exercise` record, null when untouched).
    ...(p.exercises ? { exercises: p.exercises } : { exercise: null }),
    timeSpentMs: p.timeSpentMs ?? 0,
  };
}

function allChecks(except: Record<string, Record_> = {}): Record<string, Record_> {
  const out: Record<string, Record_> = {};
  CHECKS_PER_SLIDE.forEach((n, i) => {
    for (let c = 1; c <= n; c++) out[`s${i + 1}-c${c}`] = right(`s${i + 1}-c${c}`);
  });
  return { ...out, ...except };
}

/** Puts a value under the progress key before the app starts, once per tab (not again on reload). */
async function seed(page: Page, value: unknown) {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  await page.addInitScript(
    ([key, v]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key!, v!);
    },
    [KEY, raw],
  );
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const words = (page: Page) => page.locator('.progress-words');

test.describe('progress kept in the browser', () => {
  test('visits and an answered check survive a reload, and Resume lands on the last slide', async ({ page }) => {
    await page.goto('./#/slides/1');
    await expect(words(page)).toHaveText('Slide 1 of 8 · 0 of 19 checks · about 30 min left');
    const check = page.locator('form[data-check="s1-c1"]');
    await check.getByLabel('Grafana Alloy and the OpenTelemetry Collector').check();
    await check.getByRole('button', { name: 'Check' }).click();
    await expect(words(page)).toHaveText('Slide 1 of 8 · 1 of 19 checks · about 30 min left');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    // Slide 3 (3 min) and the unvisited 4-8 (22 min).
    await expect(words(page)).toHaveText('Slide 3 of 8 · 1 of 19 checks · about 25 min left');

    await page.reload();
    await expect(words(page)).toHaveText('Slide 3 of 8 · 1 of 19 checks · about 25 min left');
    expect(await stored(page)).toMatchObject({ version: 1, visited: [1, 2, 3], lastPosition: { slide: 3, step: 1 }, checks: { 's1-c1': right('s1-c1') } });

    await page.goto('./#/');
    const items = page.locator('ol.slide-list li');
    await expect(items.nth(0)).toContainText('Visited · 1 of 2 checks');
    await expect(items.nth(2)).toContainText('Visited');
    await expect(items.nth(3)).toContainText('Not visited');
    await expect(page.getByText('You’ve visited 3 of 8 slides · 1 of 19 checks · about 22 min left')).toBeVisible();
    await page.getByRole('link', { name: 'Resume at slide 3: Access tokens and policies' }).click();
    await expect(page).toHaveURL(/#\/slides\/3$/);
    await expect(page.locator('article.slide h1')).toHaveText('Access tokens and policies');
  });

  test('Start over asks once, Cancel keeps everything, Clear and start clears progress, answers and time', async ({ page }) => {
    await seed(page, progress({ visited: [1, 2, 3, 4], last: [4, 1], checks: { 's1-c1': right('s1-c1') }, timeSpentMs: 600_000 }));
    await page.goto('./#/');
    await page.getByRole('button', { name: 'Start over' }).click();
    const question = page.getByText('Clear your progress, answers and time?');
    await expect(question).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Resume at slide 4: Collector attributes and matchers' })).toBeVisible();
    expect((await stored(page)).visited).toEqual([1, 2, 3, 4]);

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Clear and start' }).click();
    await expect(page).toHaveURL(/#\/slides\/1$/);
    await expect(words(page)).toHaveText('Slide 1 of 8 · 0 of 19 checks · about 30 min left');
    const after = await stored(page);
    expect(after).toMatchObject({ visited: [1], lastPosition: { slide: 1, step: 1 }, checks: {} });
    expect(after.timeSpentMs).toBeLessThan(60_000);
    // Nothing is locked: a later slide opens directly.
    await page.goto('./#/slides/6');
    await expect(words(page)).toHaveText(/^Slide 6 of 8/);
  });

  test('the outline shows each slide’s state in words and marks the current slide; Escape returns focus', async ({ page }) => {
    await seed(page, progress({ visited: [1, 2, 3], last: [3, 1], checks: { 's1-c1': right('s1-c1'), 's1-c2': wrong('s1-c2'), 's2-c1': right('s2-c1') } }));
    await page.goto('./#/slides/2');
    await expect(words(page)).toHaveText(/^Slide 2 of 8/);
    await page.keyboard.press('o');
    const dialog = page.getByRole('dialog', { name: 'Outline' });
    await expect(dialog).toBeVisible();
    const links = dialog.locator('ol a');
    await expect(links).toHaveCount(8);
    await expect(links.nth(0)).toContainText('Checks done');
    await expect(links.nth(1)).toContainText('Visited · 1 of 3 checks');
    await expect(links.nth(2)).toContainText('Visited · 0 of 2 checks');
    await expect(links.nth(3)).toContainText('Not visited');
    await expect(dialog.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(links.nth(1)).toHaveAttribute('aria-current', 'page');
    await expect(links.nth(1)).toBeFocused();
    // Deck keys rest while the outline is open.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/slides\/2$/);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    const button = page.getByRole('button', { name: 'Outline' });
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'O');

    await button.click();
    await dialog.getByRole('link', { name: /Health status/ }).click();
    await expect(page).toHaveURL(/#\/slides\/5$/);
    await expect(dialog).toBeHidden();
    await page.keyboard.press('O');
    await expect(links.nth(4)).toHaveAttribute('aria-current', 'page');
    await expect(links.nth(4)).toContainText('Visited · 0 of 2 checks');
  });

  test('time on the slides is counted and saved every 15 seconds', async ({ page }) => {
    await page.clock.install();
    await page.goto('./#/slides/1');
    // The prerendered copy of slide 1 says "Slide 1 of 8" too, before the app (and its time meter) runs.
    await appReady(page);
    await expect(words(page)).toHaveText(/^Slide 1 of 8/);
    await page.clock.runFor(16_000);
    await expect.poll(async () => (await stored(page))?.timeSpentMs ?? 0).toBeGreaterThanOrEqual(15_000);
    expect((await stored(page)).timeSpentMs).toBeLessThan(20_000);
  });

  test('presenter and audience views record no learner progress', async ({ page }) => {
    for (const view of ['presenter', 'audience']) {
      await page.goto(`./#/${view}/3`);
      await expect(page.locator('article.slide').first()).toBeVisible();
    }
    expect(await stored(page)).toBeNull();
  });
});

test.describe('summary', () => {
  test('once complete: score, time spent and links to what was missed', async ({ page }) => {
    const checks = allChecks({ 's2-c1': wrong('s2-c1'), 's5-c2': revealed('s5-c2') });
    await seed(page, progress({ visited: [1, 2, 3, 4, 5, 6, 7, 8], last: [8, 1], checks, exercises: { remotecfg: { status: 'passed', hintsShown: 1 } }, timeSpentMs: 23 * 60_000 + 12_000 }));
    await page.goto('./#/');
    await page.getByRole('link', { name: 'See your summary' }).click();
    await expect(page).toHaveURL(/#\/summary$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your summary');
    await expect(page.locator('.summary-figures')).toContainText('Score17 of 19 checks correct');
    await expect(page.locator('.summary-figures')).toContainText('Time spent23 min');
    await expect(page.locator('.summary-figures')).toContainText('ExercisePassed, 1 hint used');
    const missed = page.locator('.summary-list li');
    await expect(missed).toHaveCount(2);
    await expect(missed.nth(0)).toContainText('Slide 2: How Fleet Management works, check 1');
    await expect(missed.nth(0)).toContainText('answered wrong');
    await expect(missed.nth(0)).toContainText('Someone edits a pipeline in Fleet Management.');
    await expect(missed.nth(1)).toContainText('Slide 5: Health status, check 2');
    await expect(missed.nth(1)).toContainText('answer revealed');
    await missed.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/#\/slides\/5$/);
  });

  test('before completion it says what is left, with links; the last slide links to it', async ({ page }) => {
    const checks = allChecks();
    for (const id of ['s4-c1', 's4-c2', 's4-c3', 's8-c2']) delete checks[id];
    await seed(page, progress({ visited: [1, 2, 3, 5, 6, 7, 8], last: [8, 1], checks }));
    await page.goto('./#/slides/8');
    await page.getByRole('link', { name: 'See your summary' }).click();
    await expect(page.getByRole('heading', { name: 'What’s left' })).toBeVisible();
    await expect(page.locator('.summary-figures')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Slide 4: Collector attributes and matchers', exact: true })).toHaveAttribute('href', '#/slides/4');
    await expect(page.getByRole('link', { name: 'Slide 8: Troubleshooting and next steps, check 2' })).toHaveAttribute('href', '#/slides/8');
  });

  test('before the end: the score so far and the exercise status, and the exercise in what is left', async ({ page }) => {
    // 7 of 10 checks on slides 1-4 answered (one wrong, one revealed), the exercise started with 2 hints.
    const checks: Record<string, Record_> = {
      's1-c1': right('s1-c1'),
      's1-c2': right('s1-c2'),
      's2-c1': wrong('s2-c1'),
      's2-c2': right('s2-c2'),
      's2-c3': right('s2-c3'),
      's3-c1': revealed('s3-c1'),
      's3-c2': right('s3-c2'),
    };
    await seed(page, progress({ visited: [1, 2, 3, 4], last: [4, 1], checks, exercises: { remotecfg: { status: 'attempted', hintsShown: 2 } } }));
    await page.goto('./#/summary');
    const soFar = page.locator('.summary-so-far');
    await expect(page.getByRole('heading', { level: 2, name: 'So far' })).toBeVisible();
    await expect(soFar).toContainText('Checks7 of 19 answered so far, 5 correct');
    await expect(soFar).toContainText('ExerciseStarted, not passed yet, 2 hints used');
    await expect(page.getByRole('heading', { level: 3, name: 'Exercise not passed' })).toBeVisible();
    const link = page.getByRole('link', { name: 'Slide 7: Hands-on: register your collector, the exercise' });
    await expect(link).toHaveAttribute('href', '#/slides/7');
  });

  test('at the end, an exercise not passed is worth another look', async ({ page }) => {
    await seed(page, progress({ visited: [1, 2, 3, 4, 5, 6, 7, 8], last: [8, 1], checks: allChecks(), timeSpentMs: 60_000 }));
    await page.goto('./#/summary');
    await expect(page.locator('.summary-figures')).toContainText('Score19 of 19 checks correct');
    await expect(page.locator('.summary-figures')).toContainText('ExerciseNot started');
    await expect(page.getByText('Nothing to look at again')).toHaveCount(0);
    await expect(page.locator('.summary-exercises li')).toHaveText(/Slide 7: Hands-on: register your collector, the exercise\s*Not started/);
  });
});

test.describe('storage that fails', () => {
  test('localStorage that throws: every slide works, the notice shows, nothing is logged', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const notice = 'Progress can’t be saved in this browser (storage is unavailable); you can still use every slide.';
    await page.goto('./#/');
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await page.getByRole('button', { name: 'Next →' }).click();
    // Progress still counts in memory for this visit.
    await expect(words(page)).toHaveText('Slide 2 of 8 · 0 of 19 checks · about 28 min left');
    await page.keyboard.press('o');
    await expect(page.getByRole('dialog', { name: 'Outline' }).locator('ol a').first()).toContainText('Visited');
  });

  test('garbage under the key: starts fresh with a notice, and the next save replaces it', async ({ page }) => {
    await seed(page, '{"version":1,"visited":"all of them"');
    await page.goto('./#/slides/2');
    await expect(page.getByRole('status').filter({ hasText: 'Your earlier progress couldn’t be read, so this visit starts fresh.' })).toBeVisible();
    // Slide 2 itself and every other slide: nothing was kept.
    await expect(words(page)).toHaveText('Slide 2 of 8 · 0 of 19 checks · about 30 min left');
    expect(await stored(page)).toMatchObject({ version: 1, visited: [2], lastPosition: { slide: 2, step: 1 } });
    await page.reload();
    await expect(words(page)).toHaveText(/^Slide 2 of 8/);
    await expect(page.locator('.progress-notice')).toBeEmpty();
  });

  test('an older version’s progress is set aside the same way', async ({ page }) => {
    await seed(page, { version: 0, slides: [1, 2, 3] });
    await page.goto('./#/');
    await expect(page.getByRole('status').filter({ hasText: 'couldn’t be read' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeVisible();
  });

  test('a full quota: saving fails quietly and the notice appears', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./#/slides/1');
    await expect(page.getByRole('status').filter({ hasText: 'Progress can’t be saved in this browser' })).toBeVisible();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(words(page)).toHaveText('Slide 2 of 8 · 0 of 19 checks · about 28 min left');
  });
});

test.describe('accessibility of the progress views', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the resume start page, the outline, the summary and the notice (${scheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const checks = allChecks({ 's2-c1': wrong('s2-c1'), 's5-c2': revealed('s5-c2') });
      await seed(page, progress({ visited: [1, 2, 3, 4, 5, 6, 7, 8], last: [3, 1], checks, timeSpentMs: 600_000 }));
      const found: string[] = [];
      const scan = async (where: string, only?: string) => {
        const builder = new AxeBuilder({ page }).withTags(TAGS);
        // The slide behind the outline is a11y-learner.spec.ts's to check.
        if (only) builder.include(only);
        const result = await builder.analyze();
        for (const v of result.violations) found.push(`${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      };
      await page.goto('./#/');
      await expect(page.getByRole('link', { name: /^Resume at slide 3/ })).toBeVisible();
      await scan('start');
      await page.getByRole('button', { name: 'Start over' }).click();
      await scan('start over');
      await page.goto('./#/slides/3');
      await page.keyboard.press('o');
      await expect(page.getByRole('dialog', { name: 'Outline' })).toBeVisible();
      await scan('outline', 'dialog.outline-dialog');
      await page.goto('./#/summary');
      await expect(page.locator('.summary-question').first()).toBeVisible();
      await scan('summary');
      await page.evaluate((key) => localStorage.setItem(key, 'garbage'), KEY);
      await page.reload();
      await expect(page.locator('.progress-notice')).not.toBeEmpty();
      await scan('notice');
      expect(found).toEqual([]);
    });
  }
});
