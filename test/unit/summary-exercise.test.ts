import { describe, expect, it } from 'vitest';
import { exerciseStatuses, exerciseStatusText, partialScore, partialScoreText, summarize } from '../../src/learn/deck-summary.ts';
import { emptyProgress, type DeckProgress } from '../../src/learn/progress-types.ts';

const slides = [
  { number: 1, checkCount: 2 },
  { number: 2, checkCount: 3, exercise: 'remotecfg' },
];

function withChecks(): DeckProgress {
  const p = emptyProgress();
  p.visited = [1];
  p.checks['s1-c1'] = { selected: [0], status: 'answered', correct: true };
  p.checks['s1-c2'] = { selected: [1], status: 'answered', correct: false };
  p.checks['s2-c1'] = { selected: [], status: 'revealed', correct: false };
  return p;
}

describe('partial score', () => {
  it('counts answered and revealed checks as answered, only right answers as correct', () => {
    const score = partialScore(summarize(slides, withChecks()));
    expect(score).toEqual({ answered: 3, correct: 1, total: 5 });
    expect(partialScoreText(score)).toBe('3 of 5 answered so far, 1 correct');
  });

  it('is 0 of N before any answer', () => {
    expect(partialScoreText(partialScore(summarize(slides, emptyProgress())))).toBe('0 of 5 answered so far, 0 correct');
  });
});

describe('exercise status', () => {
  it('lists each slide exercise with its record, or not started', () => {
    expect(exerciseStatuses(slides, emptyProgress())).toEqual([{ id: 'remotecfg', slide: 2, status: 'not-started', hintsShown: 0 }]);
    const p = emptyProgress();
    p.exercises.remotecfg = { status: 'attempted', hintsShown: 2 };
    expect(exerciseStatuses(slides, p)).toEqual([{ id: 'remotecfg', slide: 2, status: 'attempted', hintsShown: 2 }]);
  });

  it.each([
    [{ status: 'passed', hintsShown: 0 }, 'Passed'],
    [{ status: 'passed', hintsShown: 1 }, 'Passed, 1 hint used'],
    [{ status: 'attempted', hintsShown: 3 }, 'Started, not passed yet, 3 hints used'],
    [{ status: 'not-started', hintsShown: 0 }, 'Not started'],
  ] as const)('%o reads %s', (ref, text) => {
    expect(exerciseStatusText(ref)).toBe(text);
  });
});
