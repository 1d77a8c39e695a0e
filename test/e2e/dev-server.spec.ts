import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { stopProcessGroup } from '../../scripts/process-group.ts';

// `npm run dev` on a copy of the deck: saving a slide updates the open page without a
// reload, and a malformed slide shows its file:line:col in the page.
const PORT = 5300 + Number(process.env.E2E_PORT ?? 4173) % 100;
let dir = '';
let server: ChildProcess | undefined;
let output = '';

test.describe.configure({ mode: 'serial' });

/**
 * Saves a slide as editors do: a temp file beside the deck folder (same file system, not a new slide in
 * it), renamed over the slide, so the server never sees half a file. The server also waits for a write to
 * settle (writeFinished in the slides plugin) for editors that write in place.
 */
function save(file: string, text: string) {
  const tmp = path.join(path.dirname(dir), `.${path.basename(dir)}-${path.basename(file)}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'deck-dev-'));
  cpSync(path.resolve('slides'), dir, { recursive: true });
  // Its own process group, so the whole dev server stops with the test (npx would leave vite behind).
  server = spawn(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, DECK_SLIDES_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (d) => (output += String(d)));
  server.stderr?.on('data', (d) => (output += String(d)));
  const deadline = Date.now() + 60_000;
  while (!/ready in/.test(output)) {
    if (Date.now() > deadline) throw new Error(`dev server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(async () => {
  if (server) await stopProcessGroup(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('saving a slide updates the open page without a full reload', async ({ page }) => {
  test.slow();
  await page.goto(`http://127.0.0.1:${PORT}/#/slides/1`);
  await expect(page.locator('article.slide .slide-content')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
  const file = path.join(dir, '01-why-fleet-management.md');
  const source = readFileSync(file, 'utf8');
  const title = (await page.locator('article.slide h1').textContent()) ?? '';
  try {
    save(file, source.replace('## Script', 'A paragraph added while the page is open.\n\n## Script'));
    await expect(page.locator('article.slide')).toContainText('A paragraph added while the page is open.', { timeout: 15_000 });
    save(file, source.replace(/^title: .*$/m, 'title: "A renamed first slide"'));
    await expect(page.locator('article.slide h1')).toHaveText('A renamed first slide', { timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  } finally {
    // The next test (or the next --repeat-each run) starts from the real slide.
    save(file, source);
  }
  await expect(page.locator('article.slide h1')).toHaveText(title, { timeout: 15_000 });
});

test('a malformed slide shows file:line:col and what to fix', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/#/slides/2`);
  await expect(page.locator('article.slide .slide-content')).toBeVisible({ timeout: 30_000 });
  const file = path.join(dir, '02-how-it-works.md');
  const source = readFileSync(file, 'utf8');
  const logged = output.length;
  try {
    save(file, source.replace(/^title: .*$/m, 'title: ""'));
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached({ timeout: 15_000 });
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toMatch(/02-how-it-works\.md:2:8: title is empty/);
    // Only what the server printed after this save counts.
    expect(output.slice(logged)).toMatch(/02-how-it-works\.md:2:8: title is empty/);
  } finally {
    save(file, source);
  }
});
