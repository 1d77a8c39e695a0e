/** 0 -> "00:00", 65 s -> "01:05", 1 h 2 min 3 s -> "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Elapsed time in words for assistive tech: "1 hour 2 minutes 3 seconds". */
export function describeElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const parts: string[] = [];
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s || parts.length === 0) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** A planned range in minutes, rounded to halves: "5–8 min", or "0–2 min". */
export function formatMinuteRange(from: number, to: number): string {
  const r = (x: number) => String(Math.round(x * 2) / 2);
  return `${r(from)}–${r(to)} min`;
}

/** Planned minutes, rounded to halves: "3 min", "2.5 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 2) / 2;
  return `${rounded} min`;
}

/** "less than a minute", "12 min", "1 h 5 min": time spent, in words a learner reads at a glance. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
