import { createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { HASH_ADDRESS_PATTERN } from '../deck/position-address.ts';
import { firstPaint, type FirstPaintPlan } from '../prerender/first-paint.ts';
import { slideNumberOfModule, slidesPlugin, type SlidesPluginApi } from './vite-plugin-slides.ts';

const ROOT = '<div id="root"></div>';
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Build only: writes slide 1 as the learner view renders it (the same markup at every width), into
 * index.html, plus a small inline script (src/prerender/first-paint.ts) that takes over starting
 * the app: it shows the right markup when the address is slide 1, preloads the chunk of whichever
 * slide the address names, and adds the entry script Vite wrote into the head. A learner's first
 * slide is then on screen as soon as the HTML arrives, not after the bundle has loaded and run.
 *
 * The markup comes from the app's own components, rendered in Node through Vite's SSR loader with
 * the deck the slides plugin already compiled, so it cannot drift from what the app shows.
 */
export function prerenderPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let slides: SlidesPluginApi | undefined;
  return {
    name: 'deck-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      slides = config.plugins.find((p) => p.name === 'deck-slides')?.api as SlidesPluginApi | undefined;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(ROOT)) throw new Error(`index.html: expected an empty ${ROOT} for the prerendered first slide`);
        const compiled = slides?.deck();
        if (!compiled) throw new Error('deck-prerender: the slides plugin has not compiled the deck (is slidesPlugin() listed first?)');
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          mode: 'production',
          plugins: [slidesPlugin({ dir: options.dir, compiled })],
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderRoute } = (await server.ssrLoadModule('/src/prerender/render-route.tsx')) as typeof import('../prerender/render-route.tsx');
          // The learner view lays out by CSS alone, so one render serves every window width.
          const slide = await renderRoute('/slides/1', false);
          const entry = ENTRY.exec(html)?.[1];
          if (!entry) throw new Error('deck-prerender: no entry <script type="module"> in index.html');
          const plan: FirstPaintPlan = { entry, modules: [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!), chunks: slideChunks(ctx.bundle), addressPattern: HASH_ADDRESS_PATTERN };
          const boot = `(${firstPaint.toString()})(${JSON.stringify(plan)});`;
          return html.replace(ENTRY, '').replace(MODULE_PRELOAD, '').replace(
            ROOT,
            `${ROOT}\n    <template id="prerender-slide">${slide}</template>\n    <script>${boot}</script>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/** Slide number → its chunk's URL relative to index.html (the app is built with base './'). */
function slideChunks(bundle: IndexHtmlTransformContext['bundle']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of Object.values(bundle ?? {})) {
    if (file.type !== 'chunk' || !file.facadeModuleId) continue;
    const n = slideNumberOfModule(file.facadeModuleId);
    if (n !== null) out[n] = `./${file.fileName}`;
  }
  return out;
}
