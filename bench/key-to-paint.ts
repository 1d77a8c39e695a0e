/**
 * Key press in the speaker view to the new position painted in a following page (the
 * audience window of bench:sync, an attendee page of bench:workshop).
 *
 * The press time is the speaker's keydown event timeStamp; the arrival time is taken in the
 * following page by a MutationObserver that sees the slide's position change, then the next
 * requestAnimationFrame (the frame that paints it). Both are turned into one clock with
 * performance.timeOrigin + a page-relative time, which is the machine's wall clock in every
 * page, whatever context or process it runs in.
 */
import type { Page } from 'playwright-core';
import { percentile } from './stats.ts';

export interface Sample {
  ms: number;
  slideChange: boolean;
}


export function summary(label: string, values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  return `${label.padEnd(16)} n=${String(s.length).padStart(3)}  median ${f(percentile(s, 50))}  p95 ${f(percentile(s, 95))}  worst ${f(s[s.length - 1] ?? Number.NaN)}`;
}

// In-page code is passed as source text: tsx would wrap named functions in a helper that
// does not exist inside the page.

/** The speaker view's position as "slide/step", read from its address. */
const readPosition = `(() => {
  const m = /\\/presenter\\/(\\d+)(?:\\/(\\d+))?/.exec(location.hash);
  return m ? m[1] + '/' + (m[2] || 1) : '';
})()`;

/**
 * Records, for each new position the following page shows, the time of the frame that paints
 * it. `positionOf` is an expression over `document` giving "slide/step" of what is on screen
 * (empty while nothing is).
 */
const watch = (positionOf: string) => `(() => {
  window.__seen = [];
  let last = '';
  const look = () => {
    const pos = ${positionOf};
    if (!pos || pos === last) return;
    last = pos;
    requestAnimationFrame(() => window.__seen.push({ pos, at: performance.timeOrigin + performance.now() }));
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  look();
})()`;

/** What an audience window shows: its slide article carries slide and step. */
export const AUDIENCE_POSITION = `(() => {
  const a = document.querySelector('.audience-view article.slide');
  return a && a.querySelector('h1') ? a.dataset.slide + '/' + a.dataset.step : '';
})()`;

/** What an attendee page shows: the view carries the step, the article its slide once its content is in. */
export const ATTENDEE_POSITION = `(() => {
  const v = document.querySelector('.attendee-view');
  const a = v && v.querySelector('article.slide');
  return a && a.querySelector('h1') && a.dataset.slide === v.dataset.slide ? v.dataset.slide + '/' + v.dataset.step : '';
})()`;

/** Starts recording key presses in the speaker page and positions painted in the follower. */
export async function startWatching(speaker: Page, follower: Page, positionOf: string): Promise<void> {
  await speaker.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    window.addEventListener('keydown', (e) => w.__keys.push(performance.timeOrigin + e.timeStamp), true);
  });
  await follower.evaluate(watch(positionOf));
}

/**
 * Presses a key in the speaker view and waits until the follower shows the speaker's new
 * position. Returns that position, or null when the key did not move the speaker (the end).
 */
async function press(speaker: Page, follower: Page, key: string, before: string, record: Sample[] | null): Promise<string | null> {
  const keysBefore = await speaker.evaluate(() => (window as unknown as { __keys: number[] }).__keys.length);
  await follower.evaluate(() => {
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
  await follower.waitForFunction((pos) => (window as unknown as { __seen: { pos: string }[] }).__seen.some((s) => s.pos === pos), target, { timeout: 5000 });
  const seen = await follower.evaluate((pos) => (window as unknown as { __seen: { pos: string; at: number }[] }).__seen.find((s) => s.pos === pos)!, target);
  const keyAt = await speaker.evaluate((i) => (window as unknown as { __keys: number[] }).__keys[i]!, keysBefore);
  record?.push({ ms: seen.at - keyAt, slideChange: before.split('/')[0] !== target.split('/')[0] });
  return target;
}

/**
 * One warm-up pass through the deck (loads every slide module once), then `cycles` measured
 * passes: ArrowRight to the end (steps included), then Home.
 */
export async function measurePasses(speaker: Page, follower: Page, cycles: number): Promise<Sample[]> {
  const pass = async (record: Sample[] | null) => {
    let pos = await speaker.evaluate<string>(readPosition);
    for (let guard = 0; guard < 500; guard++) {
      const next = await press(speaker, follower, 'ArrowRight', pos, record);
      if (next === null) break;
      pos = next;
    }
    await press(speaker, follower, 'Home', pos, record);
  };
  await pass(null);
  const samples: Sample[] = [];
  for (let c = 0; c < cycles; c++) await pass(samples);
  return samples;
}

/** The figures both benches print: all presses, slide changes, step changes. */
export function report(samples: Sample[]): { lines: string[]; median: number; worst: number } {
  const all = samples.map((s) => s.ms);
  const slides = samples.filter((s) => s.slideChange).map((s) => s.ms);
  const stepsOnly = samples.filter((s) => !s.slideChange).map((s) => s.ms);
  const sorted = [...all].sort((a, b) => a - b);
  const lines = [summary('all presses', all), summary('slide changes', slides)];
  if (stepsOnly.length) lines.push(summary('step changes', stepsOnly));
  return { lines, median: percentile(sorted, 50), worst: sorted[sorted.length - 1] ?? Number.NaN };
}

/** Collects page errors and console errors of the pages a bench drives. */
export function collectProblems(pages: [string, Page][]): string[] {
  const problems: string[] = [];
  for (const [name, page] of pages) {
    page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${name}: ${m.text()}`);
    });
  }
  return problems;
}
