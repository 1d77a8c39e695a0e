import AxeBuilder from '@axe-core/playwright';
import { freePort, spawnWorkshop, type WorkshopProcess } from '../../scripts/workshop-process.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { createLiveClient, type LiveClient, type SocketConstructor } from '../../src/live/live-client.ts';
import { SLIDE_TITLES } from './deck-content.ts';
import { expect, test } from './fixtures.ts';

/**
 * The speaker side of a live workshop against the real server (server/main.ts, started here on
 * 127.0.0.1 and a free port, serving the build under test). Attendees are Node live clients:
 * what they hold is what the server sent them.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');
const SHOTS = process.env.SHOTS_DIR;

type Workshop = WorkshopProcess;

/** One server process (its own process group, so stopping it stops tsx and node together). */
function startWorkshop(port: number, key?: string): Promise<Workshop> {
  return spawnWorkshop(['--no-build', '--dist', DIST, '--host', '127.0.0.1', '--port', String(port)], key ? { WORKSHOP_PRESENTER_KEY: key } : {});
}

const attendeeClients: LiveClient[] = [];
function attendee(origin: string, id: string, key?: string): LiveClient {
  const client = createLiveClient({
    url: `${origin.replace('http', 'ws')}/live`,
    attendeeId: id.padEnd(32, '0'),
    key,
    WebSocket: WebSocket as unknown as SocketConstructor,
    backoff: { baseMs: 100, maxMs: 500 },
  });
  attendeeClients.push(client);
  return client;
}
function closeClients() {
  for (const c of attendeeClients.splice(0)) c.close();
}
async function connected(client: LiveClient) {
  await expect.poll(() => client.getView().status.kind).toBe('connected');
}

function watch(page: Page, errors: string[]) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return page;
}

async function openSpeaker(page: Page, w: Workshop, slide = 1) {
  await page.goto(`${w.origin}/#/presenter/${slide}?key=${w.key}`);
  await expect(page.getByTestId('live-status')).toContainText('Connected');
}

const counter = (page: Page) => page.getByTestId('counter');
// Every slide of the deck has knowledge checks (slides/*.md); slide 1 has two.
const deck = { slides: SLIDE_TITLES.map((title) => ({ title })) };
const CHECK_SLIDE = 1;

test.describe('the speaker view in a live workshop', () => {
  // Serial: one server for the describe, and the tests go on from the session the one before left.
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  let w: Workshop;
  let port: number;
  test.beforeAll(async () => {
    port = await freePort();
    w = await startWorkshop(port);
  });
  test.afterAll(async () => {
    closeClients();
    await w.stop();
  });
  test.afterEach(() => closeClients());

  test('drives attendees, counts them, and follows another presenter device', async ({ page }) => {
    const a = attendee(w.origin, 'a1');
    const b = attendee(w.origin, 'b2');
    await Promise.all([connected(a), connected(b)]);
    await openSpeaker(page, w);
    await expect(page.getByTestId('live-status')).toHaveText(/Connected · 2 attendees/);
    // The key is kept for a reload and leaves the address bar (a mirrored speaker view shows it on the projector).
    await expect.poll(() => page.url()).not.toContain('key=');
    expect(page.url()).toMatch(/#\/presenter\/1$/);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect.poll(() => a.getView().state?.slide).toBe(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const shown = await counter(page).locator('strong').innerText();
    const expectedSlide = Number(shown.split('/')[0]);
    await expect.poll(() => b.getView().state?.slide).toBe(expectedSlide);
    await page.keyboard.press('b');
    await expect.poll(() => a.getView().state?.blackout).toBe(true);
    await page.keyboard.press('b');
    await page.keyboard.press('t');
    await expect.poll(() => a.getView().state?.timer.running).toBe(true);
    await page.keyboard.press('t');
    await expect.poll(() => a.getView().state?.timer.running).toBe(false);
    // A fast run of B and T: the server's states after the first presses must not pull the later ones back.
    for (const k of ['b', 't', 'b', 't', 't']) await page.keyboard.press(k);
    await expect.poll(() => a.getView().state?.timer.running).toBe(true);
    await expect.poll(() => a.getView().state?.blackout).toBe(false);
    await page.waitForTimeout(300);
    expect(a.getView().state).toMatchObject({ blackout: false, timer: { running: true } });
    await page.keyboard.press('t');
    await expect.poll(() => a.getView().state?.timer.running).toBe(false);
    // The count outlives every change of slide, blackout and timer (it comes only when people come or go).
    await expect(page.getByTestId('live-status')).toHaveText(/Connected · 2 attendees/);

    // A phone with the same key moves the deck: the laptop follows (the server is the truth).
    const phone = attendee(w.origin, 'p3', w.key);
    await connected(phone);
    expect(phone.getView().role).toBe('presenter');
    phone.goto(5, 1);
    await expect(counter(page).locator('strong')).toHaveText(`5 / ${deck.slides.length}`);
    await expect(page.locator('.current-slide article.slide')).toHaveAttribute('data-slide', '5');
    await expect.poll(() => a.getView().state?.slide).toBe(5);
    // And the laptop's next move goes on from there for everyone.
    await page.keyboard.press('End');
    await expect.poll(() => phone.getView().state?.slide).toBe(deck.slides.length);

    // One attendee leaves: the count follows.
    b.close();
    await expect(page.getByTestId('live-status')).toHaveText(/Connected · 1 attendee$/);
  });

  test('a live check: Ask the room, answers, live counts, results on the audience screen, the answer after Close, CSV', async ({ page, consoleErrors }) => {
    const slide = CHECK_SLIDE;
    const a = attendee(w.origin, 'abcdef01');
    const b = attendee(w.origin, 'fedcba02');
    const c = attendee(w.origin, 'badf00d3');
    await Promise.all([connected(a), connected(b), connected(c)]);
    await openSpeaker(page, w, slide);
    // The session was elsewhere (the test before): the speaker view followed it; back to the check's slide.
    await page.keyboard.press('Home');
    await expect(counter(page).locator('strong')).toHaveText(`${slide} / ${deck.slides.length}`);
    const audience = watch(await page.context().newPage(), consoleErrors);
    await audience.goto(`${w.origin}/#/audience/${slide}`);
    await expect(audience.locator('article.slide')).toHaveAttribute('data-slide', String(slide));
    await expect(page.getByTestId('connected')).toHaveText(/1 audience window/);

    const check = page.locator('.room-check').first();
    await check.getByRole('button', { name: 'Ask the room' }).click();
    await expect.poll(() => a.getView().state?.check?.phase).toBe('open');
    const asked = a.getView().state!.check!;
    // Attendees see the question, never the answer, while it is open.
    expect(asked.reveal).toBeUndefined();
    expect(asked.options.length).toBeGreaterThanOrEqual(2);
    await expect(audience.getByTestId('room-results')).toHaveCount(0);

    expect(a.answer(asked.id, 0)).toBe(true);
    expect(b.answer(asked.id, 1)).toBe(true);
    expect(c.answer(asked.id, 1)).toBe(true);
    const counts = check.getByTestId('room-count');
    await expect(counts.nth(0)).toHaveText(/1 \(33 %\)/);
    await expect(counts.nth(1)).toHaveText(/2 \(67 %\)/);
    await expect(check.getByTestId('room-total')).toContainText('3 answers');
    // An attendee changes their mind: one answer each, counts follow.
    c.answer(asked.id, 0);
    await expect(counts.nth(0)).toHaveText(/2 \(67 %\)/);
    await expect(counts.nth(1)).toHaveText(/1 \(33 %\)/);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${scheme}: ${v.id}: ${v.help}`)).toEqual([]);
    }
    if (SHOTS) {
      for (const [width, height] of [[1280, 800], [1920, 1080]] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height });
          await check.scrollIntoViewIfNeeded();
          await page.screenshot({ path: `${SHOTS}/speaker-counts-${width}x${height}-${scheme}.png` });
        }
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    }

    await check.getByRole('button', { name: 'Show results' }).click();
    const results = audience.getByTestId('room-results');
    await expect(results).toBeVisible();
    await expect(results.getByTestId('result-count').nth(0)).toHaveText('2 (67 %)');
    await expect(results.getByTestId('result-count').nth(1)).toHaveText('1 (33 %)');
    await expect(results).toContainText(asked.question);
    await expect(results).not.toContainText('Right');
    await expect.poll(() => a.getView().state?.check?.phase).toBe('results');
    await expect.poll(() => a.getView().counts?.total).toBe(3);

    await check.getByRole('button', { name: 'Close' }).click();
    await expect(results).toHaveAttribute('data-closed', 'true');
    await expect.poll(() => a.getView().state?.check?.reveal?.correct.length ?? 0).toBeGreaterThan(0);
    const reveal = a.getView().state!.check!.reveal!;
    const right = results.locator('.room-result[data-correct="true"]');
    await expect(right).toHaveCount(reveal.correct.length);
    await expect(right.first()).toContainText('✓ Right:');
    await expect(right.first()).toContainText(asked.options[reveal.correct[0]!]!);
    const why = reveal.why[reveal.correct[0]!];
    if (why) await expect(right.first().locator('.room-result-why')).toHaveText(why);
    await expect(check.getByTestId('room-total')).toContainText('Closed');

    for (const scheme of ['light', 'dark'] as const) {
      await audience.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page: audience }).analyze();
      expect(axe.violations.map((v) => `audience ${scheme}: ${v.id}: ${v.help}`)).toEqual([]);
      if (SHOTS) await audience.screenshot({ path: `${SHOTS}/audience-results-${scheme}.png` });
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download results (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(asked.id);
    // Counts per option, never who answered.
    const rows = csv.split(/\r?\n/);
    expect(rows[0]).toBe('check,round,question,option,text,correct,answers');
    expect(rows.filter((r) => r.startsWith(`${asked.id},`)).map((r) => r.split(',').at(-1))).toEqual(['2', '1', ...Array(asked.options.length - 2).fill('0')]);
    expect(csv).not.toMatch(/abcdef01|fedcba02|badf00d3/);

    // Asked again after Close: a fresh round, no earlier answer counts or shows.
    await check.getByRole('button', { name: 'Ask again (fresh round)' }).click();
    await expect(check.getByTestId('room-total')).toHaveText(/Open: the room is answering · round 2 · 0 answers/);
    await expect.poll(() => a.getView().state?.check?.round).toBe(2);
    expect(a.getView().yourAnswer).toBeNull();
    expect(a.getView().state?.check?.reveal).toBeUndefined();

    // Taken off the screens: the audience shows the slide alone again.
    await check.getByRole('button', { name: 'Take off the screens' }).click();
    await expect(results).toHaveCount(0);
    await audience.close();
  });

  test('integrated: two attendee pages follow the speaker page, answer its check; counts, results and the answer everywhere', async ({ page, browser, consoleErrors }) => {
    await openSpeaker(page, w);
    await page.keyboard.press('Home');
    await expect(counter(page).locator('strong')).toHaveText(`1 / ${deck.slides.length}`);
    const attendees: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext();
      const p = watch(await context.newPage(), consoleErrors);
      await p.goto(`${w.origin}/#/join`);
      await expect(p.locator('.attendee-view')).toHaveAttribute('data-slide', '1');
      attendees.push(p);
    }
    await expect(page.getByTestId('live-status')).toHaveText(/Connected · 2 attendees/);
    await page.keyboard.press('ArrowRight');
    const at = (await counter(page).locator('strong').innerText()).split('/')[0]!.trim();
    for (const p of attendees) await expect(p.locator('.attendee-view')).toHaveAttribute('data-slide', at);
    await page.keyboard.press('Home');
    for (const p of attendees) await expect(p.locator('.attendee-view')).toHaveAttribute('data-slide', '1');
    const audience = watch(await page.context().newPage(), consoleErrors);
    await audience.goto(`${w.origin}/#/audience/1`);
    await expect(page.getByTestId('connected')).toHaveText(/1 audience window/);

    // The slide's second check: the session keeps the first one's answers from the test before.
    const check = page.locator('.room-check').nth(1);
    await check.getByRole('button', { name: 'Ask the room' }).click();
    for (const p of attendees) await expect(p.locator('.live-check')).toHaveAttribute('data-phase', 'open');
    await attendees[0]!.getByRole('radio').nth(2).check();
    await attendees[1]!.getByRole('radio').nth(0).check();
    const counts = check.getByTestId('room-count');
    await expect(counts.nth(0)).toHaveText(/1 \(50 %\)/);
    await expect(counts.nth(2)).toHaveText(/1 \(50 %\)/);
    await expect(check.getByTestId('room-total')).toContainText('2 answers');

    await check.getByRole('button', { name: 'Show results' }).click();
    await expect(audience.getByTestId('room-results').getByTestId('result-count').nth(2)).toHaveText('1 (50 %)');
    for (const p of attendees) await expect(p.locator('.live-results-row[data-option="2"]')).toHaveAttribute('data-count', '1');

    await check.getByRole('button', { name: 'Close' }).click();
    await expect(audience.getByTestId('room-results')).toHaveAttribute('data-closed', 'true');
    for (const p of attendees) {
      await expect(p.locator('.live-check')).toHaveAttribute('data-phase', 'closed');
      await expect(p.locator('.live-check-option[data-verdict="right"]')).toHaveCount(1);
    }
    await check.getByRole('button', { name: 'Take off the screens' }).click();
    await expect(audience.getByTestId('room-results')).toHaveCount(0);
    await audience.close();
    for (const p of attendees) await p.context().close();
  });

  test('the server restarts mid-session: the speaker view reconnects and puts the session back on its slide', async ({ page, consoleErrors }) => {
    await openSpeaker(page, w);
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    const at = Number((await counter(page).locator('strong').innerText()).split('/')[0]);
    expect(at).toBeGreaterThan(1);
    await page.keyboard.press('t');
    // Mid-session, not mid-load: the page has fetched what it wanted (slides warmed ahead, the service worker).
    await page.waitForLoadState('networkidle');
    await w.stop();
    await expect(page.getByTestId('live-status')).toContainText(/Reconnecting|Connection lost/);
    w = await startWorkshop(port, w.key);
    await expect(page.getByTestId('live-status')).toContainText('Connected', { timeout: 20_000 });
    await expect(counter(page).locator('strong')).toHaveText(`${at} / ${deck.slides.length}`);
    const late = attendee(w.origin, 'f4');
    await connected(late);
    await expect.poll(() => late.getView().state?.slide).toBe(at);
    await expect.poll(() => late.getView().state?.timer.running).toBe(true);
    // Chromium logs each refused attempt while the server is down; those, and only those, are expected.
    const refused = new RegExp(`^error: WebSocket connection to 'ws://127\\.0\\.0\\.1:${port}/live' failed: .*ERR_CONNECTION_REFUSED$`);
    const others = consoleErrors.filter((e) => !refused.test(e));
    expect(consoleErrors.length - others.length).toBeGreaterThan(0);
    consoleErrors.splice(0, consoleErrors.length, ...others);
  });

  test('the timer survives a reload of the speaker view, and the server keeps it too', async ({ page }) => {
    await openSpeaker(page, w);
    // The session's timer may still run from the test before; start it if not.
    await expect(page.getByRole('button', { name: /^(Start|Resume|Pause)$/ })).toBeVisible();
    if ((await page.getByRole('button', { name: 'Pause' }).count()) === 0) await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.waitForTimeout(2100);
    await page.reload();
    await expect(page.getByTestId('live-status')).toContainText('Connected');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    const seconds = (await page.getByTestId('elapsed').innerText()).split(':').map(Number);
    expect(seconds.reduce((acc, n) => acc * 60 + n, 0)).toBeGreaterThanOrEqual(2);
  });
});

test.describe('the speaker view without a live session', () => {
  test('the timer keeps its start time across a reload', async ({ page }) => {
    await page.goto('./#/presenter/1');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.waitForTimeout(2100);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    const parts = (await page.getByTestId('elapsed').innerText()).split(':').map(Number);
    expect(parts.reduce((acc, n) => acc * 60 + n, 0)).toBeGreaterThanOrEqual(2);
    // No key, no live code: the status line is not there.
    await expect(page.getByTestId('live-status')).toHaveCount(0);
  });

  test('F: the speaker forwards it to the audience window, which goes full screen on its next key; F there toggles', async ({ page, consoleErrors }) => {
    await page.goto('./#/presenter/1');
    const audience = watch(await page.context().newPage(), consoleErrors);
    await audience.goto('./#/audience/1');
    await expect(page.getByTestId('connected')).toHaveText(/1 audience window/);
    await page.bringToFront();
    await page.keyboard.press('f');
    await expect(audience.getByTestId('fullscreen-hint')).toBeVisible();
    await audience.bringToFront();
    await audience.keyboard.press('Shift');
    await expect.poll(() => audience.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(audience.getByTestId('fullscreen-hint')).toHaveCount(0);
    await audience.keyboard.press('f');
    await expect.poll(() => audience.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await audience.keyboard.press('f');
    await expect.poll(() => audience.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    // The speaker's F while it is full screen takes it out (leaving needs no gesture).
    await page.keyboard.press('f');
    await expect.poll(() => audience.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await audience.close();
  });

  test('the header keeps one line and its place while the timer runs and the slide changes', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./#/presenter/1');
    const bar = page.locator('.presenter-bar');
    const box = async () => {
      const clock = await page.getByTestId('wall-clock').boundingBox();
      const b = await bar.boundingBox();
      return { height: b!.height, clockX: Math.round(clock!.x) };
    };
    const before = await box();
    expect(before.height).toBeLessThan(70);
    await page.keyboard.press('t');
    await page.keyboard.press('End');
    await page.waitForTimeout(1100);
    expect(await box()).toEqual(before);
  });

  test('the next-slide preview shows the next title and first lines as text of 14 px or more', async ({ page }) => {
    await page.goto('./#/presenter/1');
    const text = page.getByTestId('next-text');
    const next = deck.slides[1]!.title;
    await expect(text.locator('.next-text-title')).toHaveText(next);
    await expect(text.locator('.next-lines li').first()).toBeVisible();
    const sizes = await text.locator('p, li').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(14);
  });
});

test.describe('the phone as remote', () => {
  async function phonePage(browser: Browser, scheme: 'light' | 'dark') {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: scheme, baseURL: test.info().project.use.baseURL });
    return { context, page: await context.newPage() };
  }
  for (const scheme of ['light', 'dark'] as const) {
    test(`large Previous / Next under the thumb, the title, the timer and the script (${scheme})`, async ({ browser }) => {
      const { context, page } = await phonePage(browser, scheme);
      const errors: string[] = [];
      watch(page, errors);
      await page.goto('./#/presenter/1');
      const next = page.getByRole('button', { name: 'Next' });
      const prev = page.getByRole('button', { name: 'Previous' });
      await expect(next).toBeVisible();
      await expect(page.getByTestId('phone-title')).toHaveText(deck.slides[0]!.title);
      await expect(page.getByTestId('elapsed')).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'Script' })).toBeVisible();
      const n = (await next.boundingBox())!;
      const p = (await prev.boundingBox())!;
      expect(n.height).toBeGreaterThanOrEqual(64);
      expect(n.width).toBeGreaterThanOrEqual(150);
      // In the bottom third of the screen, where a thumb reaches.
      expect(n.y).toBeGreaterThan(844 * 0.66);
      expect(p.y).toBe(n.y);
      await next.tap();
      await expect(page.getByTestId('phone-title')).toHaveText(deck.slides[1]!.title);
      await expect(counter(page).locator('strong')).toHaveText(`2 / ${deck.slides.length}`);
      await prev.tap();
      await expect(page.getByTestId('phone-title')).toHaveText(deck.slides[0]!.title);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-remote-${scheme}.png` });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
