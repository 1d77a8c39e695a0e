/**
 * npm run package:scorm: builds the deck for learning platforms (Vite mode `scorm`: no service
 * worker, relative URLs) into dist-scorm/site/, then writes dist-scorm/<slug>-scorm12.zip and
 * <slug>-scorm2004.zip, each with imsmanifest.xml at its root listing every file.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { LineCounter, parseDocument } from 'yaml';
import { deckSlug } from '../src/content/deck-slug.ts';
import { manifestIdentifier, scormManifest, type PackageEdition } from '../src/node/scorm-manifest.ts';
import { parseScormConfig } from '../src/node/scorm-config.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'dist-scorm');
const SITE = path.join(OUT, 'site');
const LAUNCH = 'index.html';

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = path.join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(abs).isDirectory() ? filesUnder(abs, rel) : [rel];
    });
}

async function main() {
  const started = performance.now();
  const slidesDir = path.resolve(ROOT, process.env.DECK_SLIDES_DIR ?? 'slides');
  const yamlText = readFileSync(path.join(slidesDir, 'deck.yaml'), 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc });
  // The build below reports a broken deck.yaml with file:line:col; this only reads what it checked.
  const title = String(doc.get('title') ?? '').trim();
  const { scorm } = parseScormConfig(doc, lc, 'deck.yaml');

  rmSync(OUT, { recursive: true, force: true });
  // Vitest or a shell may have set NODE_ENV=test/development: the package is a production build.
  process.env.NODE_ENV = 'production';
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), mode: 'scorm', logLevel: 'warn', build: { outDir: SITE, emptyOutDir: true } });
  if (!title) throw new Error('deck.yaml has no title');

  const files = filesUnder(SITE);
  if (files.some((f) => /(^|\/)(sw|registerSW|workbox-[^/]*)\.js$|\.webmanifest$/.test(f))) throw new Error(`service worker files in the package: ${files.join(', ')}`);
  const contents: Zippable = {};
  for (const f of files) contents[f] = readFileSync(path.join(SITE, f));

  const slug = deckSlug(title);
  const identifier = manifestIdentifier(slug);
  mkdirSync(OUT, { recursive: true });
  for (const [edition, suffix] of [['1.2', 'scorm12'], ['2004', 'scorm2004']] as [PackageEdition, string][]) {
    const manifest = scormManifest(edition, { title, identifier: `${identifier}-${suffix}`, launch: LAUNCH, files, ...(scorm ? { scorm } : {}) });
    const zip = zipSync({ 'imsmanifest.xml': new TextEncoder().encode(manifest), ...contents }, { level: 9 });
    const file = path.join(OUT, `${slug}-${suffix}.zip`);
    writeFileSync(file, zip);
    console.log(`${path.relative(ROOT, file)}: ${files.length + 1} files, ${(zip.length / 1024).toFixed(0)} KiB`);
  }
  console.log(`packaged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
