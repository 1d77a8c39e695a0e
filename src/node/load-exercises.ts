import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../content/exercise-types.ts';
import { parseExerciseFile } from './exercise-file.ts';
import type { SlideError } from './slide-error.ts';

export interface LoadedExercises {
  exercises: Map<string, Exercise>;
  errors: SlideError[];
  /** Absolute paths read, for the dev server to watch. */
  files: string[];
}

/** Reads every `exercises/ID.yaml` beside the slides; a deck without the folder has no exercises. */
export async function loadExercises(slidesDir: string, shown: string): Promise<LoadedExercises> {
  const dir = path.join(slidesDir, 'exercises');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const exercises = new Map<string, Exercise>();
  const errors: SlideError[] = [];
  const files: string[] = [];
  for (const name of names) {
    const abs = path.join(dir, name);
    files.push(abs);
    const { exercise, errors: e } = parseExerciseFile(`${shown}/exercises/${name}`, name.slice(0, -'.yaml'.length), await readFile(abs, 'utf8'));
    errors.push(...e);
    if (exercise) exercises.set(exercise.id, exercise);
  }
  return { exercises, errors, files };
}
