import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/learn/deck-summary.ts';
import { emptyProgress, type CheckRecord, type DeckProgress } from '../../src/learn/progress-types.ts';

const slides = [
  { number: 1, checkCount: 1 },
  { number: 2, checkCount: 2 },
  { number: 3, checkCount: 0 },
];
const right: CheckRecord = { selected: [0], status: 'answered', correct: true };
const wrong: CheckRecord = { selected: [1], status: 'answered', correct: false };
// A revealed record marked correct still scores nothing: the learner did not answer it.
const revealed: CheckRecord = { selected: [0], status: 'revealed', correct: true };
const p = (x: Partial<DeckProgress>): DeckProgress => ({ ...emptyProgress(), ...x });

describe('summarize', () => {
  it('lists everything as left before any progress', () => {
    const s = summarize(slides, emptyProgress());
    expect(s.complete).toBe(false);
    expect(s.unvisited).toEqual([1, 2, 3]);
    expect(s.unanswered.map((c) => c.id)).toEqual(['s1-c1', 's2-c1', 's2-c2']);
    expect(s).toMatchObject({ correct: 0, total: 3, missed: [] });
  });

  it('is not complete while one check is unanswered, even with every slide visited', () => {
    const s = summarize(slides, p({ visited: [1, 2, 3], checks: { 's1-c1': right, 's2-c1': right } }));
    expect(s.complete).toBe(false);
    expect(s.unanswered).toEqual([{ id: 's2-c2', slide: 2, index: 2, outcome: 'unanswered' }]);
  });

  it('scores answered-correct checks only and lists wrong and revealed ones', () => {
    const s = summarize(slides, p({ visited: [1, 2, 3], checks: { 's1-c1': wrong, 's2-c1': right, 's2-c2': revealed } }));
    expect(s.complete).toBe(true);
    expect(s.correct).toBe(1);
    expect(s.total).toBe(3);
    expect(s.missed).toEqual([
      { id: 's1-c1', slide: 1, index: 1, outcome: 'wrong' },
      { id: 's2-c2', slide: 2, index: 2, outcome: 'revealed' },
    ]);
  });

  it('is complete with a full score when every answer was right', () => {
    const s = summarize(slides, p({ visited: [1, 2, 3], checks: { 's1-c1': right, 's2-c1': right, 's2-c2': right } }));
    expect(s).toMatchObject({ complete: true, correct: 3, total: 3, missed: [], unvisited: [], unanswered: [] });
  });
});
