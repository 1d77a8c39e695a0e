import { exerciseLoaders } from 'virtual:exercises';
import type { Exercise } from '../../content/exercise-types.ts';

const cache = new Map<string, Promise<Exercise | null>>();

/** The exercise's data, fetched once per id (its own small chunk); null for an id the deck lacks. */
export function loadExercise(id: string): Promise<Exercise | null> {
  let p = cache.get(id);
  if (!p) {
    const loader = exerciseLoaders[id];
    p = loader ? loader().then((m) => m.default) : Promise.resolve(null);
    cache.set(id, p);
  }
  return p;
}
