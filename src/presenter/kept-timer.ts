import { parseTimer } from '../sync/messages.ts';
import type { TimerState } from '../sync/shared-state.ts';

const KEY = 'presenter:timer';

/**
 * The speaker's timer for this tab, kept in sessionStorage: a reload of the speaker view in the
 * middle of a talk picks up the same start time instead of starting from zero.
 */
export function keptTimer(): TimerState | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? parseTimer(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export function keepTimer(timer: TimerState): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(timer));
  } catch {
    // Without storage the timer still runs; it only starts again after a reload.
  }
}
