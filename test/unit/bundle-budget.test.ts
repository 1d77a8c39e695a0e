import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import budget from '../../bench/budget.json' with { type: 'json' };
import { firstLoadScripts, gzipSize } from '../../bench/first-load.ts';
import { MODULE_REPORT, type ModuleReportChunk } from '../../src/node/vite-plugin-module-report.ts';

/*
 * The deck's first-load JavaScript, the scripts a reader downloads before slide 1 can render,
 * must stay small and must not carry the build-time machinery.
 *
 * How the budget was set: `firstLoadJsGzip` in bench/budget.json is the figure this test measured
 * (each first-load file gzipped on its own at zlib level 9, summed) when it was written, plus about 5%,
 * rounded up to the next 100 bytes. `measuredAt` there is that figure. If a change is worth the bytes,
 * raise the budget in the same commit and say why; `npm run bench` shows what the bytes cost in time.
 *
 * It reads the build that `npm test` makes first (`vite build && vitest run && …`), in dist/ or E2E_DIST,
 * instead of bundling the app a second time (that doubled the build work of every test run). Which modules
 * each chunk holds comes from the build's own report (src/node/vite-plugin-module-report.ts); Vite's
 * manifest lists only source entry points, not the modules bundled into each chunk.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const GZIP_LEVEL = 9;
const FORBIDDEN_MODULES = /node_modules\/(shiki|@shikijs|remark-[a-z-]+|micromark[a-z-]*|unified|mdast-util-[a-z-]+|hast-util-[a-z-]+|rehype-[a-z-]+|oniguruma[a-z-]*|vscode-oniguruma)\/|grafana-alloy\.tmLanguage\.json|\.wasm(\?|$)/;
const FORBIDDEN_TEXT = ['source.grafana-alloy', 'WebAssembly.instantiate', 'micromark', 'createHighlighter'];
const SLIDE_MODULE = /^\0virtual:slide\/(\d+)$/;

const outDir = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');
let chunks: (ModuleReportChunk & { code: string })[] = [];
let firstLoad: string[] = [];
let indexHtml = '';

beforeAll(() => {
  const report = path.join(outDir, MODULE_REPORT);
  if (!existsSync(report)) {
    throw new Error(`No build report at ${path.relative(ROOT, report)}: build first (npx vite build; npm test does it before vitest), or set E2E_DIST to the build folder.`);
  }
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { chunks: ModuleReportChunk[] };
  chunks = parsed.chunks.map((c) => ({ ...c, code: readFileSync(path.join(outDir, c.fileName), 'utf8') }));
  indexHtml = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  firstLoad = firstLoadScripts(indexHtml, (f) => readFileSync(path.join(outDir, f), 'utf8'));
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
