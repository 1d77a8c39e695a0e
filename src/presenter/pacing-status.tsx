import { elapsedMs, type TimerState } from '../sync/shared-state.ts';
import { pacing } from './pacing.ts';
import { formatMinuteRange } from '../lib/time-format.ts';
import { useNow } from './use-now.ts';

interface Props {
  minutes: readonly number[];
  slide: number;
  timer: TimerState;
}

const ICON = { ahead: '▲', behind: '▼', 'on-time': '●' } as const;

/** "Planned 5–8 min · 1 min behind": where this slide sits in the plan against the timer. */
export function PacingStatus({ minutes, slide, timer }: Props) {
  const now = useNow(1000, timer.running);
  const started = timer.running || timer.accumulatedMs > 0;
  const p = pacing(minutes, slide, elapsedMs(timer, now));
  return (
    <p className="pacing" data-testid="pacing">
      <span className="bar-label">Planned</span> <span className="pacing-plan">{formatMinuteRange(p.plannedStart, p.plannedEnd)}</span>{' '}
      {started ? (
        <strong className="pacing-status" data-status={p.status}>
          <span aria-hidden="true">{ICON[p.status]}</span> {p.label}
        </strong>
      ) : (
        <span className="muted">start the timer for pacing</span>
      )}
    </p>
  );
}
