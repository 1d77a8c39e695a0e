import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { HMR_MANIFEST_UPDATE, HMR_SLIDE_UPDATE } from '../content/hmr-events.ts';
import { loadDeck, type CompiledDeck, type SlideCache } from './load-deck.ts';
import { SlideBuildError } from './slide-error.ts';
import { codeValidators } from './validators.ts';

const DECK_ID = 'virtual:deck';
const SLIDE_PREFIX = 'virtual:slide/';
// The exercises: a map of lazy loaders, and one module per exercise that only its slide imports.
const EXERCISES_ID = 'virtual:exercises';
const EXERCISE_PREFIX = 'virtual:exercise/';
const RESOLVED = '\0';

/** The slide number of a resolved `virtual:slide/N` module id (a chunk's facadeModuleId), else null. */
export function slideNumberOfModule(id: string): number | null {
  if (!id.startsWith(RESOLVED + SLIDE_PREFIX)) return null;
  const rest = id.slice(RESOLVED.length + SLIDE_PREFIX.length);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

/**
 * Serves the deck as virtual modules: a tiny eager manifest (`virtual:deck`) and one lazy
 * module per slide (`virtual:slide/N`) holding finished HTML. No markdown reaches the browser.
 */
export interface SlidesPluginApi {
  /** The deck as last compiled (after buildStart), for the prerender's module loader to reuse. */
  deck(): CompiledDeck | undefined;
}

export function slidesPlugin(options: { dir?: string; compiled?: CompiledDeck } = {}): Plugin<SlidesPluginApi> {
  const dir = options.dir ?? 'slides';
  let root = process.cwd();
  let deck: CompiledDeck | undefined = options.compiled;
  // A save in the dev server recompiles only the slide whose file changed.
  const cache: SlideCache = new Map();

  const load = async () => {
    deck = await loadDeck({ root, dir, validators: codeValidators, cache });
    return deck;
  };
  const slidesDir = () => path.resolve(root, dir);
  /** A file in the deck folder, but not an editor's swap, backup or temp file (their churn changes nothing). */
  const isDeckFile = (file: string) =>
    file.startsWith(slidesDir() + path.sep) && !/(^\.|~$|\.(tmp|swp|swx|bak)$)/i.test(path.basename(file));

  return {
    name: 'deck-slides',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      if (options.compiled) return;
      // Fails `vite build` and the dev server's start with every problem, as file:line:col.
      await load();
      for (const f of deck?.files ?? []) this.addWatchFile(f);
    },
    configureServer(s) {
      s.watcher.add(slidesDir());
      const onAddRemove = async (file: string) => {
        if (!isDeckFile(file)) return;
        try {
          await writeFinished(file);
          await load();
          s.ws.send({ type: 'full-reload' });
        } catch (e) {
          reportDevError(s, e);
        }
      };
      s.watcher.on('add', onAddRemove);
      s.watcher.on('unlink', onAddRemove);
    },
    resolveId(id) {
      if (id === DECK_ID || id.startsWith(SLIDE_PREFIX) || id === EXERCISES_ID || id.startsWith(EXERCISE_PREFIX)) return RESOLVED + id;
      return null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const current = deck ?? (await load());
      const bare = id.slice(RESOLVED.length);
      if (bare === DECK_ID) {
        const loaders = current.slides
          .map((s) => `  ${s.meta.number}: () => import(${JSON.stringify(SLIDE_PREFIX + s.meta.number)}),`)
          .join('\n');
        return [
          `export const manifest = ${JSON.stringify(current.manifest)};`,
          `export const loaders = {\n${loaders}\n};`,
        ].join('\n');
      }
      if (bare.startsWith(SLIDE_PREFIX)) {
        const n = Number(bare.slice(SLIDE_PREFIX.length));
        const slide = current.slides[n - 1];
        return slide?.meta.number === n ? `export default ${JSON.stringify(slide.content)};` : `export default null;`;
      }
      if (bare === EXERCISES_ID) {
        const entries = [...current.exercises.keys()].map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(EXERCISE_PREFIX + id)}),`);
        return `export const exerciseLoaders = {\n${entries.join('\n')}\n};`;
      }
      if (bare.startsWith(EXERCISE_PREFIX)) {
        const exercise = current.exercises.get(bare.slice(EXERCISE_PREFIX.length));
        return `export default ${JSON.stringify(exercise ?? null)};`;
      }
      return null;
    },
    async handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(slidesDir())) return;
      if (!isDeckFile(ctx.file)) return [];
      if (ctx.file.startsWith(path.join(slidesDir(), 'exercises'))) {
        // An exercise is read once by its panel, so an edit reloads the page.
        try {
          await writeFinished(ctx.file);
          await load();
          ctx.server.ws.send({ type: 'full-reload' });
        } catch (e) {
          reportDevError(ctx.server, e);
        }
        return [];
      }
      const before = deck;
      try {
        await writeFinished(ctx.file);
        await load();
      } catch (e) {
        reportDevError(ctx.server, e);
        return [];
      }
      // The new content goes to the open pages as messages (src/deck/deck-store.ts swaps it in, no reload);
      // the modules are only invalidated, so a page that imports a slide later gets the new version.
      const graph = ctx.server.moduleGraph;
      const invalidate = (id: string) => {
        const mod = graph.getModuleById(RESOLVED + id);
        if (mod) graph.invalidateModule(mod);
      };
      if (JSON.stringify(before?.manifest) !== JSON.stringify(deck?.manifest)) {
        invalidate(DECK_ID);
        ctx.server.ws.send(HMR_MANIFEST_UPDATE, deck!.manifest);
      }
      const old = new Map((before?.slides ?? []).map((s) => [s.meta.number, s.content]));
      for (const s of deck?.slides ?? []) {
        const was = old.get(s.meta.number);
        // Unchanged slides come back from the cache as the same object.
        if (was === s.content || (was && JSON.stringify(was) === JSON.stringify(s.content))) continue;
        invalidate(SLIDE_PREFIX + s.meta.number);
        ctx.server.ws.send(HMR_SLIDE_UPDATE, s.content);
      }
      return [];
    },
    api: { deck: () => deck },
  };
}

/**
 * Resolves once the file has kept its size and mtime for a moment: an editor (or a test) that writes in
 * several steps fires a change at the first one, and a half-written slide would show a false error.
 */
async function writeFinished(file: string, settleMs = 30, maxMs = 2_000): Promise<void> {
  const sig = async () => {
    try {
      const st = await stat(file);
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return 'gone';
    }
  };
  const deadline = Date.now() + maxMs;
  let last = await sig();
  for (;;) {
    await new Promise((r) => setTimeout(r, settleMs));
    const now = await sig();
    if (now === last || Date.now() > deadline) return;
    last = now;
  }
}

function reportDevError(server: ViteDevServer, e: unknown) {
  const message = e instanceof SlideBuildError ? e.message : String(e);
  server.config.logger.error(message, { timestamp: true });
  server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck-slides' } });
}
