import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/lib/time-format.ts';
import { emptyProgress, type CheckRecord, type DeckProgress } from '../../src/learn/progress-types.ts';
import { checksAnswered, checkTotal, minutesLeft, progressWords } from '../../src/learn/progress-words.ts';

// The real deck's shape: 8 slides, 19 checks, 20 minutes.
const slides = [
  { number: 1, checkCount: 2, minutes: 2 },
  { number: 2, checkCount: 3, minutes: 3 },
  { number: 3, checkCount: 3, minutes: 3 },
  { number: 4, checkCount: 3, minutes: 3 },
  { number: 5, checkCount: 2, minutes: 2 },
  { number: 6, checkCount: 2, minutes: 2 },
  { number: 7, checkCount: 2, minutes: 3 },
  { number: 8, checkCount: 2, minutes: 2 },
];
const p = (x: Partial<DeckProgress>): DeckProgress => ({ ...emptyProgress(), ...x });
const answered: CheckRecord = { selected: [0], status: 'answered', correct: false };
const revealed: CheckRecord = { selected: [], status: 'revealed', correct: false };

describe('minutesLeft', () => {
  it('is the whole deck before anything is visited', () => {
    expect(minutesLeft(slides, emptyProgress(), null)).toBe(20);
    expect(minutesLeft(slides, emptyProgress(), 1)).toBe(20);
  });

  it('counts the slides not visited plus the current one', () => {
    // On slide 3 having visited 1-3: slide 3 (3) + slides 4-8 (12).
    expect(minutesLeft(slides, p({ visited: [1, 2, 3] }), 3)).toBe(15);
    // Off the slides, visited ones are done.
    expect(minutesLeft(slides, p({ visited: [1, 2, 3] }), null)).toBe(12);
    // Back on slide 1 after skipping ahead: slide 1 again, plus the unvisited 4-8.
    expect(minutesLeft(slides, p({ visited: [1, 2, 3] }), 1)).toBe(14);
  });

  it('is the last slide on the last slide with everything visited, zero off the slides', () => {
    const all = p({ visited: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(minutesLeft(slides, all, 8)).toBe(2);
    expect(minutesLeft(slides, all, null)).toBe(0);
  });
});

describe('checks', () => {
  it('counts answered and revealed checks of this deck only', () => {
    expect(checkTotal(slides)).toBe(19);
    expect(checksAnswered(slides, p({ checks: { 's1-c1': answered, 's2-c3': revealed, 's9-c1': answered, 's1-c9': answered } }))).toBe(2);
  });
});

describe('progressWords', () => {
  it('reads as the top bar shows it', () => {
    expect(progressWords(slides, p({ visited: [1, 2, 3], checks: { 's1-c1': answered, 's2-c1': answered } }), 3)).toBe('2 of 19 checks · about 15 min left');
    expect(progressWords(slides, p({ visited: [1, 2, 3, 4, 5, 6, 7, 8] }), null)).toBe('0 of 19 checks · nothing left to read');
  });

  it('leaves checks out of a deck without any, and says "check" for one', () => {
    expect(progressWords([{ number: 1, checkCount: 0, minutes: 1.5 }], emptyProgress(), 1)).toBe('about 1.5 min left');
    expect(progressWords([{ number: 1, checkCount: 1, minutes: 1 }], emptyProgress(), 1)).toBe('0 of 1 check · about 1 min left');
  });
});

describe('formatDuration', () => {
  it('rounds to minutes and reads in hours past an hour', () => {
    expect(formatDuration(0)).toBe('less than a minute');
    expect(formatDuration(29_000)).toBe('less than a minute');
    expect(formatDuration(90_000)).toBe('2 min');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(60 * 60_000)).toBe('1 h');
    expect(formatDuration(65 * 60_000 + 10_000)).toBe('1 h 5 min');
    expect(formatDuration(-5)).toBe('less than a minute');
  });
});
