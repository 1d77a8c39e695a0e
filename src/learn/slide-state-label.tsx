import './progress.css';
import type { SlideMeta } from '../content/deck-types.ts';
import type { DeckProgress } from './progress-types.ts';
import { checksDoneOn, SLIDE_STATE_ICON, SLIDE_STATE_TEXT, slideState } from './slide-state.ts';

/** A slide's state by icon and text; "Visited · 1 of 3 checks" while its checks are under way. */
export function SlideStateLabel({ meta, progress }: { meta: Pick<SlideMeta, 'number' | 'checkCount'>; progress: DeckProgress }) {
  const state = slideState(meta, progress);
  const done = checksDoneOn(meta, progress);
  const detail = state === 'visited' && meta.checkCount > 0 ? ` · ${done} of ${meta.checkCount} checks` : '';
  return (
    <span className="slide-state" data-state={state}>
      <span className="slide-state-icon" aria-hidden="true">
        {SLIDE_STATE_ICON[state]}
      </span>{' '}
      {SLIDE_STATE_TEXT[state]}
      {detail}
    </span>
  );
}
