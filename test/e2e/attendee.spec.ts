import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { createLiveClient, type LiveClient, type SocketConstructor } from '../../src/live/live-client.ts';
import { CHECK, keyOf, spawnWorkshop, waitFor, type WorkshopProcess } from '../server/helpers.ts';
import { expect, test } from './fixtures.ts';

/*
 * The attendee view (#/join) against the real workshop server (server/main.ts, serving the build
 * under test), with the presenter played by a Node live client that holds the key: what an
 * attendee's device shows is decided by the server's messages, not by the speaker page.
 */

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLACKOUT = 'The presenter has blacked out the screen';

function startServer(port = 0): Promise<WorkshopProcess> {
  return spawnWorkshop(['--no-build', '--dist', DIST, '--host', '127.0.0.1', '--port', String(port)]);
}

async function presenterFor(workshop: WorkshopProcess): Promise<LiveClient> {
  const client = createLiveClient({
    url: `${workshop.origin.replace('http', 'ws')}/live`,
    attendeeId: 'node-presenter',
    key: keyOf(workshop.presenterLink),
    WebSocket: WebSocket as unknown as SocketConstructor,
  });
  await waitFor(() => client.getView().status.kind === 'connected' && client.getView().role === 'presenter', 'the presenter connection');
  return client;
}

/** Every console error and warning of the attendee pages, checked at the end of each test. */
let pageErrors: string[] = [];
function watch(page: Page): Page {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') pageErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  return page;
}

/** An attendee on their own device: a fresh browser context (own storage, own attendee id). */
async function attendee(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = watch(await context.newPage());
  await page.goto(`${origin}/#/join`);
  await expect(page.locator('.attendee-view')).toHaveAttribute('data-joined', 'yes');
  return { context, page };
}

/** The attendee page shows slide N, step S, in its article (what the reader sees). */
async function expectAt(page: Page, slide: number, step = 1) {
  const article = page.locator('.attendee-stage article.slide');
  await expect(article).toHaveAttribute('data-slide', String(slide));
  await expect(article).toHaveAttribute('data-step', String(step));
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('attendees on the workshop server', () => {
  test.describe.configure({ mode: 'serial' });
  let workshop: WorkshopProcess;
  let presenter: LiveClient;
  let a: { context: BrowserContext; page: Page };
  let b: { context: BrowserContext; page: Page };

  test.beforeAll(async ({ browser }) => {
    workshop = await startServer();
    presenter = await presenterFor(workshop);
    a = await attendee(browser, workshop.origin);
    b = await attendee(browser, workshop.origin, { width: 390, height: 844 });
  });
  test.afterAll(async () => {
    presenter?.close();
    await a?.context.close();
    await b?.context.close();
    await workshop?.stop();
  });
  test.beforeEach(() => {
    pageErrors = [];
  });
  test.afterEach(() => {
    expect(pageErrors, 'attendee pages: console errors and warnings').toEqual([]);
  });

  test('two attendees follow the presenter through slides and steps', async () => {
    await expectAt(a.page, 1);
    await expectAt(b.page, 1);
    await expect(a.page.locator('.live-status')).toHaveText('Connected');
    await expect(a.page.locator('.attendee-follow')).toHaveText('Following the presenter');
    presenter.goto(2, 1);
    await expectAt(a.page, 2);
    await expectAt(b.page, 2);
    await expect(a.page.locator('.attendee-stage h1')).toHaveText('How Fleet Management works');
    presenter.goto(7, 1);
    presenter.goto(7, 2);
    presenter.goto(7, 3);
    await expectAt(a.page, 7, 3);
    await expectAt(b.page, 7, 3);
    await expect(b.page.locator('.attendee-counter')).toContainText('Slide 7 of 8 · step 3 of 5');
    presenter.goto(3, 1);
    await expectAt(a.page, 3);
    await expectAt(b.page, 3);
  });

  test('a late joiner and a reloaded attendee show the current slide at once', async ({ browser }) => {
    presenter.goto(7, 2);
    await expectAt(a.page, 7, 2);
    // Record every slide the page ever draws, from its very first paint.
    const record = () => {
      const seen: string[] = [];
      (window as unknown as { seenSlides: string[] }).seenSlides = seen;
      new MutationObserver(() => {
        const article = document.querySelector('.attendee-stage article.slide');
        const at = article ? `${article.getAttribute('data-slide')}/${article.getAttribute('data-step')}` : null;
        if (at && seen.at(-1) !== at) seen.push(at);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    };
    const context = await browser.newContext();
    await context.addInitScript(record);
    const late = watch(await context.newPage());
    await late.goto(`${workshop.origin}/#/join`);
    await expectAt(late, 7, 2);
    expect(await late.evaluate(() => (window as unknown as { seenSlides: string[] }).seenSlides)).toEqual(['7/2']);
    await context.close();

    await a.context.addInitScript(record);
    await a.page.reload();
    await expectAt(a.page, 7, 2);
    expect(await a.page.evaluate(() => (window as unknown as { seenSlides: string[] }).seenSlides)).toEqual(['7/2']);
  });

  test('an attendee browses away, sees where the presenter is, and Follow snaps back', async () => {
    presenter.goto(5, 1);
    await expectAt(a.page, 5);
    await expectAt(b.page, 5);
    // Keys on the laptop: back to the code on slide 3.
    await a.page.locator('.attendee-stage').click();
    await a.page.keyboard.press('ArrowLeft');
    await a.page.keyboard.press('ArrowLeft');
    await expectAt(a.page, 3);
    await expect(a.page.locator('.attendee-view')).toHaveAttribute('data-following', 'no');
    await expect(a.page.locator('.attendee-follow')).toContainText('Presenter is on slide 5');
    // The presenter moves on; the browsing attendee stays, the other follows.
    presenter.goto(6, 1);
    await expectAt(b.page, 6);
    await expect(a.page.locator('.attendee-follow')).toContainText('Presenter is on slide 6');
    await expectAt(a.page, 3);
    await a.page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expectAt(a.page, 6);
    await expect(a.page.locator('.attendee-view')).toHaveAttribute('data-following', 'yes');
    presenter.goto(7, 4);
    await expectAt(a.page, 7, 4);

    // The phone: the dock's buttons, then F (a keyboard on a tablet) to follow again.
    await b.page.getByRole('button', { name: '← Previous' }).click();
    await expectAt(b.page, 7, 3);
    await expect(b.page.locator('.attendee-follow')).toContainText('Presenter is on slide 7, step 4');
    await b.page.getByRole('button', { name: 'Next →' }).click();
    await b.page.getByRole('button', { name: 'Next →' }).click();
    await expectAt(b.page, 7, 5);
    await b.page.keyboard.press('f');
    await expectAt(b.page, 7, 4);
    await expect(b.page.locator('.attendee-view')).toHaveAttribute('data-following', 'yes');
  });

  test('an attendee’s forged control messages change nothing', async () => {
    presenter.goto(4, 1);
    await expectAt(a.page, 4);
    await expectAt(b.page, 4);
    const before = presenter.getView().state!;
    // From the attendee's page, with its own socket: no key, then a guessed key.
    const answers = await a.page.evaluate(async (url) => {
      const forge = (hello: Record<string, unknown>) =>
        new Promise<string>((done) => {
          const ws = new WebSocket(url);
          let n = 0;
          const send = (m: Record<string, unknown>) => ws.send(JSON.stringify({ ...m, n: ++n }));
          ws.onmessage = (e) => {
            const role = (JSON.parse(String(e.data)) as { role?: string }).role ?? '';
            send({ t: 'goto', slide: 1, step: 1 });
            send({ t: 'blackout', on: true });
            send({ t: 'ask', check: { id: 'forged', question: 'Forged?', options: [{ text: 'yes', correct: true }, { text: 'no', correct: false }] } });
            send({ t: 'timer', timer: { running: true, startedAt: Date.now(), accumulatedMs: 0 } });
            send({ t: 'results' });
            // A replay of an earlier counter, as a presenter would have sent it.
            ws.send(JSON.stringify({ t: 'goto', slide: 2, step: 1, n: 1 }));
            setTimeout(() => {
              ws.close();
              done(role);
            }, 400);
          };
          ws.onopen = () => send({ t: 'hello', v: 1, attendee: 'forger', ...hello });
        });
      return [await forge({}), await forge({ key: 'guessed-key-guessed-key-guessed-key' })];
    }, `${workshop.origin.replace('http', 'ws')}/live`);
    expect(answers).toEqual(['attendee', 'attendee']);
    // A presenter move after the forgeries: every screen has it, so they were all processed before.
    presenter.goto(4, 1);
    presenter.goto(5, 1);
    await expectAt(a.page, 5);
    await expectAt(b.page, 5);
    const after = presenter.getView().state!;
    expect(after.seq).toBe(before.seq + 1);
    expect(after.blackout).toBe(false);
    expect(after.check).toBeNull();
    expect(after.timer).toEqual(before.timer);
    await expect(a.page.locator('.live-check')).toHaveCount(0);
    await expect(a.page.getByRole('img', { name: BLACKOUT })).toHaveCount(0);
  });

  test('the join link and every attendee page hold no trace of the presenter key', async ({ browser }) => {
    const key = keyOf(workshop.presenterLink);
    expect(workshop.joinLink).toBe(`${workshop.origin}/#/join`);
    expect(workshop.joinLink).not.toContain(key);
    const context = await browser.newContext();
    const page = watch(await context.newPage());
    const bodies: Promise<string>[] = [];
    const urls: string[] = [];
    context.on('response', (r) => {
      urls.push(r.url());
      bodies.push(r.body().then((b) => b.toString('latin1'), () => ''));
    });
    const frames: string[] = [];
    page.on('websocket', (ws) => {
      ws.on('framereceived', (f) => frames.push(String(f.payload)));
      ws.on('framesent', (f) => frames.push(String(f.payload)));
    });
    await page.goto(workshop.joinLink);
    await expect(page.locator('.attendee-view')).toHaveAttribute('data-joined', 'yes');
    // Visit every slide, so every lazily loaded chunk and slide body is fetched too.
    for (let slide = 1; slide <= 8; slide++) {
      presenter.goto(slide, 1);
      await expectAt(page, slide);
    }
    await page.getByRole('button', { name: 'Keys (keyboard shortcuts)' }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('heading', { name: 'Live session (attendee) (this view)' })).toBeVisible();
    await expect(help.getByRole('row', { name: /Follow the presenter again/ })).toBeVisible();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
    const html = await page.content();
    const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, href: location.href }));
    const fetched = await Promise.all(bodies);
    expect(urls.some((u) => u.includes('/assets/join-route'))).toBe(true);
    expect(fetched.length).toBeGreaterThan(5);
    expect(frames.length).toBeGreaterThan(8);
    for (const [i, body] of fetched.entries()) expect(body.includes(key), urls[i]).toBe(false);
    for (const text of [html, storage, ...frames, ...urls]) expect(text).not.toContain(key);
    await context.close();
  });

  test('attendees answer a live check, see the results, then the right answer and why after Close', async () => {
    presenter.goto(3, 1);
    await expectAt(a.page, 3);
    expect(presenter.ask(CHECK)).toBe(true);
    for (const { page } of [a, b]) {
      await expect(page.locator('.live-check')).toHaveAttribute('data-phase', 'open');
      await expect(page.getByRole('group', { name: CHECK.question })).toBeVisible();
      await expect(page.getByRole('radio')).toHaveCount(3);
    }
    await a.page.getByRole('radio', { name: 'set:alloy-data-write' }).check();
    await b.page.getByRole('radio', { name: 'stacks:read' }).check();
    await expect(b.page.getByRole('status').filter({ hasText: 'Your answer: B, stacks:read.' })).toBeVisible();
    // One answer each, changeable: B changes their mind.
    await b.page.getByRole('radio', { name: 'metrics:write' }).check();
    await waitFor(() => presenter.getView().counts?.counts.join() === '1,0,1', 'the presenter’s live counts 1,0,1');
    // Attendees see no counts, and no right answer, while it is open.
    await expect(a.page.locator('.live-results')).toHaveCount(0);
    await expect(a.page.locator('[data-verdict]')).toHaveCount(0);

    // The answer is kept across a reload (the attendee id persists, the server holds the answer).
    await b.page.reload();
    await expect(b.page.getByRole('radio', { name: 'metrics:write' })).toBeChecked();
    expect(await axe(a.page)).toEqual([]);

    presenter.showResults(CHECK.id);
    for (const { page } of [a, b]) {
      await expect(page.locator('.live-check')).toHaveAttribute('data-phase', 'results');
      await expect(page.locator('.live-results')).toContainText('2 answers from the room');
      await expect(page.locator('.live-results-row[data-option="0"]')).toHaveAttribute('data-count', '1');
      await expect(page.locator('.live-results-row[data-option="1"]')).toHaveAttribute('data-count', '0');
      await expect(page.locator('.live-results-row[data-option="2"]')).toContainText('1 (50 %)');
    }
    await a.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(a.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axe(a.page)).toEqual([]);
    expect(await axe(b.page)).toEqual([]);

    presenter.closeCheck(CHECK.id);
    for (const { page } of [a, b]) {
      await expect(page.locator('.live-check')).toHaveAttribute('data-phase', 'closed');
      await expect(page.locator('.live-check-option').nth(0)).toHaveAttribute('data-verdict', 'right');
      await expect(page.locator('.live-check-option').nth(0)).toContainText('It covers registering and remote configuration.');
      await expect(page.locator('.live-check-option').nth(1)).toContainText('It only reads stack details.');
      await expect(page.getByRole('radio').first()).toBeDisabled();
    }
    await expect(a.page.getByRole('status').filter({ hasText: 'You got it right.' })).toBeVisible();
    await expect(b.page.getByRole('status').filter({ hasText: 'Not this time.' })).toBeVisible();
    expect(await axe(a.page)).toEqual([]);
    await a.page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await axe(a.page)).toEqual([]);
    presenter.clearCheck();
    await expect(a.page.locator('.live-check')).toHaveCount(0);
  });

  test('blackout reaches attendees as a black cover with a label', async () => {
    presenter.setBlackout(true);
    for (const { page } of [a, b]) {
      const cover = page.getByRole('img', { name: BLACKOUT });
      await expect(cover).toBeVisible();
      expect(await cover.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    }
    presenter.setBlackout(false);
    for (const { page } of [a, b]) await expect(page.getByRole('img', { name: BLACKOUT })).toHaveCount(0);
  });

  test('after a server restart every attendee says it is reconnecting, then is back on the presenter’s slide', async () => {
    presenter.goto(6, 1);
    await expectAt(a.page, 6);
    await expectAt(b.page, 6);
    const port = new URL(workshop.origin).port;
    presenter.close();
    expect(await workshop.stop()).toBe(0);
    for (const { page } of [a, b]) {
      await expect(page.locator('.live-status')).toHaveAttribute('data-live-status', 'reconnecting');
      await expect(page.locator('.live-status')).toContainText(/Connection lost\. Reconnecting in \d+ s/);
      // The last slide stays on screen while it waits.
      await expectAt(page, 6);
    }
    workshop = await startServer(Number(port));
    // The new process starts its session at slide 1; the attendees keep the room's slide until the presenter is back.
    for (const { page } of [a, b]) {
      await expect(page.locator('.live-status')).toHaveText('Connected', { timeout: 20_000 });
      await expectAt(page, 6);
    }
    // A new process issues a new key: the presenter's page rejoins with it and drives on.
    presenter = await presenterFor(workshop);
    expect(presenter.getView().state?.seq).toBe(0);
    presenter.goto(7, 2);
    for (const { page } of [a, b]) await expectAt(page, 7, 2);
    // The browser logs each refused connection attempt itself; nothing else may be logged.
    pageErrors = pageErrors.filter((e) => !/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/live' failed/.test(e));
  });
});

test.describe('#/join without a workshop server', () => {
  test('says plainly that no live session runs here, and links to the self-paced deck', async ({ page }) => {
    await page.goto('./#/join');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No live session is running here');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Open the self-paced deck' }).click();
    await expect(page).toHaveURL(/#\/slides\/1$/);
    await expect(page.locator('article.slide')).toHaveAttribute('data-slide', '1');
  });
});
