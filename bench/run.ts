/**
 * `npm run bench`: this deck against Slidev, reveal.js, Spectacle and a static HTML floor, same
 * content, one interleaved run, one markdown table. See bench/README.md.
 *
 *   npm run bench -- [--runs=7] [--nav=20] [--lh-runs=3] [--builds=3] [--scale=200] [--out=bench/results]
 *                    [--no-setup] [--only=app,static] [--report=bench/results/latest.json]
 *   smoke run: npm run bench -- --runs=1 --nav=7 --lh-runs=1
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic, type StaticServer } from '../scripts/static-server.ts';
import { orderSlideFiles } from '../src/node/deck-files.ts';
import { buildApp, writeDeck } from './app-build.ts';
import { deckFiles, parseSlidevDeck, scaleDeck } from './bench-deck.ts';
import { launch, loadRun, navRun, type Tool } from './browser-runs.ts';
import { distSize } from './dist-size.ts';
import { firstLoadScripts, gzipSize } from './first-load.ts';
import { lighthouse } from './lighthouse.ts';
import { renderMarkdown } from './report.ts';
import { emptyResult, type Results, type ToolResult } from './results.ts';

const HERE = import.meta.dirname;
const REPO = path.resolve(HERE, '..');
const PB = process.env.PB ?? '/tmp/peerbench';
const WORK = path.join(os.tmpdir(), 'fleet-deck-bench');
const SLIDES = 8;
const DEEP = 6;
const PRESSES = SLIDES - 1;

// ---------- options ----------
const opts = { runs: 7, nav: 20, lhRuns: 3, builds: -1, scale: 200, out: path.join(REPO, 'bench/results'), setup: true, only: null as string[] | null };
for (const a of process.argv.slice(2)) {
  const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
  const v = m?.[2] ?? '';
  if (m?.[1] === 'runs') opts.runs = Number(v);
  else if (m?.[1] === 'nav') opts.nav = Number(v);
  else if (m?.[1] === 'lh-runs') opts.lhRuns = Number(v);
  else if (m?.[1] === 'builds') opts.builds = Number(v);
  else if (m?.[1] === 'scale') opts.scale = Number(v);
  else if (m?.[1] === 'out') opts.out = path.resolve(v);
  else if (m?.[1] === 'no-setup') opts.setup = false;
  else if (m?.[1] === 'only') opts.only = v.split(',');
  else if (m?.[1] === 'report') continue;
  else {
    console.error(`unknown option ${a}\nusage: npm run bench -- [--runs=7] [--nav=20] [--lh-runs=3] [--builds=3] [--scale=200] [--out=DIR] [--no-setup] [--only=app,static]`);
    process.exit(2);
  }
}
// --report=latest.json re-renders a saved run's table (after a change to report.ts) without measuring.
const saved = process.argv.find((a) => a.startsWith('--report='))?.slice('--report='.length);
if (saved) {
  console.log(renderMarkdown(JSON.parse(readFileSync(saved, 'utf8')) as Results));
  process.exit(0);
}
if (opts.builds < 0) opts.builds = opts.runs >= 3 ? 3 : 1;
const log = (...a: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const warnings = new Set<string>();
const warn = (s: string) => {
  if (!warnings.has(s)) log('WARN', s);
  warnings.add(s);
};

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

/** Largest deck the slide format accepts, up to `wanted` (file numbers are NN: two digits). */
function scaleSize(wanted: number): { slides: number; width: number; note: string | null } {
  const width = Math.max(2, String(wanted).length);
  const names = Array.from({ length: wanted }, (_, i) => `${String(i + 1).padStart(width, '0')}-s.md`);
  if (orderSlideFiles(names).errors.length === 0) return { slides: wanted, width, note: null };
  return {
    slides: 99,
    width: 2,
    note: `a ${wanted}-slide deck cannot be built: the slide format numbers files NN-slug.md with exactly two digits ` +
      `(src/node/deck-files.ts), so 99 slides is the largest deck; measured with 99.`,
  };
}

// ---------- peers and decks ----------
const loadavgStart = os.loadavg();
const startedAt = new Date().toISOString();
if (opts.setup) {
  log('setting up peers (cached after the first run)');
  await run('bash', [path.join(HERE, 'setup-peers.sh')], { ...process.env, PB });
}
const benchDeck = parseSlidevDeck(readFileSync(path.join(PB, 'src/app/slides.md'), 'utf8'));
if (benchDeck.slides.length !== SLIDES) throw new Error(`expected ${SLIDES} bench slides, found ${benchDeck.slides.length}`);
const scale = scaleSize(opts.scale);
const deck8 = path.join(WORK, 'deck-8');
const deckN = path.join(WORK, `deck-${scale.slides}`);
writeDeck(deck8, deckFiles(benchDeck));
writeDeck(deckN, deckFiles(scaleDeck(benchDeck, scale.slides), scale.width));
const dist8 = '/tmp/bench-app-dist';
const distN = `/tmp/bench-app-dist-${scale.slides}`;

const build8: number[] = [];
const buildN: number[] = [];
for (let k = 0; k < opts.builds; k++) {
  log(`app builds ${k + 1}/${opts.builds}: 8 and ${scale.slides} slides`);
  build8.push(await buildApp(REPO, deck8, dist8));
  buildN.push(await buildApp(REPO, deckN, distN));
}

interface Column {
  tool: Tool;
  dist: string;
  deep: boolean;
  navFrom: number;
  result: ToolResult;
}
const peerUrls: Record<string, (base: string) => (n: number) => string> = {
  app: (b) => (n) => `${b}#/slides/${n}`,
  slidev: (b) => (n) => (n === 1 ? b : `${b}${n}`),
  reveal: (b) => (n) => (n === 1 ? b : `${b}#/${n - 1}`),
  spectacle: (b) => (n) => (n === 1 ? b : `${b}?slideIndex=${n - 1}`),
  static: (b) => (n) => (n === 1 ? b : `${b}#${n}`),
};
const names = Object.keys(peerUrls).filter((n) => !opts.only || opts.only.includes(n));
const servers: StaticServer[] = [];
const columns: Column[] = [];
const dists: Record<string, string> = { app: dist8, slidev: `${PB}/slidev/dist`, reveal: `${PB}/reveal/dist`, spectacle: `${PB}/spectacle/dist`, static: `${PB}/static/dist` };

async function column(name: string, dist: string, slides: number, deep: boolean, navFrom: number, urls: (b: string) => (n: number) => string): Promise<Column> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${name}: ${dist}/index.html not found (run bench/setup-peers.sh)`);
  const s = await serveStatic(dist);
  servers.push(s);
  const url = urls(s.url);
  const result = emptyResult(name, url(1), deep ? url(DEEP) : null);
  result.size = distSize(dist);
  log(`${name}: ${url(1)}`);
  return { tool: { name, url, slides }, dist, deep, navFrom, result };
}

function appFirstLoad(dist: string) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = firstLoadScripts(html, (f) => readFileSync(path.join(dist, f), 'utf8'));
  return gzipSize(files.map((f) => readFileSync(path.join(dist, f), 'utf8')), 9);
}

let browserVersion = '';
let scaleColumn: Column | undefined;
try {
  for (const name of names) {
    const c = await column(name, dists[name]!, SLIDES, true, 1, peerUrls[name]!);
    if (name === 'app') {
      c.result.buildMs = build8;
      c.result.firstLoadJs = appFirstLoad(dist8);
    } else {
      const ms = Number(readFileSync(path.join(PB, name, 'build-ms'), 'utf8').trim());
      if (Number.isFinite(ms)) c.result.buildMs = [ms];
    }
    columns.push(c);
  }
  scaleColumn = await column(`app-${scale.slides}`, distN, scale.slides, false, Math.floor(scale.slides / 2), peerUrls.app!);
  scaleColumn.result.buildMs = buildN;
  scaleColumn.result.firstLoadJs = appFirstLoad(distN);
  const timed = [...columns, scaleColumn];

  const browser = await launch();
  browserVersion = browser.version();
  const safe = async <T>(label: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      warn(`${label}: ${(e as Error).message.split('\n')[0]}`);
      return null;
    }
  };
  // Warm-up, not recorded: first-launch effects and the servers' file caches.
  for (const c of timed) await safe(`${c.tool.name} warm-up`, () => loadRun(browser, c.tool, 1, 1, warn));

  for (let r = 0; r < opts.runs; r++) {
    log(`cold/deep round ${r + 1}/${opts.runs}`);
    for (const t of [1, 4] as const) {
      for (const c of timed) {
        const x = await safe(`${c.tool.name} cold x${t}`, () => loadRun(browser, c.tool, 1, t, warn));
        if (x) c.result[t === 1 ? 'cold1' : 'cold4'].push(x);
      }
      for (const c of timed) {
        if (!c.deep) continue;
        const x = await safe(`${c.tool.name} deep x${t}`, () => loadRun(browser, c.tool, DEEP, t, warn));
        if (x) c.result[t === 1 ? 'deep1' : 'deep4'].push(x);
      }
    }
  }
  const passes = Math.ceil(opts.nav / PRESSES);
  for (let k = 0; k < passes; k++) {
    log(`navigation pass ${k + 1}/${passes}`);
    for (const t of [1, 4] as const) {
      for (const c of timed) {
        const x = await safe(`${c.tool.name} nav x${t}`, () => navRun(browser, c.tool, c.navFrom, PRESSES, t, warn));
        if (!x) continue;
        const into = c.result[t === 1 ? 'nav1' : 'nav4'];
        into.title.push(...x.title);
        into.slide.push(...x.slide);
        if (x.heap != null) c.result.heap.push(x.heap);
      }
    }
  }
  for (const c of timed) {
    for (const k of ['nav1', 'nav4'] as const) {
      c.result[k].title = c.result[k].title.slice(0, opts.nav);
      c.result[k].slide = c.result[k].slide.slice(0, opts.nav);
    }
  }
  await browser.close();

  mkdirSync(path.join(opts.out, 'lighthouse'), { recursive: true });
  for (let k = 0; k < opts.lhRuns; k++) {
    log(`lighthouse round ${k + 1}/${opts.lhRuns}`);
    for (const c of columns) {
      const x = await lighthouse(c.tool.url(1), path.join(opts.out, 'lighthouse', `${c.tool.name}-${k + 1}.json`), warn);
      if (x) c.result.lh.push(x);
    }
  }
} finally {
  for (const s of servers) await s.close();
}

const cpu = os.cpus()[0];
const results: Results = {
  startedAt,
  finishedAt: new Date().toISOString(),
  options: { runs: opts.runs, nav: opts.nav, lhRuns: opts.lhRuns, builds: opts.builds, scale: opts.scale },
  machine: { cpus: os.cpus().length, cpu: cpu?.model ?? '?', mem: `${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version,
    loadavgStart, loadavgEnd: os.loadavg() },
  browser: browserVersion,
  columns: columns.map((c) => c.tool.name),
  tools: Object.fromEntries(columns.map((c) => [c.tool.name, c.result])),
  scale: { slides: scale.slides, navFrom: scaleColumn?.navFrom ?? 1, note: scale.note, tool: scaleColumn?.result ?? emptyResult('scale', '', null) },
  warnings: [...warnings],
};
mkdirSync(opts.out, { recursive: true });
const md = renderMarkdown(results);
writeFileSync(path.join(opts.out, 'latest.json'), JSON.stringify(results, null, 1));
writeFileSync(path.join(opts.out, 'latest.md'), md);
console.log(md);
log(`wrote ${path.join(opts.out, 'latest.md')} and latest.json`);
