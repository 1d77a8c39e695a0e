import type { SlideMeta } from '../content/deck-types.ts';
import type { CheckRecord, DeckProgress } from './progress-types.ts';

export type SlideState = 'not-visited' | 'visited' | 'checks-done';

/** Shown beside the icon, so the state never rests on the icon or its colour alone. */
export const SLIDE_STATE_TEXT: Record<SlideState, string> = {
  'not-visited': 'Not visited',
  visited: 'Visited',
  'checks-done': 'Checks done',
};

export const SLIDE_STATE_ICON: Record<SlideState, string> = {
  'not-visited': '○',
  visited: '✓',
  'checks-done': '★',
};

/** The ids the build gives a slide's checks (src/node/compile-slide.ts: `s{slide}-c{n}`). */
export function checkIdsOf(meta: Pick<SlideMeta, 'number' | 'checkCount'>): string[] {
  return Array.from({ length: meta.checkCount }, (_, i) => `s${meta.number}-c${i + 1}`);
}

/** A check counts as done once answered or revealed: either way the learner has seen its answer. */
export function isCheckDone(record: CheckRecord | undefined): boolean {
  return record?.status === 'answered' || record?.status === 'revealed';
}

export function checksDoneOn(meta: Pick<SlideMeta, 'number' | 'checkCount'>, progress: DeckProgress): number {
  return checkIdsOf(meta).filter((id) => isCheckDone(progress.checks[id])).length;
}

/**
 * Not visited, visited, or checks done (visited and every check answered). A slide without
 * checks is at most "visited". A check answered on a slide not marked visited (progress
 * from another build) still counts the slide as visited: the learner was there.
 */
export function slideState(meta: Pick<SlideMeta, 'number' | 'checkCount'>, progress: DeckProgress): SlideState {
  const done = checksDoneOn(meta, progress);
  if (meta.checkCount > 0 && done === meta.checkCount) return 'checks-done';
  if (progress.visited.includes(meta.number) || done > 0) return 'visited';
  return 'not-visited';
}
