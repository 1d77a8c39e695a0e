import { describe, expect, it } from 'vitest';
import type { KnowledgeCheck } from '../../src/content/deck-types.ts';
import { answerRecord, cleanSelection, gradeCheck, isCorrectSelection, revealRecord, usableRecord } from '../../src/learn/grade-check.ts';

const option = (text: string, correct = false) => ({ text, html: text, correct, whyHtml: `why ${text}` });

const single: KnowledgeCheck = {
  id: 's1-c1',
  question: 'Pick one',
  questionHtml: 'Pick one',
  multiple: false,
  options: [option('a'), option('b', true), option('c')],
};

const multiple: KnowledgeCheck = {
  id: 's5-c2',
  question: 'Pick all',
  questionHtml: 'Pick all',
  multiple: true,
  options: [option('a', true), option('b'), option('c', true), option('d')],
};

describe('selection', () => {
  it('drops out-of-range, duplicate and non-integer indexes and sorts', () => {
    expect(cleanSelection(multiple, [2, 9, 0, 2, -1, 1.5])).toEqual([0, 2]);
  });
  it('keeps one choice on a single-choice check', () => {
    expect(cleanSelection(single, [2, 1])).toEqual([1]);
  });
  it('is correct only with exactly the right options', () => {
    expect(isCorrectSelection(single, [1])).toBe(true);
    expect(isCorrectSelection(single, [0])).toBe(false);
    expect(isCorrectSelection(multiple, [2, 0])).toBe(true);
    expect(isCorrectSelection(multiple, [0])).toBe(false);
    expect(isCorrectSelection(multiple, [0, 1, 2])).toBe(false);
  });
});

describe('gradeCheck', () => {
  it('single choice, right', () => {
    const fb = gradeCheck(single, answerRecord(single, [1]));
    expect(fb.outcome).toBe('correct');
    expect(fb.verdicts).toEqual(['none', 'chosen-right', 'none']);
    expect(fb.summary).toBe('Correct.');
  });

  it('single choice, wrong: does not give away the right option', () => {
    const record = answerRecord(single, [2]);
    expect(record).toEqual({ selected: [2], status: 'answered', correct: false });
    const fb = gradeCheck(single, record);
    expect(fb.outcome).toBe('wrong');
    expect(fb.verdicts).toEqual(['none', 'none', 'chosen-wrong']);
    expect(fb.summary).toMatch(/^Not quite\./);
  });

  it('several right answers, all chosen', () => {
    const fb = gradeCheck(multiple, answerRecord(multiple, [0, 2]));
    expect(fb.outcome).toBe('correct');
    expect(fb.summary).toBe('Correct: you chose every right answer.');
  });

  it('several right answers, one missed and none wrong: names the missed one', () => {
    const fb = gradeCheck(multiple, answerRecord(multiple, [2]));
    expect(fb.outcome).toBe('partial');
    expect(fb.verdicts).toEqual(['missed', 'none', 'chosen-right', 'none']);
    expect(fb.summary).toBe('Almost: there was one more right answer, marked below.');
  });

  it('several right answers, a wrong pick: missed ones stay hidden', () => {
    const fb = gradeCheck(multiple, answerRecord(multiple, [0, 1]));
    expect(fb.outcome).toBe('wrong');
    expect(fb.verdicts).toEqual(['chosen-right', 'chosen-wrong', 'none', 'none']);
    expect(fb.summary).toMatch(/^Not quite: some of your choices are wrong\./);
  });

  it('revealed: marks every right option', () => {
    const record = revealRecord(multiple);
    expect(record).toEqual({ selected: [0, 2], status: 'revealed', correct: false });
    const fb = gradeCheck(multiple, record);
    expect(fb.outcome).toBe('revealed');
    expect(fb.verdicts).toEqual(['answer', 'none', 'answer', 'none']);
    expect(fb.summary).toBe('The 2 right answers are marked.');
    expect(gradeCheck(single, revealRecord(single)).summary).toBe('The right answer is marked.');
  });
});

describe('usableRecord', () => {
  it('is null for nothing, or for an answer with no valid choice left', () => {
    expect(usableRecord(single, undefined)).toBeNull();
    expect(usableRecord(single, { selected: [7], status: 'answered', correct: true })).toBeNull();
  });
  it('recomputes correctness rather than trusting storage', () => {
    expect(usableRecord(single, { selected: [0], status: 'answered', correct: true })).toEqual({ selected: [0], status: 'answered', correct: false });
  });
  it('re-derives a revealed record from the current right answers', () => {
    expect(usableRecord(multiple, { selected: [3], status: 'revealed', correct: false })).toEqual(revealRecord(multiple));
  });
});
