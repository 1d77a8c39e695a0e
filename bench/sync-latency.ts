/**
 * Presenter sync latency: from a key press in the speaker view to the new position on screen
 * in an audience window, both pages in one headless Chromium context.
 *
 *   npx tsx bench/sync-latency.ts                 # serves ./dist (build it first: npm run build)
 *   npx tsx bench/sync-latency.ts --dist DIR      # serves another build
 *   npx tsx bench/sync-latency.ts URL             # a running server, e.g. http://127.0.0.1:4173/
 *   options: --cycles N (default 5; 12 presses each), --strict (exit 1 when a target is missed)
 *
 * How it is timed: bench/key-to-paint.ts. Targets: median < 50 ms, worst < 150 ms.
 */
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { AUDIENCE_POSITION, collectProblems, measurePasses, report, startWatching } from './key-to-paint.ts';

const TARGET_MEDIAN_MS = 50;
const TARGET_WORST_MS = 150;
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
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
    const problems = collectProblems([['speaker', speaker], ['audience', audience]]);

    await speaker.goto(`${base}#/presenter/1`);
    await speaker.locator('.current-slide article.slide h1').waitFor();
    await audience.goto(`${base}#/audience/1`);
    await audience.locator('.audience-view article.slide h1').waitFor();
    await startWatching(speaker, audience, AUDIENCE_POSITION);
    await speaker.getByText('1 audience window connected').waitFor();
    // The projector window is the one on screen. Headless Chromium draws frames for the page
    // in front only now and then, so the audience page goes in front; the keys still go to
    // the speaker page.
    await audience.bringToFront();

    const { lines, median, worst } = report(await measurePasses(speaker, audience, cycles));
    console.log(`Presenter sync latency, key press in the speaker view -> new position painted in the audience window`);
    console.log(`(${base}, ${cycles} passes through the deck, headless Chromium, one context;`);
    console.log(` ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
    for (const line of lines) console.log(line);
    const ok = median < TARGET_MEDIAN_MS && worst < TARGET_WORST_MS;
    console.log(`\ntarget: median < ${TARGET_MEDIAN_MS} ms, worst < ${TARGET_WORST_MS} ms: ${ok ? 'met' : 'MISSED'}`);
    if (problems.length) console.log(`\npage errors:\n  ${problems.join('\n  ')}`);
    if (strict && (!ok || problems.length)) process.exitCode = 1;
  } finally {
    await browser.close();
    await local?.close();
  }
}

await main();
