import type { KnowledgeCheck } from '../content/deck-types.ts';
import type { CheckRecord } from './progress-types.ts';

/**
 * What one option says after Check or Show answer:
 * - `chosen-right`: picked and right ("Correct");
 * - `chosen-wrong`: picked and wrong ("Not quite");
 * - `missed`: right but not picked, shown only when every pick was right ("This was also right");
 * - `answer`: a right option marked by Show answer ("Right answer");
 * - `none`: nothing to say about it.
 */
export type OptionVerdict = 'chosen-right' | 'chosen-wrong' | 'missed' | 'answer' | 'none';

export type Outcome = 'correct' | 'partial' | 'wrong' | 'revealed';

export interface CheckFeedback {
  outcome: Outcome;
  verdicts: OptionVerdict[];
  /** The overall result in words, for the status region. */
  summary: string;
}

export const VERDICT_TEXT: Record<Exclude<OptionVerdict, 'none'>, string> = {
  'chosen-right': 'Correct',
  'chosen-wrong': 'Not quite',
  missed: 'This was also right',
  answer: 'Right answer',
};

export function correctIndexes(check: KnowledgeCheck): number[] {
  return check.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** Keeps only indexes of real options, in order, once each: stored records may be stale. */
export function cleanSelection(check: KnowledgeCheck, selected: readonly number[]): number[] {
  const n = check.options.length;
  const kept = [...new Set(selected.filter((i) => Number.isInteger(i) && i >= 0 && i < n))].sort((a, b) => a - b);
  // A single-choice check can only hold one choice.
  return check.multiple ? kept : kept.slice(0, 1);
}

export function isCorrectSelection(check: KnowledgeCheck, selected: readonly number[]): boolean {
  const want = correctIndexes(check);
  const got = cleanSelection(check, selected);
  return want.length === got.length && want.every((i, k) => got[k] === i);
}

/** The record to keep after the learner presses Check. */
export function answerRecord(check: KnowledgeCheck, selected: readonly number[]): CheckRecord {
  const clean = cleanSelection(check, selected);
  return { selected: clean, status: 'answered', correct: isCorrectSelection(check, clean) };
}

/** The record to keep after Show answer: the right options become the selection. */
export function revealRecord(check: KnowledgeCheck): CheckRecord {
  return { selected: correctIndexes(check), status: 'revealed', correct: false };
}

/**
 * A record from storage, made safe for this check: null when it cannot apply (an answer with
 * no valid choice left, say, after the slide's options changed).
 */
export function usableRecord(check: KnowledgeCheck, record: CheckRecord | null | undefined): CheckRecord | null {
  if (!record) return null;
  if (record.status === 'revealed') return revealRecord(check);
  const clean = cleanSelection(check, record.selected);
  if (clean.length === 0) return null;
  // Recomputed rather than trusted: the deck's right answers may have changed since.
  return answerRecord(check, clean);
}

export function gradeCheck(check: KnowledgeCheck, record: CheckRecord): CheckFeedback {
  const right = new Set(correctIndexes(check));
  if (record.status === 'revealed') {
    const verdicts = check.options.map((_, i): OptionVerdict => (right.has(i) ? 'answer' : 'none'));
    const summary = right.size > 1 ? `The ${right.size} right answers are marked.` : 'The right answer is marked.';
    return { outcome: 'revealed', verdicts, summary };
  }
  const chosen = new Set(cleanSelection(check, record.selected));
  const wrongPicks = [...chosen].filter((i) => !right.has(i)).length;
  const rightPicks = [...chosen].filter((i) => right.has(i)).length;
  const missedCount = right.size - rightPicks;
  // Missed right options are named only when no pick was wrong, so Retry still means something.
  const showMissed = wrongPicks === 0 && rightPicks > 0;
  const verdicts = check.options.map((_, i): OptionVerdict => {
    if (chosen.has(i)) return right.has(i) ? 'chosen-right' : 'chosen-wrong';
    if (right.has(i) && showMissed) return 'missed';
    return 'none';
  });
  if (wrongPicks === 0 && missedCount === 0) {
    return { outcome: 'correct', verdicts, summary: right.size > 1 ? 'Correct: you chose every right answer.' : 'Correct.' };
  }
  if (showMissed) {
    const also = missedCount === 1 ? 'one more right answer' : `${missedCount} more right answers`;
    return { outcome: 'partial', verdicts, summary: `Almost: there was ${also}, marked below.` };
  }
  const retry = 'Read why, then Retry or Show answer.';
  const which = check.multiple && rightPicks > 0 ? 'Not quite: some of your choices are wrong.' : 'Not quite.';
  return { outcome: 'wrong', verdicts, summary: `${which} ${retry}` };
}
