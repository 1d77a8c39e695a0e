/**
 * Takes screenshots of deck pages in headless Chromium, for looking at what we build.
 * Usage: tsx scripts/screenshot.ts BASE_URL OUT_DIR [hash@WIDTHxHEIGHT[@dark]]...
 */
import { chromium } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium.ts';

const [base = 'http://127.0.0.1:4173/', out = '/tmp/shots', ...shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: CHROME,
  args: CHROME_FLAGS,
});
for (const spec of shots) {
  const [hash = '', size = '1280x800', scheme = 'light'] = spec.split('@');
  const [w, h] = size.split('x').map(Number);
  const ctx = await browser.newContext({ viewport: { width: w ?? 1280, height: h ?? 800 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log(`[${spec}] console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${spec}] pageerror: ${e.message}`));
  await page.goto(`${base}#${hash}`);
  await page.waitForTimeout(600);
  const name = `${out}/${hash.replace(/[^a-z0-9]+/gi, '_') || 'start'}-${size}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: spec.includes('full') });
  console.log(name);
  await ctx.close();
}
await browser.close();
