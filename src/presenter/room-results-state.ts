import type { LiveView } from '../live/live-client.ts';
import type { RoomResults } from '../sync/shared-state.ts';

/**
 * What the projector shows of the live check: nothing while the room is answering (the counts
 * would sway it), the bars once the speaker shows results, and the answer once it is closed.
 */
export function roomResults(view: LiveView): RoomResults | null {
  const check = view.state?.check;
  if (!check || check.phase === 'open') return null;
  const counts = view.counts?.checkId === check.id ? view.counts : null;
  return {
    id: check.id,
    question: check.question,
    options: check.options,
    counts: check.options.map((_, i) => counts?.counts[i] ?? 0),
    total: counts?.total ?? 0,
    reveal: check.phase === 'closed' && check.reveal ? { correct: check.reveal.correct, why: check.reveal.why } : null,
  };
}
