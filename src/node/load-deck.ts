import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { DeckManifest, ScormConfig } from '../content/deck-types.ts';
import type { Exercise } from '../content/exercise-types.ts';
import type { PlaceholderDecl } from '../content/placeholder-types.ts';
import { compileSlide, type CodeValidators, type CompiledSlide } from './compile-slide.ts';
import { orderSlideFiles } from './deck-files.ts';
import { parseDeckPlaceholders } from './deck-placeholders.ts';
import { getHighlighter } from './highlighter.ts';
import { attachPlaceholders } from './attach-placeholders.ts';
import { loadExercises } from './load-exercises.ts';
import { SlideBuildError, type SlideError } from './slide-error.ts';
import { parseScormConfig } from './scorm-config.ts';
import { compiledSizeError, readSlideSource } from './read-slide-source.ts';
import { parseSlide } from './slide-parser.ts';

export interface CompiledDeck {
  manifest: DeckManifest;
  slides: CompiledSlide[];
  /** The exercises in slides/exercises/, by id; each reaches the browser only on its slide. */
  exercises: Map<string, Exercise>;
  /** Absolute paths of the files read, so the dev server knows what to watch. */
  files: string[];
  /** Problems that do not stop the build (printed by `npm run check`). */
  warnings: SlideError[];
}

/** What compiling one slide file gave: the slide (if it compiled) and its problems. */
interface SlideResult {
  slide: CompiledSlide | null;
  errors: SlideError[];
  /** The exercise the front matter names, and where, checked against the exercise files on every load. */
  exercise?: { id: string; at: { line: number; col: number } };
}

/**
 * Compiled slides by everything that decides their output (file name, number, slug, source text), so a
 * dev-server save recompiles only the slide that changed. One cache per validators set: they are part of
 * the output too, so a caller keeps one cache per loadDeck configuration.
 */
export type SlideCache = Map<string, SlideResult>;

export interface LoadOptions {
  root: string;
  dir?: string;
  validators?: CodeValidators;
  cache?: SlideCache;
}

function cacheKey(file: string, number: number, slug: string, source: string, placeholders: readonly PlaceholderDecl[]): string {
  // deck.yaml's placeholders change how a slide's code is marked, so they are part of its output.
  return createHash('sha256').update(JSON.stringify([file, number, slug, source, placeholders])).digest('base64');
}

function parseDeckConfig(
  file: string,
  text: string,
): { title?: string; scorm?: ScormConfig; placeholders?: PlaceholderDecl[]; errors: SlideError[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = lc.linePos(e.pos[0]);
    return { errors: [{ file, line: p.line, col: p.col, message: `invalid YAML: ${e.message.split('\n')[0]}` }] };
  }
  const title: unknown = isMap(doc.contents) ? doc.contents.get('title') : undefined;
  if (typeof title !== 'string' || title.trim() === '') {
    return { errors: [{ file, line: 1, col: 1, message: 'deck.yaml needs a deck title: add "title: Your deck title"' }] };
  }
  const { scorm, errors } = parseScormConfig(doc, lc, file);
  const { placeholders, errors: placeholderErrors } = parseDeckPlaceholders(file, doc, lc);
  return { title: title.trim(), ...(scorm ? { scorm } : {}), placeholders, errors: [...errors, ...placeholderErrors] };
}

/** Reads and compiles the whole deck; throws SlideBuildError listing every problem found. */
export async function loadDeck({ root, dir = 'slides', validators = {}, cache }: LoadOptions): Promise<CompiledDeck> {
  const abs = path.resolve(root, dir);
  // An absolute dir (e.g. DECK_SLIDES_DIR=/tmp/deck) is named relative to the cwd in errors, like "slides/".
  const shown = path.isAbsolute(dir) ? path.relative(process.cwd(), dir) || '.' : dir;
  const names = await readdir(abs).catch(() => [] as string[]);
  const errors: SlideError[] = [];
  const deckFile = `${shown}/deck.yaml`;
  let deckTitle = '';
  let scorm: ScormConfig | undefined;
  let placeholders: PlaceholderDecl[] = [];
  if (!names.includes('deck.yaml')) {
    errors.push({ file: deckFile, line: 1, col: 1, message: 'missing deck.yaml: create it with "title: Your deck title"' });
  } else {
    const { title, scorm: s, placeholders: declared, errors: e } = parseDeckConfig(deckFile, await readFile(path.join(abs, 'deck.yaml'), 'utf8'));
    errors.push(...e);
    deckTitle = title ?? '';
    scorm = s;
    placeholders = declared ?? [];
  }
  const { slides: refs, errors: nameErrors } = orderSlideFiles(names, shown);
  errors.push(...nameErrors);
  const ex = await loadExercises(abs, shown);
  errors.push(...ex.errors);
  const hl = await getHighlighter();
  const slides: CompiledSlide[] = [];
  const used: SlideCache = new Map();
  for (const ref of refs) {
    const file = `${shown}/${ref.name}`;
    const { source, errors: readErrors } = await readSlideSource(path.join(abs, ref.name), file);
    errors.push(...readErrors);
    if (source === undefined) continue;
    const key = cacheKey(file, ref.number, ref.slug, source, placeholders);
    let result = cache?.get(key);
    if (!result) {
      const { slide, errors: parseErrors } = parseSlide(file, source);
      const compiled = slide ? compileSlide(slide, ref.number, ref.slug, hl, validators, placeholders) : { slide: null, errors: [] };
      const tooBig = compiled.slide ? compiledSizeError(file, Buffer.byteLength(JSON.stringify(compiled.slide.content))) : undefined;
      const exercise = slide?.fm.exercise;
      result = {
        slide: tooBig ? null : (compiled.slide ?? null),
        errors: [...parseErrors, ...compiled.errors, ...(tooBig ? [tooBig] : [])],
        ...(exercise !== undefined ? { exercise: { id: exercise, at: slide?.fm.exerciseAt ?? { line: 1, col: 1 } } } : {}),
      };
    }
    used.set(key, result);
    errors.push(...result.errors);
    // Checked on every load, not cached: the exercise files can change while the slide does not.
    const ref_ = result.exercise;
    if (ref_ && !ex.exercises.has(ref_.id) && !ex.errors.some((e) => e.file.endsWith(`/exercises/${ref_.id}.yaml`))) {
      const known = [...ex.exercises.keys()];
      errors.push({
        file,
        ...ref_.at,
        message: `unknown exercise "${ref_.id}": create ${shown}/exercises/${ref_.id}.yaml${known.length > 0 ? ` or use one of: ${known.join(', ')}` : ''}`,
      });
    }
    if (result.slide) slides.push(result.slide);
  }
  // Keeps only the current versions, so a long dev session does not grow the cache with every save.
  if (cache) {
    cache.clear();
    for (const [k, v] of used) cache.set(k, v);
  }
  if (errors.length > 0) throw new SlideBuildError(errors);
  attachPlaceholders(slides, placeholders);
  return {
    manifest: { title: deckTitle, ...(scorm ? { scorm } : {}), slides: slides.map((s) => s.meta) },
    slides,
    exercises: ex.exercises,
    files: [path.join(abs, 'deck.yaml'), ...refs.map((r) => path.join(abs, r.name)), ...ex.files],
    warnings: slides.flatMap((s) => s.warnings ?? []),
  };
}
