/**
 * `npm run bench:hmr`: time from saving one slide to the open page showing it, in `npm run dev`.
 * For the 8-slide bench deck and a large one (bench-deck.ts, as bench/run.ts makes them), on a temp copy:
 * starts the dev server, opens slide 1 in headless Chromium, rewrites slide 1 (atomically, as editors
 * do) and waits for its new text to appear in the page.
 *
 *   npm run bench:hmr -- [--saves=7] [--scale=200]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.ts';
import { stopProcessGroup } from '../scripts/process-group.ts';
import { freePort } from '../scripts/workshop-process.ts';
import { writeDeck } from './app-build.ts';
import { deckFiles, parseSlidevDeck, scaleDeck, type BenchDeck } from './bench-deck.ts';
import { stats } from './stats.ts';

const HERE = import.meta.dirname;
const REPO = path.resolve(HERE, '..');
const opts = { saves: 7, scale: 200 };
for (const a of process.argv.slice(2)) {
  const m = /^--(saves|scale)=(\d+)$/.exec(a);
  if (!m) {
    console.error(`unknown option ${a}\nusage: npm run bench:hmr -- [--saves=7] [--scale=200]`);
    process.exit(2);
  }
  opts[m[1] as 'saves' | 'scale'] = Number(m[2]);
}


async function startDev(deckDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  // Its own process group, so stopping it stops every child vite starts.
  const child = spawn(process.execPath, [path.join(REPO, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: REPO,
    env: { ...process.env, DECK_SLIDES_DIR: deckDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 60_000;
  while (!/ready in/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`dev server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url: `http://127.0.0.1:${port}/` };
}

const stop = (child: ChildProcess) => stopProcessGroup(child);

/**
 * Writes a temp file and renames it over the slide, so the server never reads half a file. The temp
 * file sits beside the deck folder (same file system), not in it, where it would be a new file.
 */
function saveAtomically(file: string, text: string) {
  const tmp = path.join(path.dirname(path.dirname(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** ms from the save to the page's DOM holding the new text (seen by a MutationObserver, same clock). */
async function timeSave(page: Page, file: string, source: string, marker: string): Promise<number> {
  await page.evaluate((m) => {
    const w = window as unknown as { __hmrSeen?: Record<string, number> };
    w.__hmrSeen ??= {};
    const seen = w.__hmrSeen;
    const obs = new MutationObserver(() => {
      if (document.body.textContent?.includes(m)) {
        seen[m] = Date.now();
        obs.disconnect();
      }
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, marker);
  const t0 = Date.now();
  saveAtomically(file, source.replace('\n\n## Script', `\n\n${marker}\n\n## Script`));
  const handle = await page.waitForFunction((m) => (window as unknown as { __hmrSeen: Record<string, number> }).__hmrSeen[m] ?? 0, marker, { timeout: 60_000 });
  return (await handle.jsonValue()) - t0;
}

async function measure(name: string, deck: BenchDeck, width: number): Promise<number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), `deck-hmr-${deck.slides.length}-`));
  const files = deckFiles(deck, width);
  writeDeck(dir, files);
  const first = Object.keys(files).filter((f) => f.endsWith('.md')).sort()[0]!;
  const file = path.join(dir, first);
  const source = readFileSync(file, 'utf8');
  const { child, url } = await startDev(dir);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}#/slides/1`);
    await page.locator('article.slide .slide-content').waitFor({ timeout: 60_000 });
    if (await page.evaluate(() => performance.getEntriesByType('navigation').length !== 1)) throw new Error('unexpected navigation');
    // The first save also warms Vite's HMR path; it is printed but not counted.
    const warm = await timeSave(page, file, source, `HMR probe warm-up.`);
    const samples: number[] = [];
    for (let k = 1; k <= opts.saves; k++) samples.push(await timeSave(page, file, source, `HMR probe ${k}.`));
    const reloaded = await page.evaluate(() => !('__hmrSeen' in window));
    if (reloaded) throw new Error('the page reloaded instead of updating');
    const st = stats(samples)!;
    console.log(`${name}: save to updated page median ${st.median} ms (min ${st.min}, max ${st.max}, warm-up ${warm}; ${samples.join(', ')})`);
    return samples;
  } finally {
    await browser.close();
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const src = mkdtempSync(path.join(tmpdir(), 'deck-hmr-src-'));
try {
  // The peers' deck source, generated from its one definition (no install needed for this part).
  await new Promise<void>((resolve, reject) => {
    const c = spawn(process.execPath, [path.join(HERE, 'peers/gen-decks.mjs'), src], { stdio: 'ignore' });
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`gen-decks.mjs exited ${code}`))));
  });
  const benchDeck = parseSlidevDeck(readFileSync(path.join(src, 'app/slides.md'), 'utf8'));
  console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}; ${opts.saves} saves each`);
  await measure(`${benchDeck.slides.length} slides`, benchDeck, 2);
  await measure(`${opts.scale} slides`, scaleDeck(benchDeck, opts.scale), Math.max(2, String(opts.scale).length));
} finally {
  rmSync(src, { recursive: true, force: true });
}
