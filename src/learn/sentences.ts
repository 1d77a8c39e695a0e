/** A piece of text to speak as one utterance, with its place in the source text. */
export interface Sentence {
  text: string;
  /** Offsets into the source: `source.slice(start, end) === text`. */
  start: number;
  end: number;
}

/**
 * Chrome stops an utterance after about 15 seconds (crbug.com/679437), roughly 200
 * characters at normal speed, so longer sentences are spoken in parts.
 */
export const MAX_SENTENCE = 200;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'cf', 'mr', 'mrs', 'dr', 'fig', 'incl']);

const CLOSERS = `"'”’)]`;
const ENDERS = '.!?…';

/**
 * Splits text into sentences: at . ! ? … followed by a space (with closing quotes and
 * brackets kept on the sentence), and at every line break, which stands for a paragraph
 * or list item. Full stops inside `v1.7.2` or `config.alloy` and after common
 * abbreviations do not split.
 *
 *   splitSentences('Hello there. It works!\nNext') -> 'Hello there.', 'It works!', 'Next'
 */
export function splitSentences(source: string, max = MAX_SENTENCE): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    for (const piece of trimRange(source, start, end)) out.push(...splitLong(source, piece.start, piece.end, max));
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\n') {
      push(from, i);
      from = i + 1;
      continue;
    }
    if (!ENDERS.includes(ch)) continue;
    let end = i + 1;
    while (end < source.length && (ENDERS.includes(source[end]!) || CLOSERS.includes(source[end]!))) end++;
    const next = source[end];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n') continue;
    if (ch === '.' && dotIsNotAnEnd(source, from, i)) continue;
    push(from, end);
    from = end;
    i = end - 1;
  }
  push(from, source.length);
  return out;
}

function dotIsNotAnEnd(source: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(source[w - 1]!)) w--;
  const word = source.slice(w, dot).toLowerCase();
  // "1. Install Alloy": a list number at the start is not a sentence of its own.
  if (/^\s*\d+$/.test(source.slice(from, dot))) return true;
  return ABBREVIATIONS.has(word);
}

function trimRange(source: string, start: number, end: number): { start: number; end: number }[] {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return end > start ? [{ start, end }] : [];
}

/** Breaks an over-long sentence at the last comma, semicolon, colon or dash before `max`, else at a space. */
function splitLong(source: string, start: number, end: number, max: number): Sentence[] {
  const parts: Sentence[] = [];
  while (end - start > max) {
    const window = source.slice(start, start + max);
    const minCut = Math.floor(max / 3);
    let cut = -1;
    for (const mark of [/[;:,](?=\s)/g, /\s[—–-]\s/g]) {
      for (const m of window.matchAll(mark)) if (m.index >= minCut) cut = Math.max(cut, m.index + m[0].trimEnd().length);
      if (cut > 0) break;
    }
    if (cut < 0) cut = window.lastIndexOf(' ') > minCut ? window.lastIndexOf(' ') : max;
    for (const piece of trimRange(source, start, start + cut)) parts.push({ text: source.slice(piece.start, piece.end), ...piece });
    start += cut;
    while (start < end && /\s/.test(source[start]!)) start++;
  }
  if (end > start) parts.push({ text: source.slice(start, end), start, end });
  return parts;
}
