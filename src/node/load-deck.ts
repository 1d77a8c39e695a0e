import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { DeckManifest } from '../content/deck-types.ts';
import type { PlaceholderDecl } from '../content/placeholder-types.ts';
import { compileSlide, type CodeValidators, type CompiledSlide } from './compile-slide.ts';
import { orderSlideFiles } from './deck-files.ts';
import { parseDeckPlaceholders } from './deck-placeholders.ts';
import { getHighlighter } from './highlighter.ts';
import { attachPlaceholders } from './attach-placeholders.ts';
import { SlideBuildError, type SlideError } from './slide-error.ts';
import { parseSlide } from './slide-parser.ts';

export interface CompiledDeck {
  manifest: DeckManifest;
  slides: CompiledSlide[];
  /** Absolute paths of the files read, so the dev server knows what to watch. */
  files: string[];
  /** Problems that do not stop the build (printed by `npm run check`). */
  warnings: SlideError[];
}

export interface LoadOptions {
  root: string;
  dir?: string;
  validators?: CodeValidators;
}

function parseDeckConfig(file: string, text: string): { title?: string; placeholders?: PlaceholderDecl[]; errors: SlideError[] } {
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
  const { placeholders, errors } = parseDeckPlaceholders(file, doc, lc);
  return { title: title.trim(), placeholders, errors };
}

/** Reads and compiles the whole deck; throws SlideBuildError listing every problem found. */
export async function loadDeck({ root, dir = 'slides', validators = {} }: LoadOptions): Promise<CompiledDeck> {
  const abs = path.resolve(root, dir);
  // An absolute dir (e.g. DECK_SLIDES_DIR=/tmp/deck) is named relative to the cwd in errors, like "slides/".
  const shown = path.isAbsolute(dir) ? path.relative(process.cwd(), dir) || '.' : dir;
  const names = await readdir(abs).catch(() => [] as string[]);
  const errors: SlideError[] = [];
  const deckFile = `${shown}/deck.yaml`;
  let deckTitle = '';
  let placeholders: PlaceholderDecl[] = [];
  if (!names.includes('deck.yaml')) {
    errors.push({ file: deckFile, line: 1, col: 1, message: 'missing deck.yaml: create it with "title: Your deck title"' });
  } else {
    const { title, placeholders: declared, errors: e } = parseDeckConfig(deckFile, await readFile(path.join(abs, 'deck.yaml'), 'utf8'));
    errors.push(...e);
    deckTitle = title ?? '';
    placeholders = declared ?? [];
  }
  const { slides: refs, errors: nameErrors } = orderSlideFiles(names, shown);
  errors.push(...nameErrors);
  const hl = await getHighlighter();
  const slides: CompiledSlide[] = [];
  for (const ref of refs) {
    const file = `${shown}/${ref.name}`;
    const source = await readFile(path.join(abs, ref.name), 'utf8');
    const { slide, errors: parseErrors } = parseSlide(file, source);
    errors.push(...parseErrors);
    if (!slide) continue;
    const { slide: compiled, errors: compileErrors } = compileSlide(slide, ref.number, ref.slug, hl, validators, placeholders);
    errors.push(...compileErrors);
    if (compiled) slides.push(compiled);
  }
  if (errors.length > 0) throw new SlideBuildError(errors);
  attachPlaceholders(slides, placeholders);
  return {
    manifest: { title: deckTitle, slides: slides.map((s) => s.meta) },
    slides,
    files: [path.join(abs, 'deck.yaml'), ...refs.map((r) => path.join(abs, r.name))],
    warnings: slides.flatMap((s) => s.warnings ?? []),
  };
}
