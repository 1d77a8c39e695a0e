/**
 * Pacing against the plan: each slide is planned for its manifest `minutes`, so slide N
 * should be on screen between the sum of the slides before it and that sum plus its own.
 * Arriving before that window is being ahead; still being on the slide after it, behind.
 */
export type PacingStatus = 'ahead' | 'behind' | 'on-time';

export interface Pacing {
  /** Planned minutes of the slides before the current one: when it should come up. */
  plannedStart: number;
  /** Planned minutes up to the end of the current slide: when it should be done. */
  plannedEnd: number;
  status: PacingStatus;
  /** Whole minutes ahead or behind; 0 when on time. */
  minutesOff: number;
  label: string;
}

const MS_PER_MIN = 60_000;

export function pacing(minutes: readonly number[], slide: number, elapsedMs: number): Pacing {
  const index = Math.min(Math.max(slide, 1), Math.max(minutes.length, 1)) - 1;
  let plannedStart = 0;
  for (let i = 0; i < index; i++) plannedStart += sane(minutes[i]);
  const plannedEnd = plannedStart + sane(minutes[index]);
  const elapsedMin = Math.max(0, elapsedMs) / MS_PER_MIN;
  const off = elapsedMin < plannedStart ? plannedStart - elapsedMin : elapsedMin > plannedEnd ? -(elapsedMin - plannedEnd) : 0;
  const minutesOff = Math.round(Math.abs(off));
  const status: PacingStatus = minutesOff === 0 ? 'on-time' : off > 0 ? 'ahead' : 'behind';
  return { plannedStart, plannedEnd, status, minutesOff, label: pacingLabel(status, minutesOff) };
}

export function pacingLabel(status: PacingStatus, minutesOff: number): string {
  if (status === 'on-time') return 'on time';
  return `${minutesOff} min ${status}`;
}

function sane(m: number | undefined): number {
  return typeof m === 'number' && Number.isFinite(m) && m > 0 ? m : 0;
}
