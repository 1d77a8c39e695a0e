import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const URL = 'https://fleet-management-prod-us-east-0.grafana.net/';
const TOKEN = 'glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJ0ZXN0In0=';

/** The exercise's lazy code: the panel chunk, shiki's core and engine, the grammar and the themes. */
const EXERCISE_CHUNK = /\/assets\/(exercise-panel|core|engine-javascript|grafana-alloy\.tmLanguage|github-(light|dark))-[\w-]+\.js$/;

test.describe('knowledge checks', () => {
  test('wrong then right answers get per-option feedback; Retry, Show answer, and the result survives a reload', async ({ page }) => {
    await page.goto('./#/slides/3');
    const check = page.locator('form[data-check="s3-c1"]');
    await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
    await expect(check.getByRole('group', { name: 'Your basic_auth block needs a username. What do you put there?' })).toBeVisible();
    const checkButton = check.getByRole('button', { name: 'Check' });
    await expect(checkButton).toBeDisabled();

    // Options are shuffled per learner, so each one is found by its text, never by its place.
    const email = check.getByRole('radio', { name: 'The email address you sign in to Grafana Cloud with' });
    await email.check();
    await checkButton.click();
    const emailOption = check.locator('.kc-option').filter({ hasText: 'The email address you sign in to Grafana Cloud with' });
    await expect(emailOption.locator('.kc-feedback')).toHaveText(/^Not quite\. \S/);
    await expect(check.getByRole('status')).toHaveText('Not quite. Read why, then Retry or Show answer.');
    await expect(check.locator('.kc-feedback')).toHaveCount(1);

    await check.getByRole('button', { name: 'Retry' }).click();
    await expect(email).not.toBeChecked();
    await expect(check.locator('[role="status"]')).toBeEmpty();
    await expect(checkButton).toBeDisabled();

    const instance = check.getByRole('radio', { name: 'The Instance ID shown on Fleet Management’s API tab' });
    await instance.check();
    await checkButton.click();
    await expect(check.locator('.kc-option').filter({ hasText: 'The Instance ID shown on Fleet Management’s API tab' }).locator('.kc-feedback')).toHaveText(/^Correct\. \S/);
    await expect(check.getByRole('status')).toHaveText('Correct.');

    const second = page.locator('form[data-check="s3-c2"]');
    await second.getByRole('button', { name: 'Show answer' }).click();
    await expect(second.getByRole('radio', { name: 'set:alloy-data-write' })).toBeChecked();
    await expect(second.locator('.kc-verdict-answer .kc-feedback')).toHaveText(/^Right answer\. \S/);
    await expect(second.getByRole('status')).toHaveText('The right answer is marked.');

    await page.reload();
    await expect(check.getByRole('radio', { name: 'The Instance ID shown on Fleet Management’s API tab' })).toBeChecked();
    await expect(check.getByRole('status')).toHaveText('Correct.');
    await expect(second.getByRole('status')).toHaveText('The right answer is marked.');
    await expect(second.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('options are shuffled per learner: the same order after a reload, another order for a fresh learner', async ({ page, browser, baseURL }) => {
    const order = (p: Page) =>
      p.locator('form.kc').evaluateAll((forms) => forms.map((f) => [...f.querySelectorAll('.kc-option-text')].map((o) => o.textContent).join(' | ')));
    await page.goto('./#/slides/2');
    await expect(page.locator('form.kc')).toHaveCount(3);
    const first = await order(page);
    // Answered and reviewed after a reload: the order the learner saw stays put.
    await page.locator('form[data-check="s2-c3"]').getByRole('radio', { name: '"10s"', exact: true }).check();
    await page.locator('form[data-check="s2-c3"]').getByRole('button', { name: 'Check' }).click();
    await page.reload();
    await expect(page.locator('form[data-check="s2-c3"]').getByRole('status')).toHaveText('Correct.');
    expect(await order(page)).toEqual(first);
    await page.goto('./#/slides/4');
    const firstSlide4 = await order(page);

    // Two more fresh learners, each in a browser context of their own. With 4, 3 and 4 options on
    // slide 2 and 3, 3 and 4 on slide 4, two learners share every order about once in 10 million.
    const others: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext({ baseURL: baseURL ?? '' });
      const other = await context.newPage();
      const problems: string[] = [];
      other.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      await other.goto('./#/slides/2');
      await expect(other.locator('form.kc')).toHaveCount(3);
      const slide2 = await order(other);
      // Same options, only the order differs.
      expect(slide2.map((o) => o.split(' | ').sort().join())).toEqual(first.map((o) => o.split(' | ').sort().join()));
      await other.goto('./#/slides/4');
      await expect(other.locator('form.kc')).toHaveCount(3);
      others.push([...slide2, ...(await order(other))]);
      expect(problems).toEqual([]);
      await context.close();
    }
    const mine = [...first, ...firstSlide4].join('\n');
    expect(others.map((o) => o.join('\n'))).not.toContain(mine);
    expect(others[0]!.join('\n')).not.toBe(others[1]!.join('\n'));
  });

  test('a choose-all check uses checkboxes and says "Choose all that apply" once', async ({ page }) => {
    await page.goto('./#/slides/5');
    const check = page.locator('form[data-check="s5-c2"]');
    await expect(check.getByRole('group', { name: /Choose all that apply\.$/ })).toBeVisible();
    expect(await check.getByRole('checkbox').count()).toBeGreaterThan(2);
    await expect(check.getByRole('radio')).toHaveCount(0);
    expect((await check.textContent())?.match(/all that apply/gi)).toHaveLength(1);
  });
});

/** Types a whole block into the exercise editor. */
async function write(page: Page, code: string) {
  const editor = page.getByLabel('Your remotecfg block');
  await editor.fill(code);
  return editor;
}

test.describe('slide 7 exercise', () => {
  test('accepts two differently written correct blocks, rejects a syntax error and a missing basic_auth', async ({ page }) => {
    await page.goto('./#/slides/7');
    const exercise = page.locator('section.exercise');
    const status = exercise.getByRole('status');
    const check = exercise.getByRole('button', { name: 'Check' });
    await expect(exercise.getByText('Your token stays on this page: it is never saved, sent, or put in the address.')).toBeVisible();
    await expect(exercise.getByText('Tab indents. Press Escape, then Tab, to leave the editor.')).toBeVisible();

    await write(page, ['remotecfg {', `  url = "${URL}"`, '  basic_auth {', '    username = "123456"', '    password = sys.env("GCLOUD_RW_API_KEY")', '  }', '}'].join('\n'));
    await check.click();
    await expect(status).toHaveText(/^Well done/);

    await write(
      page,
      [
        '// Fleet Management',
        'remotecfg {',
        '\tbasic_auth { /* creds */',
        '\t\tpassword=sys.env("GCLOUD_RW_API_KEY")',
        '\t\tusername="42"',
        '\t}',
        '\tattributes = { "env" = "prod", "team" = "sre" }',
        `\turl=\`${URL}\``,
        '}',
      ].join('\n'),
    );
    await check.click();
    await expect(status).toHaveText(/^Well done/);

    await write(page, ['remotecfg {', `  url = "${URL}"`, '  basic_auth {', '    username = "123456"', '    password = sys.env("GCLOUD_RW_API_KEY"', '  }', '}'].join('\n'));
    await check.click();
    await expect(status).toHaveText(/^Not yet: \d+ errors? to fix/);
    const goto = status.getByRole('button', { name: /^line 5:\d+/ });
    await expect(goto).toBeVisible();
    await expect(status.locator('.ex-error').first()).toContainText('Error');
    await goto.click();
    const editor = page.getByLabel('Your remotecfg block');
    await expect(editor).toBeFocused();
    expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length)).toBe(5);

    await write(page, ['remotecfg {', `  url = "${URL}"`, '}'].join('\n'));
    await check.click();
    await expect(status).toHaveText(/^Not yet: 1 error to fix/);
    await expect(status).toContainText('Add a basic_auth block inside remotecfg');
  });

  test('colours the code as the learner types, with the static code blocks’ theme colours', async ({ page }) => {
    await page.goto('./#/slides/7');
    await write(page, 'remotecfg {\n  url = "x"\n}');
    const keyword = page.locator('.code-editor-view span[style*="--shiki-light"]').first();
    await expect(keyword).toBeVisible();
    const textColour = await page.getByLabel('Your remotecfg block').evaluate((el) => getComputedStyle(el).color);
    expect(textColour).toBe('rgba(0, 0, 0, 0)');
    const token = '[style*="--shiki-light"]';
    const slideKeyword = page.locator(`article.slide .shiki span${token}`, { hasText: /^remotecfg$/ }).first();
    const editorKeyword = page.locator(`.code-editor-view span${token}`, { hasText: /^remotecfg$/ }).first();
    const colour = (l: typeof slideKeyword) => l.evaluate((el) => getComputedStyle(el).color);
    expect(await colour(editorKeyword)).toBe(await colour(slideKeyword));
  });

  test('Escape then Tab leaves the editor; Tab alone indents', async ({ page }) => {
    await page.goto('./#/slides/7');
    const editor = page.getByLabel('Your remotecfg block');
    await editor.click();
    await page.keyboard.type('a');
    await page.keyboard.press('Tab');
    await expect(editor).toHaveValue('a  ');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
    await expect(editor).toHaveValue('a  ');
    await expect(page).toHaveURL(/#\/slides\/7$/);
  });

  test('a typed token never reaches storage, the address or the console', async ({ page }) => {
    const logged: string[] = [];
    page.on('console', (m) => logged.push(m.text()));
    await page.goto('./#/slides/7');
    await write(page, ['remotecfg {', `  url = "${URL}"`, '  basic_auth {', '    username = "123456"', `    password = "${TOKEN}"`, '  }', '}', `// ${TOKEN}`].join('\n'));
    const exercise = page.locator('section.exercise');
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect(exercise.getByRole('status')).toContainText('warning');
    await exercise.getByRole('button', { name: 'Show a hint' }).click();
    // Leaving the slide saves the draft at once.
    await page.goto('./#/slides/8');
    await expect(page.locator('.slide-counter')).toHaveText(/^Slide 8 of 8/);

    const dump = await page.evaluate(() => {
      const all = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
      return { local: all(localStorage), session: all(sessionStorage), url: location.href, history: JSON.stringify(history.state) };
    });
    // The draft was saved, redacted.
    expect(dump.local).toContain('<redacted>');
    expect(dump.local).toContain('hintsShown');
    for (const where of [dump.local, dump.session, dump.url, dump.history, logged.join('\n')]) {
      expect(where).not.toContain('eyJvIjoiMTIz');
      expect(where).not.toContain('glc_');
    }
    await page.goto('./#/slides/7');
    await expect(page.getByLabel('Your remotecfg block')).toHaveValue(/password = "<redacted>"/);
  });

  test('the exercise code loads only on slide 7', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('./#/slides/1');
    await expect(page.locator('article.slide h1')).toBeVisible();
    for (let n = 2; n <= 6; n++) {
      await page.getByRole('button', { name: 'Next →' }).click();
      await expect(page.locator('.slide-counter')).toHaveText(new RegExp(`^Slide ${n} of 8`));
    }
    await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
    expect(requested.filter((u) => EXERCISE_CHUNK.test(u))).toEqual([]);
    const html = await (await page.request.get('./')).text();
    expect(html).not.toMatch(/exercise-panel|engine-javascript|tmLanguage/);

    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.getByLabel('Your remotecfg block')).toBeVisible();
    const names = () => requested.filter((u) => EXERCISE_CHUNK.test(u)).map((u) => u.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
    await expect.poll(names).toEqual(expect.arrayContaining(['exercise-panel', 'core', 'engine-javascript', 'grafana-alloy.tmLanguage']));
  });
});

/**
 * A fake speech engine: one voice; speak() records each utterance with its rate; the test
 * ends the current utterance with `window.__endUtterance()`, so timing never decides a
 * result; cancel() interrupts the current one, as Chrome does.
 */
function installFakeSpeech() {
  type Fake = { text: string; rate: number; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
  const w = window as unknown as { __spoken: { text: string; rate: number }[]; __endUtterance: () => void };
  w.__spoken = [];
  let current: Fake | null = null;
  const queue: Fake[] = [];
  const next = () => {
    current = queue.shift() ?? null;
    if (!current) return;
    w.__spoken.push({ text: current.text, rate: current.rate });
    current.onstart?.();
  };
  w.__endUtterance = () => {
    const u = current;
    current = null;
    u?.onend?.();
    if (!current) next();
  };
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => [{ name: 'Test voice', lang: 'en-US', default: true, localService: true, voiceURI: 'test' }],
    speak(u: Fake) {
      queue.push(u);
      if (!current) next();
    },
    cancel() {
      queue.length = 0;
      const u = current;
      current = null;
      u?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __endUtterance: () => void }).__endUtterance());
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; rate: number }[] }).__spoken);
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('read-aloud');
    return h ? [...h].map((r) => r.toString()).join(' ') : '';
  });

const FIRST = 'Welcome to the first module of Intro to Fleet Management, and it’s all about health monitoring.';
const SECOND = 'Picture this: you run a couple of hundred collectors spread over servers, virtual machines and clusters, and you need to change a single scrape job.';

test.describe('read-aloud', () => {
  test('speaks one sentence per utterance, highlights it, applies a new rate to the next one, pauses, and stops on slide change', async ({ page }) => {
    await page.addInitScript(installFakeSpeech);
    await page.goto('./#/slides/1');
    const controls = page.getByRole('group', { name: 'Read the script aloud' });
    await page.waitForTimeout(300);
    expect(await spoken(page)).toEqual([]);

    await controls.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => highlighted(page)).toBe(FIRST);
    expect((await spoken(page))[0]).toEqual({ text: FIRST, rate: 1 });
    await expect(controls.getByText(/^Reading sentence 1 of \d+/)).toBeVisible();

    await controls.getByLabel('Speed').selectOption('1.5');
    await endUtterance(page);
    expect(await spoken(page)).toEqual([
      { text: FIRST, rate: 1 },
      { text: SECOND, rate: 1.5 },
    ]);
    await expect.poll(() => highlighted(page)).toBe(SECOND);
    await expect(controls.getByText(/^Reading sentence 2 of \d+/)).toBeVisible();

    await controls.getByRole('button', { name: 'Pause' }).click();
    await expect(controls.getByRole('button', { name: 'Resume' })).toBeVisible();
    await expect(controls.getByText(/^Paused at sentence 2 of/)).toBeVisible();
    await endUtterance(page);
    expect(await spoken(page)).toHaveLength(2);
    await controls.getByRole('button', { name: 'Resume' }).click();
    // Resume says the interrupted sentence again.
    await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toEqual([FIRST, SECOND, SECOND]);

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/slides\/2$/);
    await expect.poll(() => highlighted(page)).toBe('');
    await endUtterance(page);
    expect(await spoken(page)).toHaveLength(3);
    await expect(controls.getByRole('button', { name: 'Listen' })).toBeVisible();
    await expect(controls.getByRole('button', { name: 'Stop' })).toHaveCount(0);

    await controls.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => highlighted(page)).not.toBe('');
    await controls.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => highlighted(page)).toBe('');
    await expect(controls.getByRole('button', { name: 'Listen' })).toBeFocused();

    // The speed is remembered.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Read the script aloud' }).getByLabel('Speed')).toHaveValue('1.5');
  });

  test('without a speech API the button is replaced by a note', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await page.goto('./#/slides/2');
    await expect(page.getByText('Read-aloud isn\'t available here; the script is beside the slide.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  });
});

test('axe finds nothing in the widgets’ feedback states, light and dark', async ({ page }) => {
  test.slow();
  await page.addInitScript(installFakeSpeech);
  const found: string[] = [];
  const scan = async (where: string) => {
    const result = await new AxeBuilder({ page }).include('.script-panel').include('.learn-practice').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    for (const v of result.violations) found.push(`${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/slides/2');
    await expect(page.locator('form.kc')).toHaveCount(3);
    // The first round's answers are kept; start each round from unanswered checks.
    const retry = page.locator('form.kc').getByRole('button', { name: 'Retry' });
    while ((await retry.count()) > 0) await retry.first().click();
    // One check of each outcome: wrong, revealed, right.
    const first = page.locator('form[data-check="s2-c1"]');
    await first.getByRole('radio', { name: 'Fleet Management pushes it to Alloy the moment you save' }).check();
    await first.getByRole('button', { name: 'Check' }).click();
    await expect(first.getByRole('status')).toHaveText(/^Not quite/);
    const second = page.locator('form[data-check="s2-c2"]');
    await second.getByRole('button', { name: 'Show answer' }).click();
    const third = page.locator('form[data-check="s2-c3"]');
    await third.getByRole('radio', { name: '"10s"', exact: true }).check();
    await third.getByRole('button', { name: 'Check' }).click();
    await expect(third.getByRole('status')).toHaveText('Correct.');
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(() => highlighted(page)).not.toBe('');
    await scan(`${scheme} slide 2`);

    await page.goto('./#/slides/7');
    const exercise = page.locator('section.exercise');
    await write(page, `remotecfg {\n  url = "http://x"\n  basic_auth {\n    password = "p"\n  }\n}`);
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect(exercise.locator('.ex-error').first()).toBeVisible();
    await exercise.getByRole('button', { name: /^Show (a|another) hint/ }).click();
    await exercise.getByRole('button', { name: 'Show solution' }).click();
    await scan(`${scheme} slide 7 failing`);
    await exercise.getByRole('button', { name: 'Put the solution in the editor' }).click();
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect(exercise.getByRole('status')).toHaveText(/^Well done/);
    await scan(`${scheme} slide 7 passing`);
  }
  expect(found).toEqual([]);
});
