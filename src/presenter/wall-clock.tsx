import { useNow } from './use-now.ts';

/** The time of day, for a speaker who has no other clock in sight. */
export function WallClock() {
  const now = useNow(1000);
  const d = new Date(now);
  const text = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <p className="wall-clock">
      <span className="bar-label">Clock</span>{' '}
      <time dateTime={d.toISOString()} data-testid="wall-clock">
        {text}
      </time>
    </p>
  );
}
