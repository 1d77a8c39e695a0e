import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { parse as parseYaml } from 'yaml';
import { guardAfterFailure } from './src/node/vite-plugin-build-guard.ts';
import { cspPlugin } from './src/node/vite-plugin-csp.ts';
import { inlineCssPlugin } from './src/node/vite-plugin-inline-css.ts';
import { moduleReportPlugin } from './src/node/vite-plugin-module-report.ts';
import { prerenderPlugin } from './src/node/vite-plugin-prerender.ts';
import { slidesPlugin } from './src/node/vite-plugin-slides.ts';

/** The installed app is named after the deck; a broken deck.yaml is reported by the slides plugin, not here. */
function deckTitle(dir: string): string {
  try {
    const title: unknown = (parseYaml(readFileSync(`${dir}/deck.yaml`, 'utf8')) as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() ? title.trim() : 'Training deck';
  } catch {
    return 'Training deck';
  }
}
const appName = deckTitle(process.env.DECK_SLIDES_DIR ?? 'slides');

export default defineConfig(({ mode }) => ({
  // Relative asset URLs plus hash routes: dist/ works from any static host and sub-path.
  base: './',
  plugins: [
    react(),
    // DECK_SLIDES_DIR (absolute, or relative to the cwd) builds another deck, e.g. the benchmark's.
    slidesPlugin({ dir: process.env.DECK_SLIDES_DIR }),
    // Slide 1 as HTML in index.html, on screen before the bundle runs (build only).
    prerenderPlugin({ dir: process.env.DECK_SLIDES_DIR }),
    inlineCssPlugin(),
    // .vite/module-report.json: which modules each chunk holds, for the byte-budget test.
    moduleReportPlugin(),
    // A strict Content-Security-Policy <meta>, hashing the inline scripts and style the build wrote.
    cspPlugin(),
    // Offline after the first visit: every built file (slide chunks and fonts included) is precached.
    // A failed build (a slide error) runs no service-worker step and writes nothing to dist/.
    // Not in the SCORM package (`--mode scorm`, scripts/package-scorm.ts): a learning platform serves it, in its frame.
    ...(mode === 'scorm'
      ? []
      : guardAfterFailure(VitePWA({
      // Updates install by themselves; a new version then waits, and the page offers it (src/app/register-service-worker.ts).
      registerType: 'autoUpdate',
      // src/app/register-service-worker.ts registers ./sw.js (relative: any sub-path works) once the page is idle.
      injectRegister: false,
      devOptions: { enabled: false },
      // The glob below already precaches the icons; listing them twice only bloats the manifest.
      includeManifestIcons: false,
      manifest: {
        name: appName,
        short_name: appName.split(':')[0]!.trim(),
        description: 'A training deck: read each slide with its speaker script, or present it in a workshop.',
        id: './',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1d5bb8',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,png,webmanifest}'],
        // Hash routes: every address is index.html, so one navigation fallback covers them all.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once. A new version waits until every deck tab is closed
        // (no skipWaiting): swapping caches mid-lesson would strand the open page's lazy slide chunks.
        clientsClaim: true,
      },
    }))),
  ],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Rolldown keeps modules that the entry shares with lazy views (React, the router, the slide store)
        // out of the entry, in one small common chunk each: six first-load files, 120,011 B gzip. One
        // named shell chunk for them gives three files and 118,233 B (bench/budget.json guards the figure).
        codeSplitting: {
          groups: [{ name: 'shell', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]|src[\\/](deck[\\/]deck-store|app[\\/]use-document-title|content[\\/]deck-slug|app[\\/]new-version)\.ts|virtual:deck|preload-helper/ }],
        },
      },
    },
  },
}));
