import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from '../scripts/chromium.ts';
import { detectorScript, type PageProbe } from './detector.ts';

/**
 * One page load or one navigation pass in a fresh browser context (empty cache), ported from
 * the shared bench's measure.mjs. Playwright is the project's own playwright-core, the same
 * pinned 1.65.1 the shared script installs into /tmp/peerbench/tools.
 */

export { CHROME };
// host-resolver-rules makes any non-local host fail fast (no internet here).
export const RESOLVER = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
/** For a Chromium started without Playwright (Lighthouse's launcher), which needs --headless spelled out. */
export const FLAGS = ['--headless', ...CHROME_FLAGS];
export const VIEWPORT = { width: 1280, height: 720 };
/** Every bench slide has this paragraph; with the title it marks the slide as really shown. */
export const BODY_TEXT = 'Create the access policy first';

export interface Tool {
  name: string;
  /** Address of slide n (1-based). */
  url: (n: number) => string;
  slides: number;
}

export interface Bytes {
  js: number;
  css: number;
  html: number;
  font: number;
  other: number;
}

export interface LoadSample {
  fcp: number | null;
  title: number | null;
  slide: number | null;
  /** Compressed body bytes (gzip as served) of responses that finished before the slide was visible. */
  before: Bytes;
  requests: number;
  transfer: number;
}

export interface NavSample {
  title: number[];
  slide: number[];
  heap: number | null;
}

type Warn = (message: string) => void;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

declare global {
  interface Window {
    __pb: PageProbe;
  }
}

export function launch(): Promise<Browser> {
  // Playwright adds a fresh temporary --user-data-dir per launch.
  return chromium.launch({ executablePath: CHROME, headless: true, args: [...FLAGS, `--host-resolver-rules=${RESOLVER}`] });
}

interface Opened {
  ctx: BrowserContext;
  page: Page;
  cdp: CDPSession;
  requests: () => number;
  failed: string[];
  errors: string[];
}

async function openPage(browser: Browser, target: number, throttle: number): Promise<Opened> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await ctx.addInitScript({ content: detectorScript(target, BODY_TEXT) });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  let requests = 0;
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('request', () => requests++);
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 200)));
  return { ctx, page, cdp, requests: () => requests, failed, errors };
}

function report(tool: Tool, o: Opened, warn: Warn) {
  if (o.errors.length) warn(`${tool.name}: page errors: ${o.errors.join(' | ')}`);
  const external = o.failed.filter((u) => !u.startsWith('http://127.0.0.1'));
  if (external.length) warn(`${tool.name}: blocked non-local requests: ${[...new Set(external)].join(', ')}`);
}

/** Cold load of slide `target`: paint marks, then the bytes that arrived before the slide showed. */
export async function loadRun(browser: Browser, tool: Tool, target: number, throttle: number, warn: Warn): Promise<LoadSample> {
  const o = await openPage(browser, target, throttle);
  try {
    await o.page.goto(tool.url(target), { waitUntil: 'load', timeout: 30000 });
    await o.page.waitForFunction(() => window.__pb.slideAt != null, null, { timeout: 30000, polling: 100 });
    await sleep(1500 * throttle); // lazy chunks and prefetches finish before requests are counted
    const r = await o.page.evaluate((max) => {
      const pb = window.__pb;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const before = { js: 0, css: 0, html: nav ? nav.encodedBodySize : 0, font: 0, other: 0 };
      for (const e of res) {
        if (pb.slideAt == null || e.responseEnd > pb.slideAt) continue;
        const path = new URL(e.name).pathname;
        const kind = /\.m?js$/.test(path) ? 'js' : /\.css$/.test(path) ? 'css' : /\.(woff2?|ttf|otf)$/.test(path) ? 'font' : 'other';
        before[kind] += e.encodedBodySize;
      }
      const transfer = res.reduce((s, e) => s + e.transferSize, nav ? nav.transferSize : 0);
      return { fcp: pb.fcp, title: pb.titleAt, slide: pb.slideAt, visible: pb.visibleSet(max), before, transfer };
    }, tool.slides);
    if (r.visible.join() !== String(target)) warn(`${tool.name}: after loading slide ${target} visible titles = [${r.visible.join()}]`);
    report(tool, o, warn);
    return { fcp: r.fcp, title: r.title, slide: r.slide, before: r.before, requests: o.requests(), transfer: r.transfer };
  } finally {
    await o.ctx.close();
  }
}

/** Loads slide `from`, then presses ArrowRight `presses` times; the heap is read at the end. */
export async function navRun(browser: Browser, tool: Tool, from: number, presses: number, throttle: number, warn: Warn): Promise<NavSample> {
  const o = await openPage(browser, from, throttle);
  const settle = 400 * throttle;
  try {
    await o.page.goto(tool.url(from), { waitUntil: 'load', timeout: 30000 });
    await o.page.waitForFunction(() => window.__pb.slideAt != null, null, { timeout: 30000, polling: 100 });
    await sleep(1500 * throttle);
    const last = Math.min(tool.slides, from + presses);
    for (let n = from + 1; n <= last; n++) {
      await o.page.evaluate((k) => {
        window.__pb.expect = k;
      }, n);
      await o.page.keyboard.press('ArrowRight');
      await o.page.waitForFunction((k) => window.__pb.navs.length >= k, n - from, { timeout: 30000, polling: 50 });
      await sleep(settle);
    }
    const r = await o.page.evaluate((max) => ({ navs: window.__pb.navs, visible: window.__pb.visibleSet(max) }), tool.slides);
    let heap: number | null = null;
    if (r.navs.length === last - from) {
      await o.cdp.send('HeapProfiler.collectGarbage');
      heap = (await o.cdp.send('Runtime.getHeapUsage')).usedSize;
      if (r.visible.join() !== String(last)) warn(`${tool.name}: at slide ${last} visible titles = [${r.visible.join()}]`);
    }
    report(tool, o, warn);
    return { title: r.navs.map((x) => x.title), slide: r.navs.map((x) => x.slide), heap };
  } finally {
    await o.ctx.close();
  }
}
