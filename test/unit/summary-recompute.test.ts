import { describe, expect, it } from 'vitest';
import type { KnowledgeCheck } from '../../src/content/deck-types.ts';
import { recomputeChecks, summarize } from '../../src/learn/deck-summary.ts';
import { fitProgressToDeck, MAX_TIME_SPENT_MS, parseProgress } from '../../src/learn/progress-schema.ts';
import { emptyProgress, type CheckRecord, type DeckProgress } from '../../src/learn/progress-types.ts';
import { formatDuration } from '../../src/lib/time-format.ts';

const option = (text: string, correct = false) => ({ text, html: text, correct, whyHtml: 'Why.' });
const single: KnowledgeCheck = { id: 's1-c1', question: 'Q', questionHtml: 'Q', multiple: false, options: [option('a'), option('b', true)] };
const multi: KnowledgeCheck = { id: 's2-c1', question: 'Q', questionHtml: 'Q', multiple: true, options: [option('a', true), option('b', true), option('c')] };
const slides = [
  { number: 1, checkCount: 1 },
  { number: 2, checkCount: 1 },
];
const done = (checks: Record<string, CheckRecord>): DeckProgress => ({ ...emptyProgress(), visited: [1, 2], checks });

describe('the summary recomputes every result from the answer and the check', () => {
  it('counts a forged "correct: true" on a wrong answer as wrong, and a right answer stored as wrong as right', () => {
    const forged = done({
      's1-c1': { selected: [0], status: 'answered', correct: true },
      's2-c1': { selected: [0, 1], status: 'answered', correct: false },
    });
    const s = summarize(slides, forged, [single, multi]);
    expect(s.correct).toBe(1);
    expect(s.missed).toEqual([{ id: 's1-c1', slide: 1, index: 1, outcome: 'wrong' }]);
  });

  it('treats a partly right multiple choice as wrong and an out-of-range choice as unanswered', () => {
    const s = summarize(slides, done({ 's1-c1': { selected: [7], status: 'answered', correct: true }, 's2-c1': { selected: [0], status: 'answered', correct: true } }), [single, multi]);
    expect(s.correct).toBe(0);
    expect(s.unanswered.map((r) => r.id)).toEqual(['s1-c1']);
    expect(s.missed.map((r) => [r.id, r.outcome])).toEqual([['s2-c1', 'wrong']]);
    expect(s.complete).toBe(false);
  });

  it('drops records of checks the deck does not have, even 50,000 of them', () => {
    const records: Record<string, CheckRecord> = { 's1-c1': { selected: [1], status: 'answered', correct: false } };
    for (let i = 0; i < 50_000; i++) records[`s9-c${i}`] = { selected: [0], status: 'answered', correct: true };
    expect(Object.keys(recomputeChecks(records, [single, multi]))).toEqual(['s1-c1']);
    expect(recomputeChecks(records, [single])['s1-c1']?.correct).toBe(true);

    const fitted = fitProgressToDeck(done(records), [1, 1], new Set(['s1-c1', 's2-c1']));
    expect(Object.keys(fitted.checks)).toEqual(['s1-c1']);
    const clean = done({ 's1-c1': records['s1-c1']! });
    expect(fitProgressToDeck(clean, [1, 1], new Set(['s1-c1', 's2-c1']))).toBe(clean);
  });
});

describe('time spent reads as a human figure', () => {
  it('clamps a stored 1e308 ms to 100 hours', () => {
    const parsed = parseProgress({ ...emptyProgress(), timeSpentMs: 1e308 });
    expect(parsed?.timeSpentMs).toBe(MAX_TIME_SPENT_MS);
    expect(formatDuration(parsed?.timeSpentMs ?? 0)).toBe('100 h');
    expect(parseProgress({ ...emptyProgress(), timeSpentMs: 90_000 })?.timeSpentMs).toBe(90_000);
  });
});
