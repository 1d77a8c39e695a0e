/**
 * Live-session fan-out: from the presenter's slide change (the message leaving the presenter's
 * socket) to the new state received by every attendee, for 100, 500 and 1,000 simulated
 * attendees on loopback (ws clients in child processes), with the server's memory and CPU.
 *
 *   npm run bench:workshop                       # 100, 500, 1000 attendees, 30 changes each
 *   npm run bench:workshop -- --sizes 1000 --changes 50 --strict
 *
 * Target on a 2-core machine: 1,000 attendees, p95 under 100 ms and max under 250 ms (the
 * time until the last attendee has the change). The server runs as `npm run workshop` does
 * (through tsx, whose loader adds some memory to the RSS figure).
 *
 * Then, end to end in headless Chromium: a key press in the speaker view (presenter link) to
 * the new slide painted on an attendee page (join link, another browser context, so nothing
 * goes through BroadcastChannel), timed as bench:sync does (bench/key-to-paint.ts). It serves
 * the real build in dist/ and builds it first when it is missing or stale.
 *
 *   options: --paint-cycles N (default 3 passes through the deck), --no-paint, --no-fanout
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { WebSocket } from 'ws';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.ts';
import { spawnWorkshop, type WorkshopProcess } from '../scripts/workshop-process.ts';
import { buildDeck, distIsStale } from '../server/build-if-needed.ts';
import { ATTENDEE_POSITION, collectProblems, measurePasses, report, startWatching } from './key-to-paint.ts';
import { percentile } from './stats.ts';

const TARGET_P95_MS = 100;
const TARGET_MAX_MS = 250;
/** The same targets as bench:sync, for a path that adds the server and a second browser context. */
const PAINT_MEDIAN_MS = 50;
const PAINT_WORST_MS = 150;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const sizes = (option('--sizes') ?? '100,500,1000').split(',').map(Number);
const changes = Number(option('--changes') ?? 30);
const strict = process.argv.includes('--strict');
const paintCycles = Number(option('--paint-cycles') ?? 3);
const paint = !process.argv.includes('--no-paint');
const fanout = !process.argv.includes('--no-fanout');

const clock = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


/** CPU seconds (user + system) and RSS of a process, from /proc (Linux). */
function usage(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuS: ticks / 100, rssMb: rssKb / 1024 };
}

function startServer(dist: string, max: number): Promise<WorkshopProcess> {
  return spawnWorkshop(['--no-build', '--dist', dist, '--host', '127.0.0.1', '--port', '0', '--max-attendees', String(max)]);
}


interface Row {
  attendees: number;
  median: number;
  p95: number;
  max: number;
  deliveryP95: number;
  rssIdleMb: number;
  rssMb: number;
  cpuPct: number;
  missing: number;
}

async function run(size: number, dist: string): Promise<Row> {
  const server = await startServer(dist, size + 10);
  const pid = server.child.pid!;
  const idle = usage(pid);
  const url = `${server.origin.replace('http', 'ws')}/live`;
  const processes = size >= 500 ? 2 : 1;
  const kids = Array.from({ length: processes }, (_, i) =>
    fork('bench/workshop-attendees.ts', [url, String(Math.floor(size / processes) + (i < size % processes ? 1 : 0)), `b${i}`], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const ask = (kid: ChildProcess, kind: string): Promise<{ kind: string; arrivals?: Record<number, number[]> }> =>
    new Promise((resolve) => {
      const on = (m: { kind: string }): void => {
        if (m.kind === kind) {
          kid.off('message', on);
          resolve(m);
        }
      };
      kid.on('message', on);
      if (kind !== 'ready') kid.send({ kind });
    });
  await Promise.all(kids.map((k) => ask(k, 'ready')));

  const presenter = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((r) => presenter.once('open', r));
  presenter.send(JSON.stringify({ t: 'hello', n: 1, v: 1, attendee: 'presenter', key: server.key }));
  await new Promise((r) => presenter.once('message', r));
  await sleep(300);

  const before = usage(pid);
  const startedAt = clock();
  const sentAt: Record<number, number> = {};
  let n = 1;
  for (let i = 0; i < changes; i++) {
    const slide = i + 2;
    sentAt[slide] = clock();
    presenter.send(JSON.stringify({ t: 'goto', n: ++n, slide, step: 1 }));
    await sleep(150);
  }
  await sleep(500);
  const after = usage(pid);
  const wall = (clock() - startedAt) / 1000;

  const reports = await Promise.all(kids.map((k) => ask(k, 'report')));
  const perChange: number[] = [];
  const deliveries: number[] = [];
  let missing = 0;
  for (let i = 0; i < changes; i++) {
    const slide = i + 2;
    const times = reports.flatMap((r) => r.arrivals?.[slide] ?? []);
    missing += size - times.length;
    const lat = times.map((t) => t - sentAt[slide]!);
    deliveries.push(...lat);
    if (lat.length) perChange.push(Math.max(...lat));
  }
  perChange.sort((a, b) => a - b);
  deliveries.sort((a, b) => a - b);
  for (const k of kids) k.send({ kind: 'stop' });
  presenter.terminate();
  await Promise.all(kids.map((k) => new Promise((r) => (k.exitCode !== null ? r(null) : k.once('exit', r)))));
  await server.stop();
  return {
    attendees: size,
    median: percentile(perChange, 50),
    p95: percentile(perChange, 95),
    max: perChange.at(-1)!,
    deliveryP95: percentile(deliveries, 95),
    rssIdleMb: idle.rssMb,
    rssMb: after.rssMb,
    cpuPct: ((after.cpuS - before.cpuS) / wall) * 100,
    missing,
  };
}

interface Paint {
  lines: string[];
  median: number;
  worst: number;
  problems: string[];
}

/** Key press in the speaker view to the new slide painted on an attendee page, through the real server. */
async function measurePaint(): Promise<Paint> {
  const root = process.cwd();
  const dist = join(root, 'dist');
  if (distIsStale(root, dist)) {
    console.log('Building the deck for the key-to-paint part (dist/ is missing or older than the sources)…');
    buildDeck(root, dist);
  }
  const server = await startServer(dist, 20);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_FLAGS });
  try {
    const speaker = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const attendee = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const problems = collectProblems([['speaker', speaker], ['attendee', attendee]]);
    await speaker.goto(server.presenterLink);
    await speaker.locator('.current-slide article.slide h1').waitFor();
    await speaker.getByTestId('live-status').getByText(/Connected/).waitFor();
    await attendee.goto(`${server.origin}/#/join`);
    await attendee.locator('.attendee-view article.slide h1').waitFor();
    await speaker.getByTestId('live-status').getByText(/1 attendee\b/).waitFor();
    await startWatching(speaker, attendee, ATTENDEE_POSITION);
    // The attendee's screen is the one watched; keys still go to the speaker page.
    await attendee.bringToFront();
    const { lines, median, worst } = report(await measurePasses(speaker, attendee, paintCycles));
    return { lines, median, worst, problems };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), 'bench-workshop-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  const rows: Row[] = [];
  try {
    if (fanout) for (const size of sizes) rows.push(await run(size, dist));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
  let missed = false;
  console.log(`\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (fanout) {
    console.log(`\nLive fan-out: presenter's slide change -> received by every attendee (${changes} changes each, loopback)\n`);
    console.log('| attendees | all received: median | p95 | max | one delivery p95 | server RSS idle -> connected | server CPU while changing | lost |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(`| ${r.attendees} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${r.deliveryP95.toFixed(1)} ms | ${r.rssIdleMb.toFixed(0)} -> ${r.rssMb.toFixed(0)} MB | ${r.cpuPct.toFixed(1)} % | ${r.missing} |`);
    }
    const big = rows.find((r) => r.attendees === 1000);
    if (big) {
      const ok = big.p95 < TARGET_P95_MS && big.max < TARGET_MAX_MS && big.missing === 0;
      console.log(`\n1,000 attendees: p95 ${big.p95.toFixed(1)} ms (target < ${TARGET_P95_MS}), max ${big.max.toFixed(1)} ms (target < ${TARGET_MAX_MS}): ${ok ? 'met' : 'MISSED'}`);
      missed ||= !ok;
    }
  }
  if (paint) {
    const p = await measurePaint();
    console.log(`\nKey press in the speaker view -> new position painted on an attendee page (workshop server on loopback,`);
    console.log(`two browser contexts, ${paintCycles} passes through the deck after a warm-up)\n`);
    for (const line of p.lines) console.log(line);
    const ok = p.median < PAINT_MEDIAN_MS && p.worst < PAINT_WORST_MS && p.problems.length === 0;
    console.log(`\ntarget: median < ${PAINT_MEDIAN_MS} ms, worst < ${PAINT_WORST_MS} ms: ${ok ? 'met' : 'MISSED'}`);
    if (p.problems.length) console.log(`\npage errors:\n  ${p.problems.join('\n  ')}`);
    missed ||= !ok;
  }
  if (missed && strict) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
