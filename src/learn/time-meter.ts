/**
 * Counts the time a learner spends on the slides. Time counts while the meter runs (the
 * page is visible and shows a slide), but a span with no input counts only up to `idleCapMs`
 * after the last input: a tab left open over lunch is not an hour of study.
 * Times are milliseconds from a monotonic clock (performance.now()).
 */
export const IDLE_CAP_MS = 5 * 60_000;

export interface TimeMeter {
  start(now: number): void;
  stop(now: number): void;
  /** The learner did something (key, pointer, scroll): idle time starts again from here. */
  activity(now: number): void;
  /** The time counted since the last take, then starts counting afresh. */
  take(now: number): number;
}

export function createTimeMeter(idleCapMs: number = IDLE_CAP_MS): TimeMeter {
  let since: number | null = null;
  let lastActivity = 0;
  let pending = 0;

  const span = (now: number) => {
    if (since === null) return 0;
    const end = Math.min(now, lastActivity + idleCapMs);
    return Math.max(0, end - since);
  };

  return {
    start(now) {
      if (since !== null) return;
      since = now;
      lastActivity = now;
    },
    stop(now) {
      pending += span(now);
      since = null;
    },
    activity(now) {
      if (since === null) return;
      pending += span(now);
      since = now;
      lastActivity = now;
    },
    take(now) {
      const ms = pending + span(now);
      pending = 0;
      if (since !== null) since = now;
      return ms;
    },
  };
}
