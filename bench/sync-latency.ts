/**
 * Presenter sync latency: from a key press in the speaker view to the new position on screen
 * in an audience window, both pages in one headless Chromium context.
 *
 *   npx tsx bench/sync-latency.ts                 # serves ./dist (build it first: npm run build)
 *   npx tsx bench/sync-latency.ts --dist DIR      # serves another build
 *   npx tsx bench/sync-latency.ts URL             # a running server, e.g. http://127.0.0.1:4173/
 *   options: --cycles N (default 5; 12 presses each), --strict (exit 1 when a target is missed)
 *
 * The press time is the speaker's keydown event timeStamp; the arrival time is taken in the
 * audience page by a MutationObserver that sees the slide's position change, then the next
 * requestAnimationFrame (the frame that paints it). Both are turned into one clock with
 * performance.timeOrigin + a page-relative time. Targets: median < 50 ms, worst < 150 ms.
 */
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/static-server.ts';

const TARGET_MEDIAN_MS = 50;
const TARGET_WORST_MS = 150;
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Sample {
  ms: number;
  slideChange: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summary(label: string, values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  return `${label.padEnd(16)} n=${String(s.length).padStart(3)}  median ${f(percentile(s, 50))}  p95 ${f(percentile(s, 95))}  worst ${f(s[s.length - 1] ?? Number.NaN)}`;
}

async function main() {
  const givenUrl = process.argv.slice(2).find((a) => /^https?:\/\//.test(a));
  const cycles = Number(option('--cycles') ?? 5);
  const strict = process.argv.includes('--strict');
  const local = givenUrl ? null : await serveStatic(option('--dist') ?? 'dist');
  const base = givenUrl ?? local!.url;

  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_FLAGS });
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const speaker = await ctx.newPage();
    const audience = await ctx.newPage();
    const problems: string[] = [];
    for (const [name, page] of [['speaker', speaker], ['audience', audience]] as const) {
      page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${name}: ${m.text()}`);
      });
    }

    await speaker.goto(`${base}#/presenter/1`);
    await speaker.locator('.current-slide article.slide h1').waitFor();
    await speaker.evaluate(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      window.addEventListener('keydown', (e) => w.__keys.push(performance.timeOrigin + e.timeStamp), true);
    });
    await audience.goto(`${base}#/audience/1`);
    await audience.locator('.audience-view article.slide h1').waitFor();
    await audience.evaluate(WATCH_AUDIENCE);
    await speaker.getByText('1 audience window connected').waitFor();
    // The projector window is the one on screen. Headless Chromium draws frames for the page
    // in front only now and then, so the audience page goes in front; the keys still go to
    // the speaker page.
    await audience.bringToFront();

    // One pass through the deck: ArrowRight to the end (steps included), then Home.
    const pass = async (record: Sample[] | null) => {
      let pos = await speaker.evaluate<string>(readPosition);
      for (let guard = 0; guard < 500; guard++) {
        const next = await press(speaker, audience, 'ArrowRight', pos, record);
        if (next === null) break;
        pos = next;
      }
      await press(speaker, audience, 'Home', pos, record);
    };

    await pass(null); // warm-up: loads every slide module once
    const samples: Sample[] = [];
    for (let c = 0; c < cycles; c++) await pass(samples);

    const all = samples.map((s) => s.ms);
    const slides = samples.filter((s) => s.slideChange).map((s) => s.ms);
    const stepsOnly = samples.filter((s) => !s.slideChange).map((s) => s.ms);
    const sorted = [...all].sort((a, b) => a - b);
    const median = percentile(sorted, 50);
    const worst = sorted[sorted.length - 1] ?? Number.NaN;
    console.log(`Presenter sync latency, key press in the speaker view -> new position painted in the audience window`);
    console.log(`(${base}, ${cycles} passes through the deck, headless Chromium, one context;`);
    console.log(` ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
    console.log(summary('all presses', all));
    console.log(summary('slide changes', slides));
    if (stepsOnly.length) console.log(summary('step changes', stepsOnly));
    const ok = median < TARGET_MEDIAN_MS && worst < TARGET_WORST_MS;
    console.log(`\ntarget: median < ${TARGET_MEDIAN_MS} ms, worst < ${TARGET_WORST_MS} ms: ${ok ? 'met' : 'MISSED'}`);
    if (problems.length) console.log(`\npage errors:\n  ${problems.join('\n  ')}`);
    if (strict && (!ok || problems.length)) process.exitCode = 1;
  } finally {
    await browser.close();
    await local?.close();
  }
}

// In-page code is passed as source text: tsx would wrap named functions in a helper that
// does not exist inside the page.

/** The speaker view's position as "slide/step", read from its address. */
const readPosition = `(() => {
  const m = /\\/presenter\\/(\\d+)(?:\\/(\\d+))?$/.exec(location.hash);
  return m ? m[1] + '/' + (m[2] || 1) : '';
})()`;

/**
 * Records, for each new position the audience shows, the time of the frame that paints it:
 * a MutationObserver sees the slide's data-slide/data-step and title change, and the next
 * requestAnimationFrame callback runs just before that frame is drawn.
 */
const WATCH_AUDIENCE = `(() => {
  window.__seen = [];
  let last = '';
  const look = () => {
    const a = document.querySelector('.audience-view article.slide');
    const title = (a && a.querySelector('h1') && a.querySelector('h1').textContent) || '';
    const pos = a ? a.dataset.slide + '/' + a.dataset.step : '';
    if (!pos || pos === last) return;
    last = pos;
    requestAnimationFrame(() => window.__seen.push({ pos, title, at: performance.timeOrigin + performance.now() }));
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  look();
})()`;

/**
 * Presses a key in the speaker view and waits until the audience shows the speaker's new
 * position. Returns that position, or null when the key did not move the speaker (the end).
 */
async function press(speaker: Page, audience: Page, key: string, before: string, record: Sample[] | null): Promise<string | null> {
  const keysBefore = await speaker.evaluate(() => (window as unknown as { __keys: number[] }).__keys.length);
  await audience.evaluate(() => {
    (window as unknown as { __seen: unknown[] }).__seen = [];
  });
  await speaker.keyboard.press(key);
  // The speaker's address changes right after the press; at the end of the deck it does not.
  let target = before;
  for (let i = 0; i < 50 && target === before; i++) {
    target = await speaker.evaluate<string>(readPosition);
    if (target === before) await speaker.waitForTimeout(10);
  }
  if (target === before) return null;
  await audience.waitForFunction((pos) => (window as unknown as { __seen: { pos: string }[] }).__seen.some((s) => s.pos === pos), target, { timeout: 5000 });
  const seen = await audience.evaluate((pos) => (window as unknown as { __seen: { pos: string; at: number }[] }).__seen.find((s) => s.pos === pos)!, target);
  const keyAt = await speaker.evaluate((i) => (window as unknown as { __keys: number[] }).__keys[i]!, keysBefore);
  record?.push({ ms: seen.at - keyAt, slideChange: before.split('/')[0] !== target.split('/')[0] });
  return target;
}

await main();
