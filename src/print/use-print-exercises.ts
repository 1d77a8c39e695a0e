import { useEffect, useState } from 'react';
import type { Exercise } from '../content/exercise-types.ts';
import type { SlideMeta } from '../content/deck-types.ts';
import { loadExercise } from '../learn/exercise/exercise-source.ts';

export interface PrintExercise {
  slide: SlideMeta;
  exercise: Exercise;
}

/**
 * Every slide's exercise data (its own small chunk each, as in the learner view), in slide
 * order; undefined until all have loaded, so the handout is measured once, complete. An id the
 * build does not have (a stale chunk at most) is left out rather than holding the handout back.
 */
export function usePrintExercises(slides: readonly SlideMeta[]): PrintExercise[] | undefined {
  const [list, setList] = useState<PrintExercise[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const wanted = slides.filter((s) => s.exercise !== undefined);
    Promise.all(wanted.map((s) => loadExercise(s.exercise!).catch(() => null))).then((found) => {
      if (!live) return;
      setList(wanted.flatMap((slide, i) => (found[i] ? [{ slide, exercise: found[i] }] : [])));
    });
    return () => {
      live = false;
    };
  }, [slides]);
  return list;
}
