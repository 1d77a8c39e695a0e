import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { DeckManifest } from '../content/deck-types.ts';
import { compileSlide, type CodeValidators, type CompiledSlide } from './compile-slide.ts';
import { orderSlideFiles } from './deck-files.ts';
import { getHighlighter } from './highlighter.ts';
import { SlideBuildError, type SlideError } from './slide-error.ts';
import { compiledSizeError, readSlideSource } from './read-slide-source.ts';
import { parseSlide } from './slide-parser.ts';

export interface CompiledDeck {
  manifest: DeckManifest;
  slides: CompiledSlide[];
  /** Absolute paths of the files read, so the dev server knows what to watch. */
  files: string[];
}

export interface LoadOptions {
  root: string;
  dir?: string;
  validators?: CodeValidators;
}

function parseDeckConfig(file: string, text: string): { title?: string; errors: SlideError[] } {
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
  return { title: title.trim(), errors: [] };
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
  if (!names.includes('deck.yaml')) {
    errors.push({ file: deckFile, line: 1, col: 1, message: 'missing deck.yaml: create it with "title: Your deck title"' });
  } else {
    const { title, errors: e } = parseDeckConfig(deckFile, await readFile(path.join(abs, 'deck.yaml'), 'utf8'));
    errors.push(...e);
    deckTitle = title ?? '';
  }
  const { slides: refs, errors: nameErrors } = orderSlideFiles(names, shown);
  errors.push(...nameErrors);
  const hl = await getHighlighter();
  const slides: CompiledSlide[] = [];
  for (const ref of refs) {
    const file = `${shown}/${ref.name}`;
    const { source, errors: readErrors } = await readSlideSource(path.join(abs, ref.name), file);
    errors.push(...readErrors);
    if (source === undefined) continue;
    const { slide, errors: parseErrors } = parseSlide(file, source);
    errors.push(...parseErrors);
    if (!slide) continue;
    const { slide: compiled, errors: compileErrors } = compileSlide(slide, ref.number, ref.slug, hl, validators);
    errors.push(...compileErrors);
    const tooBig = compiled && compiledSizeError(file, Buffer.byteLength(JSON.stringify(compiled.content)));
    if (tooBig) errors.push(tooBig);
    else if (compiled) slides.push(compiled);
  }
  if (errors.length > 0) throw new SlideBuildError(errors);
  return {
    manifest: { title: deckTitle, slides: slides.map((s) => s.meta) },
    slides,
    files: [path.join(abs, 'deck.yaml'), ...refs.map((r) => path.join(abs, r.name))],
  };
}
