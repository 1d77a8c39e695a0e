import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadDeck, type CompiledDeck } from './load-deck.ts';
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

  const load = async () => {
    deck = await loadDeck({ root, dir, validators: codeValidators });
    return deck;
  };
  const slidesDir = () => path.resolve(root, dir);

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
        if (!file.startsWith(slidesDir())) return;
        try {
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
          // The app swaps in the new manifest without a reload (src/deck/deck-store.ts).
          `if (import.meta.hot) import.meta.hot.accept((m) => { if (m) window.dispatchEvent(new CustomEvent('deck:manifest-update', { detail: m.manifest })); });`,
        ].join('\n');
      }
      if (bare.startsWith(SLIDE_PREFIX)) {
        const n = Number(bare.slice(SLIDE_PREFIX.length));
        const slide = current.slides.find((s) => s.meta.number === n);
        if (!slide) return `export default null;`;
        return [
          `export default ${JSON.stringify(slide.content)};`,
          `if (import.meta.hot) import.meta.hot.accept((m) => { if (m) window.dispatchEvent(new CustomEvent('deck:slide-update', { detail: m.default })); });`,
        ].join('\n');
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
      if (ctx.file.startsWith(path.join(slidesDir(), 'exercises'))) {
        // An exercise is read once by its panel, so an edit reloads the page.
        try {
          await load();
          ctx.server.ws.send({ type: 'full-reload' });
        } catch (e) {
          reportDevError(ctx.server, e);
        }
        return [];
      }
      const before = deck;
      try {
        await load();
      } catch (e) {
        reportDevError(ctx.server, e);
        return [];
      }
      const graph = ctx.server.moduleGraph;
      const changed = [];
      const deckMod = graph.getModuleById(RESOLVED + DECK_ID);
      if (deckMod && JSON.stringify(before?.manifest) !== JSON.stringify(deck?.manifest)) changed.push(deckMod);
      for (const s of deck?.slides ?? []) {
        const old = before?.slides.find((o) => o.meta.number === s.meta.number);
        if (old && JSON.stringify(old.content) === JSON.stringify(s.content)) continue;
        const mod = graph.getModuleById(RESOLVED + SLIDE_PREFIX + s.meta.number);
        if (mod) changed.push(mod);
      }
      for (const m of changed) graph.invalidateModule(m);
      return changed;
    },
    api: { deck: () => deck },
  };
}

function reportDevError(server: ViteDevServer, e: unknown) {
  const message = e instanceof SlideBuildError ? e.message : String(e);
  server.config.logger.error(message, { timestamp: true });
  server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck-slides' } });
}
