import { navigate, type NavAction } from '../deck/nav.ts';

/**
 * The state the speaker view owns and every audience window mirrors. Times are wall-clock
 * epoch milliseconds (Date.now()), the one clock that windows of a browser share.
 */
export interface TimerState {
  running: boolean;
  /** When the current run started; null while paused. */
  startedAt: number | null;
  /** Time counted by earlier runs. */
  accumulatedMs: number;
}

/**
 * A live check's results for the projector, once the speaker shows them ("Show results"), and
 * with the right answer and explanations once it is closed. Counts only: never who answered.
 */
export interface RoomResults {
  id: string;
  question: string;
  options: string[];
  counts: number[];
  total: number;
  /** Present once the check is closed: the right options' indexes and each option's explanation. */
  reveal: { correct: number[]; why: (string | null)[] } | null;
}

export interface SharedState {
  slide: number;
  step: number;
  blackout: boolean;
  timer: TimerState;
  /** Absent or null: no results on the screen (a deck without a live session never has any). */
  results?: RoomResults | null;
}

export type SharedAction =
  | { type: 'nav'; action: NavAction }
  | { type: 'toggle-blackout' }
  | { type: 'toggle-timer' }
  | { type: 'reset-timer' };

export const STOPPED_TIMER: TimerState = { running: false, startedAt: null, accumulatedMs: 0 };

export function initialSharedState(slide: number, step: number): SharedState {
  return { slide, step, blackout: false, timer: STOPPED_TIMER };
}

export function elapsedMs(timer: TimerState, now: number): number {
  const run = timer.running && timer.startedAt !== null ? Math.max(0, now - timer.startedAt) : 0;
  return timer.accumulatedMs + run;
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
  if (timer.running) return { running: false, startedAt: null, accumulatedMs: elapsedMs(timer, now) };
  return { running: true, startedAt: now, accumulatedMs: timer.accumulatedMs };
}

export function reduceShared(state: SharedState, action: SharedAction, steps: readonly number[], now: number): SharedState {
  switch (action.type) {
    case 'nav': {
      const next = navigate({ slide: state.slide, step: state.step }, action.action, steps);
      if (next.slide === state.slide && next.step === state.step) return state;
      return { ...state, slide: next.slide, step: next.step };
    }
    case 'toggle-blackout':
      return { ...state, blackout: !state.blackout };
    case 'toggle-timer':
      return { ...state, timer: toggleTimer(state.timer, now) };
    case 'reset-timer':
      return { ...state, timer: STOPPED_TIMER };
  }
}

export function isSameShared(a: SharedState, b: SharedState): boolean {
  return (
    a.slide === b.slide &&
    a.step === b.step &&
    a.blackout === b.blackout &&
    a.timer.running === b.timer.running &&
    a.timer.startedAt === b.timer.startedAt &&
    a.timer.accumulatedMs === b.timer.accumulatedMs &&
    isSameResults(a.results ?? null, b.results ?? null)
  );
}

function isSameResults(a: RoomResults | null, b: RoomResults | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}
