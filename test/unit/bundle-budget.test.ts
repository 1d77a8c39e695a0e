import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, loadConfigFromFile, type Plugin, type PluginOption, type Rolldown } from 'vite';
import budget from '../../bench/budget.json' with { type: 'json' };
import { firstLoadScripts, gzipSize } from '../../bench/first-load.ts';

/*
 * The deck's first-load JavaScript, the scripts a reader downloads before slide 1 can render,
 * must stay small and must not carry the build-time machinery.
 *
 * How the budget was set: `firstLoadJsGzip` in bench/budget.json is the figure this test measured
 * (each first-load file gzipped on its own at zlib level 9, summed) when it was written, plus about 5%,
 * rounded up to the next 100 bytes. `measuredAt` there is that figure. If a change is worth the bytes,
 * raise the budget in the same commit and say why; `npm run bench` shows what the bytes cost in time.
 *
 * `npm test` runs vitest before `vite build`, so this builds the app itself from vite.config.ts,
 * into a temporary folder. One deviation from `vite build`: the PWA plugin's closeBundle step
 * (workbox bundling sw.js, several seconds) is skipped. The service worker is registered after the
 * page's load event, so it is not first-load JavaScript, and everything else is built as configured.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const GZIP_LEVEL = 9;
const FORBIDDEN_MODULES = /node_modules\/(shiki|@shikijs|remark-[a-z-]+|micromark[a-z-]*|unified|mdast-util-[a-z-]+|hast-util-[a-z-]+|rehype-[a-z-]+|oniguruma[a-z-]*|vscode-oniguruma)\/|grafana-alloy\.tmLanguage\.json|\.wasm(\?|$)/;
const FORBIDDEN_TEXT = ['source.grafana-alloy', 'WebAssembly.instantiate', 'micromark', 'createHighlighter'];
const SLIDE_MODULE = /^\0virtual:slide\/(\d+)$/;

let outDir = '';
let chunks: Rolldown.OutputChunk[] = [];
let firstLoad: string[] = [];
let indexHtml = '';

function withoutServiceWorkerBundling(option: PluginOption): PluginOption {
  if (Array.isArray(option)) return option.map(withoutServiceWorkerBundling);
  const p = option as Plugin | null | false | undefined;
  if (p && typeof p === 'object' && 'name' in p && p.name === 'vite-plugin-pwa:build') return { ...p, closeBundle: undefined };
  return option;
}

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'));
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(ROOT, 'vite.config.ts'), ROOT, 'silent');
  if (!loaded) throw new Error('vite.config.ts not found');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const out = await build({
      ...loaded.config,
      configFile: false,
      root: ROOT,
      mode: 'production',
      logLevel: 'silent',
      plugins: (loaded.config.plugins ?? []).map(withoutServiceWorkerBundling),
      build: { ...loaded.config.build, outDir, emptyOutDir: true },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
    chunks = outputs.flatMap((o) => o.output).filter((x): x is Rolldown.OutputChunk => x.type === 'chunk');
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  indexHtml = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  firstLoad = firstLoadScripts(indexHtml, (f) => readFileSync(path.join(outDir, f), 'utf8'));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const chunkOf = (file: string) => chunks.find((c) => c.fileName === file);

describe('first-load JavaScript', () => {
  it('is the entry script and its static imports, as the bundler sees them too', () => {
    const entry = chunks.find((c) => c.isEntry);
    expect(entry).toBeDefined();
    const graph = new Set<string>();
    const walk = (file: string) => {
      if (graph.has(file)) return;
      graph.add(file);
      for (const dep of chunkOf(file)?.imports ?? []) walk(dep);
    };
    walk(entry!.fileName);
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(new Set(firstLoad)).toEqual(graph);
  });

  it(`stays within the budget in bench/budget.json (gzip level ${GZIP_LEVEL})`, () => {
    const size = gzipSize(firstLoad.map((f) => readFileSync(path.join(outDir, f), 'utf8')), GZIP_LEVEL);
    const report = `first-load JS: ${firstLoad.join(', ')} = ${size.raw} bytes raw, ${size.gzip} bytes gzip; budget ${budget.firstLoadJsGzip}`;
    expect(size.gzip, report).toBeLessThanOrEqual(budget.firstLoadJsGzip);
  });

  it('carries no highlighter, grammar, markdown parser or WASM', () => {
    for (const file of firstLoad) {
      const chunk = chunkOf(file);
      expect(chunk, file).toBeDefined();
      const offenders = chunk!.moduleIds.filter((id) => FORBIDDEN_MODULES.test(id));
      expect(offenders, `${file} bundles build-time modules`).toEqual([]);
      for (const text of FORBIDDEN_TEXT) expect(chunk!.code.includes(text), `${file} contains "${text}"`).toBe(false);
    }
    expect(readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.wasm'))).toEqual([]);
  });

  it('leaves every slide body to its own lazy chunk', () => {
    const slidesDir = path.resolve(ROOT, process.env.DECK_SLIDES_DIR ?? 'slides');
    const slideFiles = readdirSync(slidesDir).filter((f) => /^\d+-.+\.md$/.test(f));
    const slideChunks = chunks.filter((c) => c.moduleIds.some((id) => SLIDE_MODULE.test(id)));
    const numbers = slideChunks.flatMap((c) => c.moduleIds.map((id) => SLIDE_MODULE.exec(id)?.[1]).filter(Boolean)).map(Number);
    expect(numbers.sort((a, b) => a - b)).toEqual(slideFiles.map((_, i) => i + 1));
    for (const c of slideChunks) expect(firstLoad, `${c.fileName} holds a slide body`).not.toContain(c.fileName);

    // A sentence of slide 1's compiled HTML or script is nowhere in the first-load code.
    const slide1 = slideChunks.find((c) => c.moduleIds.includes('\0virtual:slide/1'));
    const sentence = /[A-Z][a-z]+(?: [a-z,’'-]+){6,}/.exec(slide1?.code ?? '')?.[0];
    expect(sentence, 'slide 1 chunk has prose').toBeDefined();
    const firstLoadCode = firstLoad.map((f) => chunkOf(f)?.code ?? '').join('\n');
    expect(firstLoadCode.includes(sentence!), `first-load code contains "${sentence}"`).toBe(false);
  });
});
