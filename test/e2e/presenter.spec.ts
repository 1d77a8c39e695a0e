import { wcagAxe } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Every page of a test logs into the fixture's error list, not only the first one. */
function watch(page: Page, errors: string[]) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return page;
}

async function openSpeaker(page: Page, hash = '/presenter/1') {
  await page.goto(`./#${hash}`);
  await expect(page.locator('.current-slide article.slide h1')).toBeVisible();
}

async function openAudience(page: Page, hash: string) {
  const audience = await page.context().newPage();
  await audience.goto(`./#${hash}`);
  await expect(audience.locator('article.slide h1')).toBeVisible();
  return audience;
}

/** The audience shows slide N (and step S): its URL, its article and its title. */
async function expectAudienceAt(audience: Page, slide: number, step = 1, title?: string) {
  const path = step > 1 ? `/audience/${slide}/${step}` : `/audience/${slide}`;
  await expect(audience).toHaveURL(new RegExp(`#${path}$`));
  const article = audience.locator('article.slide');
  await expect(article).toHaveAttribute('data-slide', String(slide));
  await expect(article).toHaveAttribute('data-step', String(step));
  if (title) await expect(article.locator('h1')).toHaveText(title);
}

const connected = (page: Page) => page.getByTestId('connected');

test.describe('presenter mode', () => {
  test('the audience follows forward, back, Home and End, replacing its history', async ({ page, consoleErrors }) => {
    await openSpeaker(page);
    const audience = watch(await openAudience(page, '/audience/1'), consoleErrors);
    await expect(connected(page)).toHaveText('1 audience window connected');
    const historyBefore = await audience.evaluate(() => history.length);

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/presenter\/2$/);
    await expectAudienceAt(audience, 2, 1, 'How Fleet Management works');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await expectAudienceAt(audience, 4, 1, 'Collector attributes and matchers');
    await page.keyboard.press('ArrowLeft');
    await expectAudienceAt(audience, 3, 1, 'Access tokens and policies');
    await page.keyboard.press('End');
    await expectAudienceAt(audience, 8, 1, 'Troubleshooting and next steps');
    // Back from slide 8 lands on slide 7's last step, on both screens.
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#\/presenter\/7\/5$/);
    await expectAudienceAt(audience, 7, 5);
    await page.keyboard.press('Home');
    await expectAudienceAt(audience, 1, 1, 'Fleet Management: what it is and why');

    // Following the speaker did not fill the audience window's history.
    expect(await audience.evaluate(() => history.length)).toBe(historyBefore);
  });

  test('an audience window opened late shows the current slide and step', async ({ page, consoleErrors }) => {
    await openSpeaker(page, '/presenter/6');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/presenter\/7\/3$/);
    const audience = watch(await openAudience(page, '/audience/1'), consoleErrors);
    await expectAudienceAt(audience, 7, 3, 'Hands-on: register your collector');
    await expect(audience.locator('figure[data-stages]').first()).toHaveAttribute('data-stage', '3');
  });

  test('a reloaded audience window rejoins and is counted once', async ({ page, consoleErrors }) => {
    await openSpeaker(page, '/presenter/2');
    const audience = watch(await openAudience(page, '/audience/2'), consoleErrors);
    await expect(connected(page)).toHaveText('1 audience window connected');
    await page.keyboard.press('ArrowRight');
    await expectAudienceAt(audience, 3);
    // The speaker moves on while the audience reloads from an old address.
    await audience.goto('./#/audience/1');
    await audience.reload();
    await page.keyboard.press('ArrowRight');
    await expectAudienceAt(audience, 4, 1, 'Collector attributes and matchers');
    await expect(connected(page)).toHaveText('1 audience window connected');
  });

  test('blackout reaches every audience window and back', async ({ page, consoleErrors }) => {
    await openSpeaker(page, '/presenter/3');
    const one = watch(await openAudience(page, '/audience/3'), consoleErrors);
    const two = watch(await openAudience(page, '/audience/3'), consoleErrors);
    await expect(connected(page)).toHaveText('2 audience windows connected');

    await page.bringToFront();
    await page.keyboard.press('b');
    for (const a of [one, two]) {
      await expect(a.getByRole('img', { name: 'Screen blacked out' })).toBeVisible();
      await expect(a.locator('article.slide h1')).toBeHidden();
      await expect(a).toHaveTitle(/^Screen blacked out/);
    }
    await expect(page.getByTestId('blackout-banner')).toHaveText(/audience screen is black/i);
    await expect(page.getByRole('button', { name: 'Black out' })).toHaveAttribute('aria-pressed', 'true');

    // Blackout stays on while the speaker moves, including onto a step route.
    await page.keyboard.press('End');
    await expectAudienceAt(one, 8);
    await expect(one.getByTestId('blackout')).toBeVisible();

    await page.keyboard.press('.');
    for (const a of [one, two]) {
      await expect(a.getByTestId('blackout')).toHaveCount(0);
      await expect(a.locator('article.slide h1')).toHaveText('Troubleshooting and next steps');
    }
    await expect(page.getByTestId('blackout-banner')).toHaveCount(0);

    await two.close();
    await expect(connected(page)).toHaveText('1 audience window connected', { timeout: 8000 });
  });

  test('keys pressed in an audience window move the speaker view', async ({ page, consoleErrors }) => {
    await openSpeaker(page, '/presenter/1');
    const audience = watch(await openAudience(page, '/audience/1'), consoleErrors);
    await expect(connected(page)).toHaveText('1 audience window connected');
    await audience.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/presenter\/2$/);
    await expectAudienceAt(audience, 2);
    await audience.keyboard.press('End');
    await expect(page).toHaveURL(/#\/presenter\/8$/);
    await audience.keyboard.press('b');
    await expect(page.getByRole('button', { name: 'Black out' })).toHaveAttribute('aria-pressed', 'true');
    await expect(audience.getByTestId('blackout')).toBeVisible();
    await audience.keyboard.press('B');
    await expect(audience.getByTestId('blackout')).toHaveCount(0);
  });

  test('without BroadcastChannel, storage events carry the same sync', async ({ page, consoleErrors }) => {
    await page.context().addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    await openSpeaker(page, '/presenter/2');
    const audience = watch(await openAudience(page, '/audience/1'), consoleErrors);
    expect(await audience.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
    await expectAudienceAt(audience, 2);
    await expect(connected(page)).toHaveText('1 audience window connected');
    await page.keyboard.press('ArrowRight');
    await expectAudienceAt(audience, 3, 1, 'Access tokens and policies');
    await audience.keyboard.press('b');
    await expect(audience.getByTestId('blackout')).toBeVisible();
    await expect(page.getByTestId('blackout-banner')).toBeVisible();
  });

  test('a learner tab is neither moved nor moves anyone', async ({ page, consoleErrors }) => {
    await openSpeaker(page, '/presenter/1');
    const learner = watch(await page.context().newPage(), consoleErrors);
    await learner.goto('./#/slides/5');
    await expect(learner.locator('article.slide h1')).toHaveText('Health status');
    const audience = watch(await openAudience(page, '/audience/1'), consoleErrors);

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectAudienceAt(audience, 3);
    await learner.keyboard.press('ArrowRight');
    await expect(learner).toHaveURL(/#\/slides\/6$/);
    await page.keyboard.press('b');
    await expect(audience.getByTestId('blackout')).toBeVisible();
    await expect(learner).toHaveURL(/#\/slides\/6$/);
    await expect(learner.locator('article.slide h1')).toHaveText('Self-monitoring');
    await expect(page).toHaveURL(/#\/presenter\/3$/);
    await expect(connected(page)).toHaveText('1 audience window connected');
  });

  test('the timer starts, pauses and resets; pacing compares it with the plan', async ({ page }) => {
    await page.clock.install({ time: new Date('2030-05-06T09:41:00') });
    await openSpeaker(page, '/presenter/1');
    // From here on time moves only when the test says so.
    await page.clock.pauseAt(new Date('2030-05-06T09:41:30'));
    const elapsed = page.getByTestId('elapsed');
    await expect(elapsed).toHaveText('00:00');
    await expect(page.getByTestId('wall-clock')).toHaveText(/09:41/);
    await expect(page.getByTestId('pacing')).toContainText('start the timer');

    await page.keyboard.press('t');
    await page.clock.runFor(65_000);
    await expect(elapsed).toHaveText('01:05');
    await expect(page.getByTestId('pacing')).toContainText('on time');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(60_000);
    await expect(elapsed).toHaveText('01:05');
    await expect(page.getByTestId('wall-clock')).toHaveText(/09:43/);

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(120_000);
    await expect(elapsed).toHaveText('03:05');
    // Slide 1 is planned for 2 minutes: a minute past that is a minute behind.
    await expect(page.getByTestId('pacing')).toContainText('1 min behind');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Slide 3 is planned from minute 5: reaching it at 3 is 2 minutes ahead.
    await expect(page.getByTestId('pacing')).toContainText('2 min ahead');

    await page.keyboard.press('t');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(elapsed).toHaveText('00:00');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  });

  test('the speaker view shows the script, the next slide or step, and the checks for the room', async ({ page }) => {
    await openSpeaker(page, '/presenter/2');
    const script = page.locator('.script-text');
    await expect(script).toContainText('remotecfg');
    await expect(page.locator('#next-heading')).toHaveText('Next slide: Access tokens and policies');
    await expect(page.getByTestId('counter')).toHaveText('Slide 2 / 8');

    await page.keyboard.press('ArrowRight');
    await expect(script).toContainText('access token');
    await expect(page.locator('#next-heading')).toHaveText('Next slide: Collector attributes and matchers');
    await expect(page.getByTestId('counter')).toHaveText('Slide 3 / 8');

    // Checks are read-only, with the right answer marked in words.
    const checks = page.locator('.room-checks');
    await expect(checks.locator('summary')).toContainText('Questions for the room');
    const correct = checks.locator('li.is-correct').first();
    await expect(correct).toContainText('Correct:');
    await expect(checks.locator('input')).toHaveCount(0);
    await checks.locator('summary').click();
    await expect(checks.locator('.room-check-list')).toBeHidden();

    await page.goto('./#/presenter/7');
    await expect(page.locator('#next-heading')).toHaveText('Next: step 2 of 5');
    await page.keyboard.press('End');
    await expect(page.locator('#next-heading')).toHaveText('Next: end of the deck');
    await expect(page.getByTestId('counter')).toHaveText('Slide 8 / 8');
  });

  test('a new slide starts its script at the top; a step keeps the place', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSpeaker(page, '/presenter/7');
    const side = page.locator('.presenter-side');
    const scrollTop = () => side.evaluate((el) => el.scrollTop);
    await side.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const scrolled = await scrollTop();
    expect(scrolled).toBeGreaterThan(100);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/presenter\/7\/2$/);
    expect(await scrollTop()).toBe(scrolled);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/#\/presenter\/8$/);
    await expect.poll(scrollTop).toBe(0);
  });

  test('script size and the slide/script split are adjustable and remembered', async ({ page }) => {
    await openSpeaker(page, '/presenter/2');
    const script = page.locator('.script-text');
    const size = async () => Number.parseFloat(await script.evaluate((el) => getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Larger script text' }).click();
    await page.getByRole('button', { name: 'Larger script text' }).click();
    expect(await size()).toBe(before + 4);

    const sep = page.getByRole('separator', { name: 'Resize the slide and the script' });
    const start = Number(await sep.getAttribute('aria-valuenow'));
    await sep.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(sep).toHaveAttribute('aria-valuenow', String(start - 4));
    // Arrow keys on the separator resize; they do not change the slide.
    await expect(page).toHaveURL(/#\/presenter\/2$/);
    await page.keyboard.press('End');
    await expect(sep).toHaveAttribute('aria-valuenow', '80');
    await expect(page).toHaveURL(/#\/presenter\/2$/);
    await page.keyboard.press('ArrowLeft');

    // Drag it with the mouse too.
    const box = (await sep.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(640, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const dragged = Number(await sep.getAttribute('aria-valuenow'));
    expect(dragged).toBeGreaterThanOrEqual(45);
    expect(dragged).toBeLessThanOrEqual(55);

    await page.reload();
    await expect(page.getByRole('separator')).toHaveAttribute('aria-valuenow', String(dragged));
    expect(await size()).toBe(before + 4);
  });

  test('Open audience window opens a following window, or shows the address when blocked', async ({ page, consoleErrors }) => {
    await openSpeaker(page, '/presenter/4');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open audience window' }).click()]);
    watch(popup, consoleErrors);
    await expectAudienceAt(popup, 4, 1, 'Collector attributes and matchers');
    await expect(connected(page)).toHaveText('1 audience window connected');
    await page.keyboard.press('ArrowRight');
    await expectAudienceAt(popup, 5);
    await popup.close();

    const blocked = watch(await page.context().newPage(), consoleErrors);
    await blocked.addInitScript(() => {
      window.open = () => null;
    });
    await openSpeaker(blocked, '/presenter/6');
    await blocked.getByRole('button', { name: 'Open audience window' }).click();
    await expect(blocked.getByRole('alert')).toContainText('blocked');
    const field = blocked.getByRole('textbox', { name: 'Audience window address' });
    await expect(field).toHaveValue(/#\/audience\/6$/);
    await blocked.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await blocked.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(blocked.getByText('Copied', { exact: true })).toBeVisible();
    expect(await blocked.evaluate(() => navigator.clipboard.readText())).toMatch(/#\/audience\/6$/);
  });

  test('the audience window hides the mouse cursor when idle', async ({ page }) => {
    await page.clock.install();
    await page.goto('./#/audience/2');
    const view = page.locator('.audience-view');
    await expect(view).toBeVisible();
    await expect(view).not.toHaveClass(/cursor-idle/);
    await page.clock.runFor(2500);
    await expect(view).toHaveClass(/cursor-idle/);
    await page.mouse.move(100, 100);
    await page.mouse.move(200, 150);
    await expect(view).not.toHaveClass(/cursor-idle/);
    // No controls and no script on the projector.
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('.script-panel')).toHaveCount(0);
  });

  test('the help overlay reopened with ? right after Escape stays open (the close event of the first comes a task later)', async ({ page }) => {
    await page.goto('./#/slides/2');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    // Escape: a cancel event, the view closes the dialog, and its close event is queued as a task.
    // A key is input, which Chromium may run before that task: ? reopens the dialog first.
    const closedBeforeKey = await page.evaluate(async () => {
      const d = document.querySelector<HTMLDialogElement>('dialog.help-overlay')!;
      d.dispatchEvent(new Event('cancel'));
      for (let i = 0; i < 5 && d.open; i++) await Promise.resolve();
      const closed = !d.open;
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, cancelable: true }));
      return closed;
    });
    expect(closedBeforeKey).toBe(true);
    await page.waitForTimeout(300);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the help overlay opens with ? and closes with Escape, returning focus', async ({ page }) => {
    await openSpeaker(page, '/presenter/2');
    const sep = page.getByRole('separator');
    await sep.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: /Speaker view/ })).toBeVisible();
    await expect(dialog.locator('th[scope="col"]').first()).toHaveText('Key');
    await expect(dialog.getByRole('row', { name: /Black out the audience screens/ })).toBeVisible();
    // Keys behind the dialog do nothing while it is open.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/presenter\/2$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(sep).toBeFocused();

    // The learner view has it too, from a key and from a toolbar button.
    await page.goto('./#/slides/2');
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', '?');
    await button.click();
    const learnerDialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(learnerDialog.getByRole('heading', { name: /Learner view/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(learnerDialog).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('?');
    await expect(learnerDialog).toBeVisible();
    await learnerDialog.getByRole('button', { name: 'Close' }).click();
    await expect(learnerDialog).toBeHidden();

    // And the audience window.
    await page.goto('./#/audience/2');
    await expect(page.locator('.audience-view article.slide h1')).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('heading', { name: /Audience window/ })).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the speaker view, the audience window and the help, label in name on (${scheme})`, async ({ page, consoleErrors }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript(() => {
        window.open = () => null;
      });
      const found: string[] = [];
      const scan = async (p: Page, label: string) => {
        const result = await wcagAxe(p).analyze();
        for (const v of result.violations) found.push(`${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      };
      await openSpeaker(page, '/presenter/3');
      await expect(page.locator('.room-checks li.is-correct').first()).toBeVisible();
      await page.keyboard.press('t');
      await page.getByRole('button', { name: 'Open audience window' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await scan(page, 'speaker');
      await page.keyboard.press('b');
      await expect(page.getByTestId('blackout-banner')).toBeVisible();
      await scan(page, 'speaker blackout');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await scan(page, 'help');

      const audience = watch(await page.context().newPage(), consoleErrors);
      await audience.emulateMedia({ colorScheme: scheme });
      await audience.goto('./#/audience/7/2');
      await expect(audience.getByTestId('blackout')).toBeVisible();
      await scan(audience, 'audience blackout');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.keyboard.press('b');
      await expect(audience.getByTestId('blackout')).toHaveCount(0);
      await scan(audience, 'audience');
      expect(found).toEqual([]);
    });
  }
});
