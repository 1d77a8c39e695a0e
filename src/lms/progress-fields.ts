import type { DeckProgress, ExerciseRecord } from '../learn/progress-types.ts';

/**
 * The only place the SCORM code reads or builds the progress shape's exercise part, so the
 * move to exercises stored by id (`exercises: { remotecfg: {...} }`) is a change here alone.
 * Today the progress holds one exercise record; it travels under this id.
 */
const SINGLE_EXERCISE = 'exercise';

export interface ExerciseEntry {
  id: string;
  record: ExerciseRecord;
}

export function exercisesOf(progress: DeckProgress): ExerciseEntry[] {
  return progress.exercise ? [{ id: SINGLE_EXERCISE, record: progress.exercise }] : [];
}

export function withExercises(progress: DeckProgress, entries: readonly ExerciseEntry[]): DeckProgress {
  return { ...progress, exercise: entries[0]?.record ?? null };
}
