/**
 * Prints the trainer's handout to dist/handout.pdf: serves the built dist/ on 127.0.0.1, opens
 * #/print?answers=1 in headless Chromium, waits until the page says it is ready, prints.
 * Usage: npm run handout (builds first). DIST, OUT and CHROME_PATH override the defaults.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const DIST = path.resolve(process.env.DIST ?? 'dist');
const OUT = path.resolve(process.env.OUT ?? path.join(DIST, 'handout.pdf'));

/** Pages of a PDF that Chromium wrote: one `/Type /Page` object each (`/Pages` is the tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`No build in ${DIST}: run "npm run build" first (npm run handout does).`);
  if (!existsSync(CHROME)) throw new Error(`No Chromium at ${CHROME}: apt-get install -y chromium, or set CHROME_PATH.`);
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    // No service worker: the PDF is made from the files just built, not from a cache.
    const context = await browser.newContext({ serviceWorkers: 'block', colorScheme: 'light' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${server.url}#/print?answers=1`);
    const root = page.locator('.print-view[data-ready="true"]');
    await root.waitFor({ timeout: 60_000 });
    const expected = Number(await root.getAttribute('data-pages'));
    await page.pdf({ path: OUT, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = countPdfPages(await readFile(OUT));
    console.log(`${path.relative(process.cwd(), OUT)}: ${pages} pages`);
    // The contents page numbers come from the page's own measurement; a mismatch means they are off.
    if (expected && pages !== expected) console.warn(`warning: the handout expected ${expected} pages, so its contents page numbers may be off`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
