import { describe, expect, it } from 'vitest';
import { checkLints, formatWarning, markingLint, positionLint, type LintCheck } from '../../src/node/check-lints.ts';

/** A check whose right answer is at `right`, with options of equal length. */
function at(right: number, line: number, count = 3): LintCheck {
  return {
    file: 'slides/01-a.md',
    line,
    col: 1,
    options: Array.from({ length: count }, (_, i) => ({ text: `option ${i}`, correct: i === right })),
  };
}

describe('positionLint', () => {
  it('warns when one position holds the right answer in more than half of the checks', () => {
    const warnings = positionLint([at(0, 10), at(0, 20), at(0, 30), at(1, 40), at(2, 50)]);
    expect(warnings).toHaveLength(1);
    expect(formatWarning(warnings[0]!)).toMatch(/^slides\/01-a\.md:10:1: warning: the right answer is option 1 in 3 of 5 /);
    expect(warnings[0]!.message).toContain('slides/01-a.md:30:1');
  });

  it('names the crowded position, not only the first one', () => {
    const warnings = positionLint([at(2, 10), at(2, 20), at(2, 30), at(0, 40)]);
    expect(warnings[0]?.message).toMatch(/option 3 in 3 of 4/);
    expect(warnings[0]?.line).toBe(10);
  });

  it('is quiet at exactly half, or when the answers are spread', () => {
    expect(positionLint([at(0, 1), at(0, 2), at(1, 3), at(2, 4)])).toEqual([]);
    expect(positionLint([at(0, 1), at(1, 2), at(2, 3), at(1, 4), at(0, 5), at(2, 6)])).toEqual([]);
  });

  it('leaves choose-all checks and tiny decks out of the count', () => {
    const all: LintCheck = { file: 'f', line: 9, col: 1, options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c', correct: false }] };
    expect(positionLint([at(0, 1), at(0, 2)])).toEqual([]);
    expect(positionLint([at(0, 1), at(1, 2), at(2, 3), all, all, all])).toEqual([]);
  });
});

describe('markingLint', () => {
  it('warns when only the right option is bold', () => {
    const c: LintCheck = { file: 'f', line: 5, col: 1, options: [{ text: 'The **Instance ID**', correct: true }, { text: 'Your email', correct: false }] };
    expect(markingLint([c]).map((w) => w.message)).toEqual([expect.stringMatching(/only the right option uses bold/)]);
  });

  it('accepts bold that wrong options share', () => {
    const c: LintCheck = { file: 'f', line: 5, col: 1, options: [{ text: 'The **API** tab', correct: true }, { text: 'The **Inventory** tab', correct: false }] };
    expect(markingLint([c])).toEqual([]);
  });

  it('warns when the right option is the longest in most checks, ignoring markup', () => {
    const long = (line: number): LintCheck => ({ file: 'f', line, col: 1, options: [{ text: 'short', correct: false }, { text: 'a much longer right answer', correct: true }] });
    const even: LintCheck = { file: 'f', line: 40, col: 1, options: [{ text: '`aaaa`', correct: true }, { text: 'bbbbb', correct: false }] };
    expect(markingLint([long(1), long(2), even]).map((w) => w.message)).toEqual([expect.stringMatching(/longest in 2 of 3/)]);
    expect(markingLint([long(1), even, even])).toEqual([]);
  });
});

describe('checkLints', () => {
  it('returns nothing for a well-balanced deck', () => {
    expect(checkLints([at(0, 1), at(1, 2), at(2, 3)])).toEqual([]);
  });
});
