/**
 * The one place that says which Chromium runs the browser tests, the benches and the scripts, and with
 * which flags: the Debian build (no downloaded browser), headless, and nothing that reaches the network
 * by itself (no internet at run time here).
 */
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Playwright adds --headless itself (unless a test runs --headed); a raw spawn of Chromium adds it too (bench/lighthouse.ts). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
