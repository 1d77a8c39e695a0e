/**
 * Screenshots of a live workshop, for looking at it: the workshop server on the build in dist/,
 * a speaker view, an audience window, attendees on a phone and a laptop (following, browsed away,
 * answering, the answer after Close) and the phone remote in both themes.
 * Usage: tsx scripts/workshop-screenshots.ts [OUT_DIR]   (build first: npm run build)
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROME, CHROME_FLAGS } from './chromium.ts';
import { spawnWorkshop } from './workshop-process.ts';

const OUT = process.argv[2] ?? 'workshop-shots';
mkdirSync(OUT, { recursive: true });
const server = await spawnWorkshop(['--no-build', '--dist', 'dist', '--host', '127.0.0.1', '--port', '0']);
const link = server.presenterLink;
const origin = server.origin;
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
const ctx = (w: number, h: number, dark: boolean, phone = false) => browser.newContext({ viewport: { width: w, height: h }, colorScheme: dark ? 'dark' : 'light', ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
const shot = async (p: Page, name: string) => { await p.waitForTimeout(500); await p.screenshot({ path: `${OUT}/${name}.png` }); console.log(`${OUT}/${name}.png`); };
try {
  const speaker = await (await ctx(1280, 800, true)).newPage();
  await speaker.goto(link);
  await speaker.getByTestId('live-status').getByText(/Connected/).waitFor();
  const phoneA = await (await ctx(390, 844, false, true)).newPage();
  await phoneA.goto(`${origin}/#/join`);
  const laptopA = await (await ctx(1280, 800, true)).newPage();
  await laptopA.goto(`${origin}/#/join`);
  const audience = await speaker.context().newPage();
  await audience.goto(`${origin}/#/audience/1`);
  for (let i = 0; i < 30; i++) {
    const t = await speaker.getByTestId('counter').locator('strong').innerText();
    if (t.startsWith('3 /')) break;
    await speaker.bringToFront();
    await speaker.keyboard.press('PageDown');
    await speaker.waitForTimeout(100);
  }
  await shot(phoneA, 'attendee-phone-following');
  await laptopA.bringToFront();
  await laptopA.keyboard.press('ArrowLeft');
  await shot(laptopA, 'attendee-laptop-browsed-away');
  await speaker.bringToFront();
  await speaker.locator('.room-check').first().getByRole('button', { name: 'Ask the room' }).click();
  await phoneA.getByRole('radio').first().waitFor();
  await phoneA.getByRole('radio').first().check();
  await laptopA.getByRole('radio').nth(1).check();
  await shot(phoneA, 'attendee-phone-answering');
  await shot(laptopA, 'attendee-laptop-answering');
  await speaker.locator('.room-check').first().scrollIntoViewIfNeeded();
  await shot(speaker, 'speaker-live-counts');
  await speaker.locator('.room-check').first().getByRole('button', { name: 'Show results' }).click();
  await audience.bringToFront();
  await shot(audience, 'audience-results');
  await speaker.locator('.room-check').first().getByRole('button', { name: 'Close' }).click();
  await shot(phoneA, 'attendee-phone-closed');
  await speaker.bringToFront();
  await shot(speaker, 'speaker-closed');
  const remote = await (await ctx(390, 844, true, true)).newPage();
  await remote.goto(link);
  await remote.getByTestId('phone-title').waitFor();
  await shot(remote, 'phone-remote-dark');
  const remote2 = await (await ctx(390, 844, false, true)).newPage();
  await remote2.goto(link);
  await remote2.getByTestId('phone-title').waitFor();
  await shot(remote2, 'phone-remote-light');
  console.log('speaker url', speaker.url());
} finally {
  await browser.close();
  await server.stop();
}
