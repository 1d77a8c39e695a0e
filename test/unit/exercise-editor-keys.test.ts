import { describe, expect, it } from 'vitest';
import { applyEdit, closeBrace, indent, newline, offsetOf, outdent, type TextEdit, type TextState } from '../../src/learn/exercise/editor-keys.ts';

/** Text with `|` for a caret, or `[` and `]` around a selection. */
function state(marked: string): TextState {
  const caret = marked.indexOf('|');
  if (caret !== -1) return { value: marked.replace('|', ''), selectionStart: caret, selectionEnd: caret };
  const a = marked.indexOf('[');
  const b = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), selectionStart: a, selectionEnd: b };
}

/** The result marked the same way. */
function run(edit: TextEdit | null, s: TextState): string {
  if (!edit) return 'no change';
  const value = applyEdit(s.value, edit);
  if (edit.selectionStart === edit.selectionEnd) return value.slice(0, edit.selectionStart) + '|' + value.slice(edit.selectionStart);
  return value.slice(0, edit.selectionStart) + '[' + value.slice(edit.selectionStart, edit.selectionEnd) + ']' + value.slice(edit.selectionEnd);
}

const tab = (m: string) => run(indent(state(m)), state(m));
const shiftTab = (m: string) => run(outdent(state(m)), state(m));
const enter = (m: string) => run(newline(state(m)), state(m));

describe('Tab', () => {
  it('inserts two spaces at the caret', () => {
    expect(tab('a|b')).toBe('a  |b');
  });
  it('replaces a selection within one line with two spaces', () => {
    expect(tab('a[bc]d')).toBe('a  |d');
  });
  it('indents every line a multi-line selection touches, keeping it selected', () => {
    expect(tab('x\na[b\nc]d\ny')).toBe('x\n  a[b\n  c]d\ny');
  });
  it('leaves out a last line the selection only reaches at column 0', () => {
    expect(tab('[a\nb\n]c')).toBe('  [a\n  b\n]c');
  });
});

describe('Shift+Tab', () => {
  it('outdents the caret line by two spaces', () => {
    expect(shiftTab('    ab|c')).toBe('  ab|c');
  });
  it('removes a single space or a tab', () => {
    expect(shiftTab(' a|')).toBe('a|');
    expect(shiftTab('\ta|')).toBe('a|');
  });
  it('outdents each selected line, keeping the selection over the same text', () => {
    expect(shiftTab('  a[b\n    c]d\ne')).toBe('a[b\n  c]d\ne');
  });
  it('keeps the caret at the line start when it was inside the removed indent', () => {
    expect(shiftTab(' | x')).toBe('|x');
  });
  it('does nothing on a line without indentation', () => {
    expect(shiftTab('ab|c')).toBe('no change');
  });
});

describe('Enter', () => {
  it('keeps the current indentation', () => {
    expect(enter('  url = "x"|')).toBe('  url = "x"\n  |');
  });
  it('goes one step deeper after an opening brace', () => {
    expect(enter('remotecfg {|')).toBe('remotecfg {\n  |');
  });
  it('puts a closing brace that follows the caret on its own line', () => {
    expect(enter('  basic_auth {|}')).toBe('  basic_auth {\n    |\n  }');
  });
});

describe('closing brace', () => {
  it('outdents a line of only spaces', () => {
    const s = state('a {\n    |');
    expect(run(closeBrace(s, '}'), s)).toBe('a {\n  }|');
  });
  it('does nothing after other text', () => {
    expect(closeBrace(state('  x|'), '}')).toBeNull();
  });
});

describe('offsetOf', () => {
  const text = 'ab\ncde\nf';
  it('maps 1-based line and column to an offset', () => {
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(offsetOf(text, 3, 1)).toBe(7);
  });
  it('clamps past the end of a line or the text', () => {
    expect(offsetOf(text, 1, 99)).toBe(2);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});
