import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { startHarness } from '../../scripts/scorm-try.ts';
import { expect, test } from './fixtures.ts';

/*
 * The packaged deck (dist-scorm/*.zip, served from the zip under /course/<edition>/) inside
 * scorm/harness.html, with scorm-again as the runtime. Packages are built here when missing
 * (npm run package:scorm, about 30 s on a quiet machine).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SLIDE_COUNT = 8;
const CHECK_COUNT = 19;
const EXERCISE_COUNT = 1;
let harness: { url: string; server: Server };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const dir = path.join(ROOT, 'dist-scorm');
  const built = existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith('.zip')).length === 2;
  if (!built) execFileSync('npx', ['tsx', 'scripts/package-scorm.ts'], { cwd: ROOT, stdio: 'inherit', timeout: 230_000 });
  harness = await startHarness(Number(process.env.SCORM_HARNESS_PORT ?? 0));
});

test.afterAll(async () => {
  await new Promise((resolve) => harness?.server.close(resolve));
});

interface Call {
  method: string;
  element?: string;
  value?: string;
  error: string;
}

const EL = {
  '1.2': { init: 'LMSInitialize', set: 'LMSSetValue', get: 'LMSGetValue', commit: 'LMSCommit', finish: 'LMSFinish', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', entry: 'cmi.core.entry', time: 'cmi.core.session_time' },
  '2004': { init: 'Initialize', set: 'SetValue', get: 'GetValue', commit: 'Commit', finish: 'Terminate', location: 'cmi.location', exit: 'cmi.exit', entry: 'cmi.entry', time: 'cmi.session_time' },
} as const;

const calls = (page: Page) => page.evaluate(() => (window as unknown as { harness: { calls: Call[] } }).harness.calls);
const values = (page: Page) => page.evaluate(() => (window as unknown as { harness: { values: Record<string, string> } }).harness.values);
const course = (page: Page): FrameLocator => page.frameLocator('#course');
const courseFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().includes('/course/'));
  if (!frame) throw new Error('course frame not loaded');
  return frame;
};

async function open(page: Page, edition: '1.2' | '2004', runtime?: string) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${harness.url}?edition=${edition}${runtime ? `&runtime=${runtime}` : ''}`);
  await expect(course(page).getByRole('heading', { level: 1 })).toBeVisible();
  await expect(course(page).locator('#root')).not.toHaveAttribute('data-prerendered');
  return requests;
}

async function goToSlide(page: Page, n: number) {
  await courseFrame(page).evaluate((slide) => {
    location.hash = `#/slides/${slide}`;
  }, n);
  await expect(course(page).locator('.progress-words')).toContainText(`Slide ${n} of ${SLIDE_COUNT}`);
}

/**
 * Answers each check on slide `n` with its first option; returns how many came out right. The
 * checks render a moment after the slide (deferred), so the slide's own are waited for: counting
 * whatever forms are there at once could take the previous slide's.
 */
async function answerChecksOnSlide(page: Page, n: number): Promise<number> {
  const forms = course(page).locator(`form[data-check^="s${n}-"]`);
  await expect(forms.first()).toBeVisible();
  const count = await forms.count();
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    await form.locator('input').first().check();
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(form).toHaveAttribute('data-outcome', /^(correct|wrong|partial)$/);
  }
  return course(page).locator(`form[data-check^="s${n}-"][data-outcome="correct"]`).count();
}

async function hide(page: Page) {
  await courseFrame(page).evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
}

for (const edition of ['1.2', '2004'] as const) {
  const E = EL[edition];
  test.describe(`SCORM ${edition} package`, () => {
    test('initializes, writes the location on each slide, commits on hide, finishes on pagehide, and asks for nothing outside the package', async ({ page }) => {
      const requests = await open(page, edition);
      await expect.poll(async () => (await calls(page))[0]).toMatchObject({ method: E.init, error: '0' });
      const v0 = await values(page);
      expect(v0[E.exit]).toBe('suspend');
      expect(v0[edition === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status']).toBe('incomplete');

      const locations = async () => (await calls(page)).filter((c) => c.method === E.set && c.element === E.location).map((c) => c.value);
      await course(page).getByRole('link', { name: 'Start' }).click();
      // The location is where the learner is now: a move made before slide 1's write went out
      // would rightly skip it, so each slide is written before the next move.
      await expect(course(page).locator('.progress-words')).toContainText(`Slide 1 of ${SLIDE_COUNT}`);
      await expect.poll(locations).toEqual(['1']);
      await goToSlide(page, 2);
      await expect.poll(locations).toEqual(['1', '2']);
      await goToSlide(page, 3);
      await expect.poll(locations).toEqual(['1', '2', '3']);
      // Each new location is committed at once.
      const afterMoves = await calls(page);
      const lastLocation = afterMoves.findLastIndex((c) => c.element === E.location);
      expect(afterMoves.slice(lastLocation).some((c) => c.method === E.commit && c.error === '0')).toBe(true);

      const beforeHide = (await calls(page)).length;
      await hide(page);
      const hidden = (await calls(page)).slice(beforeHide);
      // Whatever the page writes as it hides (the time on the slides, the session time) goes out in one commit.
      expect(hidden.at(-1)).toMatchObject({ method: E.commit, error: '0' });
      expect(hidden.slice(0, -1).every((c) => c.method === E.set)).toBe(true);
      expect(hidden.find((c) => c.element === E.time)?.value).toMatch(edition === '1.2' ? /^\d{4}:\d{2}:\d{2}\.\d{2}$/ : /^PT(\d+H)?(\d+M)?[\d.]+S$/);

      await page.locator('#course').evaluate((f: HTMLIFrameElement) => {
        f.src = 'about:blank';
      });
      await expect.poll(async () => (await calls(page)).at(-1)).toMatchObject({ method: E.finish, error: '0' });
      // 2004 answers 403 (not initialized) for a value never set, e.g. suspend_data on a first visit: not a failure.
      const failed = (await calls(page)).filter((c) => c.error !== '0' && !(edition === '2004' && c.method === E.get && c.error === '403'));
      expect(failed).toEqual([]);

      const origin = new URL(harness.url).origin;
      const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && u !== 'about:blank');
      expect(outside).toEqual([]);
      expect(requests.filter((u) => /sw\.js|registerSW|webmanifest/.test(u))).toEqual([]);
    });

    test('a second session resumes on the saved slide with the answers restored', async ({ page }) => {
      await open(page, edition);
      await course(page).getByRole('link', { name: 'Start' }).click();
      await answerChecksOnSlide(page, 1);
      const first = course(page).locator('form[data-check="s1-c1"]');
      await expect(first).toHaveAttribute('data-outcome', /^(correct|wrong|partial)$/);
      const outcome = await first.getAttribute('data-outcome');
      await goToSlide(page, 2);
      await goToSlide(page, 3);
      await hide(page);
      const saved = (await values(page))['cmi.suspend_data'];
      expect(saved).toMatch(/^1\|/);

      // Reloading the harness ends the session (pagehide: finish) and starts a second one.
      await page.reload();
      await expect(course(page).getByRole('link', { name: /^Resume at slide 3:/ })).toBeVisible();
      expect(await calls(page)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ method: E.get, element: 'cmi.suspend_data', error: '0' }),
          expect.objectContaining({ method: E.get, element: E.location, error: '0' }),
        ]),
      );
      expect((await values(page))[E.entry]).toBe('resume');
      expect((await values(page))['cmi.suspend_data']).toBe(saved);
      await course(page).getByRole('link', { name: /^Resume at slide 3:/ }).click();
      await expect(course(page).locator('.progress-words')).toContainText(`Slide 3 of ${SLIDE_COUNT}`);
      await goToSlide(page, 1);
      await expect(course(page).locator('form[data-check="s1-c1"]')).toHaveAttribute('data-outcome', outcome!);
    });

    test('after every check is answered: score and status', async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, edition);
      await course(page).getByRole('link', { name: 'Start' }).click();
      let correct = 0;
      for (let n = 1; n <= SLIDE_COUNT; n++) {
        if (n > 1) await goToSlide(page, n);
        correct += await answerChecksOnSlide(page, n);
      }
      const raw = Math.round((correct / (CHECK_COUNT + EXERCISE_COUNT)) * 100);
      await expect.poll(async () => (await values(page))[edition === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw']).toBe(String(raw));
      const v = await values(page);
      if (edition === '1.2') {
        expect(v).toMatchObject({ 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.lesson_status': 'completed' });
      } else {
        expect(v).toMatchObject({ 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.score.scaled': String(raw / 100), 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown' });
      }
      expect(v['cmi.suspend_data']!.length).toBeLessThan(4096);
      test.info().annotations.push({ type: 'saved state', description: `${v['cmi.suspend_data']!.length} characters with every check answered` });
      expect(await page.locator('#size').textContent()).toBe(String(v['cmi.suspend_data']!.length));
      expect((await calls(page)).filter((c) => c.error !== '0' && !(edition === '2004' && c.method === E.get && c.error === '403'))).toEqual([]);
    });
  });
}

for (const [edition, runtime] of [['1.2', 'errors'], ['2004', 'errors'], ['1.2', 'throws'], ['2004', 'throws']] as const) {
  test(`SCORM ${edition}: a runtime that ${runtime === 'errors' ? 'answers every call with an error' : 'throws on every call'} leaves the deck fully usable`, async ({ page }) => {
    await open(page, edition, runtime);
    await expect(course(page).locator('html')).toHaveAttribute('data-lms', 'failing');
    await course(page).getByRole('link', { name: 'Start' }).click();
    await answerChecksOnSlide(page, 1);
    await goToSlide(page, 2);
    await hide(page);
    await goToSlide(page, 1);
    await expect(course(page).locator('form[data-check="s1-c1"]')).toHaveAttribute('data-outcome', /^(correct|wrong|partial)$/);
    // The learner's progress is kept in the browser instead, and the start page offers it.
    await courseFrame(page).evaluate(() => {
      location.hash = '#/';
    });
    await expect(course(page).getByRole('link', { name: /^Resume at slide 1:/ })).toBeVisible();
  });
}
