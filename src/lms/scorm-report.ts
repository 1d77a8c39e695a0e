import type { SlideMeta } from '../content/deck-types.ts';
import { summarize } from '../learn/deck-summary.ts';
import type { DeckProgress } from '../learn/progress-types.ts';
import { exercisesOf } from './progress-fields.ts';

export interface ScormReport {
  /** Percentage 0-100 (SCORM 1.2 platforms expect raw on that scale), or null when the deck has nothing scored. */
  raw: number | null;
  /** Every slide visited and every check answered or revealed: the deck's own "complete". */
  complete: boolean;
  /** null without a mastery score, or while the deck is not complete. */
  passed: boolean | null;
}

/**
 * One point per check answered right (a revealed answer scores nothing, as in the summary)
 * and one per exercise passed, over every check and exercise the deck has.
 */
export function scormReport(slides: readonly Pick<SlideMeta, 'number' | 'checkCount' | 'exercise'>[], progress: DeckProgress, masteryScore?: number): ScormReport {
  const summary = summarize(slides, progress);
  const deckExercises = new Set(slides.flatMap((s) => (s.exercise ? [s.exercise] : [])));
  const exerciseCount = deckExercises.size;
  const passedExercises = exercisesOf(progress).filter((e) => deckExercises.has(e.id) && e.record.status === 'passed').length;
  const max = summary.total + exerciseCount;
  const raw = max === 0 ? null : Math.round(((summary.correct + passedExercises) / max) * 100);
  const passed = masteryScore === undefined || !summary.complete ? null : (raw ?? 100) >= masteryScore;
  return { raw, complete: summary.complete, passed };
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(cs / 360000));
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration, e.g. PT1H2M3.5S. */
export function timespan2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}
