import type { DeckProgress, ExerciseRecord } from '../learn/progress-types.ts';

/** The only place the SCORM code reads or builds the progress shape's exercise part (exercises by id). */
export interface ExerciseEntry {
  id: string;
  record: ExerciseRecord;
}

export function exercisesOf(progress: DeckProgress): ExerciseEntry[] {
  return Object.entries(progress.exercises).map(([id, record]) => ({ id, record }));
}

export function withExercises(progress: DeckProgress, entries: readonly ExerciseEntry[]): DeckProgress {
  return { ...progress, exercises: Object.fromEntries(entries.map((e) => [e.id, e.record])) };
}
