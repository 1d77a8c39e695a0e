/**
 * Text edits for the exercise editor's keys, as pure functions: replace `start..end` with
 * `insert`, then select `selectionStart..selectionEnd`. One replacement per key press, so
 * the browser's own undo (Ctrl+Z) takes it back in one step.
 */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
  selectionStart: number;
  selectionEnd: number;
}

export interface TextState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export const INDENT = '  ';

function lineStart(value: string, at: number): number {
  return value.lastIndexOf('\n', at - 1) + 1;
}

/** The whole lines a selection touches; a selection ending at column 0 leaves that line out. */
function touchedLines({ value, selectionStart, selectionEnd }: TextState): { start: number; end: number } {
  const start = lineStart(value, selectionStart);
  let last = selectionEnd;
  if (selectionEnd > selectionStart && value[selectionEnd - 1] === '\n') last = selectionEnd - 1;
  const nl = value.indexOf('\n', last);
  return { start, end: nl === -1 ? value.length : nl };
}

/** Tab: two spaces at the caret; with a selection over several lines, indents each of them. */
export function indent(state: TextState): TextEdit {
  const { value, selectionStart, selectionEnd } = state;
  if (!value.slice(selectionStart, selectionEnd).includes('\n')) {
    const caret = selectionStart + INDENT.length;
    return { start: selectionStart, end: selectionEnd, insert: INDENT, selectionStart: caret, selectionEnd: caret };
  }
  const { start, end } = touchedLines(state);
  const lines = value.slice(start, end).split('\n');
  const insert = lines.map((l) => INDENT + l).join('\n');
  return { start, end, insert, selectionStart: selectionStart + INDENT.length, selectionEnd: selectionEnd + INDENT.length * lines.length };
}

/** Shift+Tab: removes up to two spaces (or one tab) from the start of each touched line. */
export function outdent(state: TextState): TextEdit | null {
  const { value, selectionStart, selectionEnd } = state;
  const { start, end } = touchedLines(state);
  const cuts: { at: number; length: number }[] = [];
  let offset = start;
  const out = value
    .slice(start, end)
    .split('\n')
    .map((line) => {
      const length = line.startsWith('\t') ? 1 : (/^ {0,2}/.exec(line)?.[0].length ?? 0);
      cuts.push({ at: offset, length });
      offset += line.length + 1;
      return line.slice(length);
    });
  const insert = out.join('\n');
  if (insert === value.slice(start, end)) return null;
  // A position moves back by however much was removed before it.
  const moved = (p: number) => p - cuts.reduce((sum, c) => sum + Math.min(Math.max(p - c.at, 0), c.length), 0);
  return { start, end, insert, selectionStart: moved(selectionStart), selectionEnd: moved(selectionEnd) };
}

/** Enter: a new line at the current line's indentation, one step deeper after an opening brace. */
export function newline(state: TextState): TextEdit {
  const { value, selectionStart, selectionEnd } = state;
  const start = lineStart(value, selectionStart);
  const current = /^[ \t]*/.exec(value.slice(start, selectionStart))?.[0] ?? '';
  const before = value.slice(start, selectionStart).trimEnd();
  const opens = /[{[(]$/.test(before);
  const after = value.slice(selectionEnd);
  const closesNext = /^[ \t]*[}\])]/.test(after);
  let insert = '\n' + current + (opens ? INDENT : '');
  const caret = selectionStart + insert.length;
  // Between a brace pair ("{|}"), the closing brace moves to its own line under the opening one.
  if (opens && closesNext) insert += '\n' + current;
  return { start: selectionStart, end: selectionEnd, insert, selectionStart: caret, selectionEnd: caret };
}

/** Typing a closing brace on a line of only spaces takes one step of indentation back. */
export function closeBrace(state: TextState, brace: string): TextEdit | null {
  const { value, selectionStart, selectionEnd } = state;
  if (selectionStart !== selectionEnd) return null;
  const start = lineStart(value, selectionStart);
  const before = value.slice(start, selectionStart);
  if (!/^ +$/.test(before) || before.length < INDENT.length) return null;
  const kept = before.slice(0, before.length - INDENT.length);
  const caret = start + kept.length + brace.length;
  return { start, end: selectionStart, insert: kept + brace, selectionStart: caret, selectionEnd: caret };
}

/** The text and selection after an edit (for tests and for browsers without execCommand). */
export function applyEdit(value: string, edit: TextEdit): string {
  return value.slice(0, edit.start) + edit.insert + value.slice(edit.end);
}

/** The UTF-16 offset of a 1-based line and column, clamped to the text (finding positions may be stale). */
export function offsetOf(value: string, line: number, col: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = value.indexOf('\n', start);
    if (nl === -1) return value.length;
    start = nl + 1;
  }
  const nl = value.indexOf('\n', start);
  const end = nl === -1 ? value.length : nl;
  return Math.min(start + Math.max(0, col - 1), end);
}
