import type { KnowledgeCheck, SlideMeta } from '../content/deck-types.ts';
import { usableRecord } from './grade-check.ts';
import type { CheckRecord, DeckProgress } from './progress-types.ts';
import { checkIdsOf, isCheckDone, slideState } from './slide-state.ts';

export interface CheckRef {
  id: string;
  slide: number;
  /** 1-based position of the check on its slide. */
  index: number;
  outcome: 'correct' | 'wrong' | 'revealed' | 'unanswered';
}

export interface DeckSummary {
  complete: boolean;
  /** Checks answered correctly. A check whose answer was revealed counts as not correct. */
  correct: number;
  total: number;
  unvisited: number[];
  unanswered: CheckRef[];
  /** Answered wrong or revealed: what is worth another look. */
  missed: CheckRef[];
}

/**
 * The check records as this deck's checks grade them now: each result is recomputed from the
 * recorded choice and the check itself (a stored `correct: true` is never believed), records
 * no longer usable are dropped, and so are records of checks the deck does not have.
 */
export function recomputeChecks(records: DeckProgress['checks'], checks: readonly KnowledgeCheck[]): Record<string, CheckRecord> {
  const out: Record<string, CheckRecord> = {};
  for (const check of checks) {
    const record = Object.hasOwn(records, check.id) ? usableRecord(check, records[check.id]) : null;
    if (record) out[check.id] = record;
  }
  return out;
}

/**
 * The deck is complete once every slide is visited and every check answered or revealed.
 * The score counts records with status `answered` and `correct`: a revealed answer scores
 * nothing. Retry clears a check's record (knowledge-check.tsx), so the score reflects the
 * learner's latest checked answer; scoring the first try would need the record to keep it.
 */
export function summarize(slides: readonly Pick<SlideMeta, 'number' | 'checkCount'>[], stored: DeckProgress, checks?: readonly KnowledgeCheck[]): DeckSummary {
  // Without the checks (the start page only asks whether the deck is complete) records count as stored.
  const progress = checks ? { ...stored, checks: recomputeChecks(stored.checks, checks) } : stored;
  const unvisited: number[] = [];
  const unanswered: CheckRef[] = [];
  const missed: CheckRef[] = [];
  let correct = 0;
  let total = 0;
  for (const s of slides) {
    if (slideState(s, progress) === 'not-visited') unvisited.push(s.number);
    checkIdsOf(s).forEach((id, i) => {
      total++;
      const record = progress.checks[id];
      const ref = { id, slide: s.number, index: i + 1 };
      if (!isCheckDone(record)) unanswered.push({ ...ref, outcome: 'unanswered' });
      else if (record?.status === 'revealed') missed.push({ ...ref, outcome: 'revealed' });
      else if (record?.correct) correct++;
      else missed.push({ ...ref, outcome: 'wrong' });
    });
  }
  return { complete: unvisited.length === 0 && unanswered.length === 0, correct, total, unvisited, unanswered, missed };
}

/** "7 of 10 answered so far, 6 correct": the score before the end. */
export interface PartialScore {
  answered: number;
  correct: number;
  total: number;
}

export function partialScore(summary: Pick<DeckSummary, 'correct' | 'total' | 'unanswered'>): PartialScore {
  return { answered: summary.total - summary.unanswered.length, correct: summary.correct, total: summary.total };
}

export function partialScoreText({ answered, correct, total }: PartialScore): string {
  return `${answered} of ${total} answered so far, ${correct} correct`;
}

export type ExerciseStatus = 'passed' | 'attempted' | 'not-started';

export interface ExerciseRef {
  id: string;
  slide: number;
  status: ExerciseStatus;
  hintsShown: number;
}

/** Every slide's exercise (front matter `exercise:`) with what the learner's record says about it. */
export function exerciseStatuses(slides: readonly Pick<SlideMeta, 'number' | 'exercise'>[], progress: DeckProgress): ExerciseRef[] {
  return slides.flatMap((s) => {
    if (s.exercise === undefined) return [];
    const record = progress.exercises[s.exercise];
    return [{ id: s.exercise, slide: s.number, status: record?.status ?? 'not-started', hintsShown: record?.hintsShown ?? 0 }];
  });
}

export function exerciseStatusText({ status, hintsShown }: Pick<ExerciseRef, 'status' | 'hintsShown'>): string {
  const hints = hintsShown === 0 ? '' : `, ${hintsShown} ${hintsShown === 1 ? 'hint' : 'hints'} used`;
  if (status === 'passed') return `Passed${hints}`;
  if (status === 'attempted') return `Started, not passed yet${hints}`;
  return 'Not started';
}
