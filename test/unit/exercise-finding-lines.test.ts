import { describe, expect, it } from 'vitest';
import { findingLines } from '../../src/learn/exercise/finding-lines.ts';
import type { Finding } from '../../src/learn/exercise/finding.ts';

const f = (severity: Finding['severity'], line?: number): Finding => (line === undefined ? { severity, message: 'm', rule: 'r' } : { severity, line, col: 1, message: 'm', rule: 'r' });

describe('findingLines', () => {
  it('marks each line once with its worst severity and skips findings without a line', () => {
    const marks = findingLines([f('warning', 2), f('error', 2), f('warning', 4), f('error')], 'a\nb\nc\nd', 'a\nb\nc\nd');
    expect([...marks]).toEqual([
      [2, 'error'],
      [4, 'warning'],
    ]);
  });

  it('keeps the marks through an edit within lines and drops them when the lines move', () => {
    expect(findingLines([f('error', 2)], 'a\nb', 'a\nbb').get(2)).toBe('error');
    expect(findingLines([f('error', 2)], 'a\nb', 'x\na\nb').size).toBe(0);
  });
});
