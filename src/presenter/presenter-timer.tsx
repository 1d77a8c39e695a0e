import type { TimerState } from '../sync/shared-state.ts';
import { elapsedMs } from '../sync/shared-state.ts';
import { describeElapsed, formatElapsed } from '../lib/time-format.ts';
import { useNow } from './use-now.ts';

interface Props {
  timer: TimerState;
  onToggle: () => void;
  onReset: () => void;
}

/** Elapsed time with Start/Pause (T) and Reset. */
export function PresenterTimer({ timer, onToggle, onReset }: Props) {
  const now = useNow(1000, timer.running);
  const ms = elapsedMs(timer, now);
  const started = timer.running || timer.accumulatedMs > 0;
  return (
    <div className="presenter-timer" role="group" aria-labelledby="timer-label">
      <span id="timer-label" className="bar-label">
        Elapsed
      </span>
      <span className="timer-value" role="timer" aria-label={`Elapsed ${describeElapsed(ms)}`} data-testid="elapsed">
        {formatElapsed(ms)}
      </span>
      <button type="button" className="button" onClick={onToggle} aria-keyshortcuts="T">
        {timer.running ? 'Pause' : started ? 'Resume' : 'Start'}
      </button>
      <button type="button" className="button" onClick={onReset} disabled={!started}>
        Reset
      </button>
    </div>
  );
}
