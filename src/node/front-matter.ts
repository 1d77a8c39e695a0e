import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { SlideLayout } from '../content/deck-types.ts';
import type { SlideError } from './slide-error.ts';

export interface FrontMatter {
  title: string;
  minutes?: number;
  layout: SlideLayout;
  exercise?: string;
  /** Where the exercise id is written, to report an id with no exercise file (checked in load-deck.ts). */
  exerciseAt?: { line: number; col: number };
}

export interface FrontMatterSplit {
  /** The YAML between the `---` lines, or null when the file has no front matter. */
  yaml: string | null;
  /** First line (1-based) of the YAML text in the file. */
  yamlLine: number;
  /** The file with the front matter blanked out, so body positions are file positions. */
  body: string;
}

export function splitFrontMatter(source: string): FrontMatterSplit {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { yaml: null, yamlLine: 1, body: source };
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (end < 0) return { yaml: null, yamlLine: 2, body: source };
  const yaml = lines.slice(1, end).join('\n');
  const body = lines.map((l, i) => (i <= end ? '' : l)).join('\n');
  return { yaml, yamlLine: 2, body };
}

const KNOWN_KEYS = ['title', 'minutes', 'layout', 'exercise'];
const LAYOUTS: readonly SlideLayout[] = ['default', 'two-column'];
const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseFrontMatter(file: string, source: string): { fm?: FrontMatter; errors: SlideError[]; split: FrontMatterSplit } {
  const split = splitFrontMatter(source);
  const errors: SlideError[] = [];
  const err = (line: number, col: number, message: string) => errors.push({ file, line, col, message });

  if (split.yaml === null) {
    if (source.split('\n')[0]?.trimEnd() === '---') {
      err(1, 1, 'front matter is not closed: add a line with just --- after the title line');
    } else {
      err(1, 1, 'missing front matter: start the file with ---, a line "title: Your slide title", and ---');
    }
    return { errors, split };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line + split.yamlLine - 1, col: p.col };
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const p = at(e.pos[0]);
      err(p.line, p.col, `invalid YAML in front matter: ${e.message.split('\n')[0]}; write one "key: value" per line and quote values that contain ": "`);
    }
    return { errors, split };
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    err(split.yamlLine, 1, 'front matter must be "key: value" lines, e.g. title: Access tokens');
    return { errors, split };
  }
  const fm: FrontMatter = { title: '', layout: 'default' };
  let titleSeen = false;
  for (const pair of contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPos = at(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const valueNode = pair.value;
    const value = isScalar(valueNode) ? valueNode.value : valueNode === null ? null : valueNode;
    const valuePos = at(isScalar(valueNode) ? valueNode.range?.[0] : isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!KNOWN_KEYS.includes(key)) {
      err(keyPos.line, keyPos.col, `unknown front matter key "${key}": use ${KNOWN_KEYS.join(', ')}`);
      continue;
    }
    if (key === 'title') {
      titleSeen = true;
      if (typeof value !== 'string' && typeof value !== 'number') {
        err(valuePos.line, valuePos.col, 'title is empty: write the slide title after "title: "');
      } else if (String(value).trim() === '') {
        err(valuePos.line, valuePos.col, 'title is empty: write the slide title after "title: "');
      } else fm.title = String(value).trim();
    } else if (key === 'minutes') {
      if (typeof value !== 'number' || !(value > 0) || value > 120) {
        err(valuePos.line, valuePos.col, 'minutes must be a number of minutes between 0 and 120, e.g. "minutes: 3"');
      } else fm.minutes = value;
    } else if (key === 'layout') {
      if (typeof value !== 'string' || !LAYOUTS.includes(value as SlideLayout)) {
        err(valuePos.line, valuePos.col, `layout must be one of: ${LAYOUTS.join(', ')}`);
      } else fm.layout = value as SlideLayout;
    } else if (key === 'exercise') {
      if (typeof value !== 'string' || !EXERCISE_ID.test(value)) {
        err(valuePos.line, valuePos.col, 'exercise must be the id of a file in slides/exercises/, e.g. "exercise: remotecfg" for remotecfg.yaml');
      } else {
        fm.exercise = value;
        fm.exerciseAt = valuePos;
      }
    }
  }
  if (!titleSeen) err(split.yamlLine, 1, 'missing title: add a line "title: Your slide title" to the front matter');
  return errors.length > 0 ? { errors, split } : { fm, errors, split };
}
