import type { LiveStatus, LiveView } from '../live/live-client.ts';
import { useNow } from './use-now.ts';

/** "Live · Connected · 12 attendees" in the speaker view's bar: a fixed width, so it never moves the bar. */
export function LiveStatusLine({ view, statusText }: { view: LiveView; statusText: (status: LiveStatus, now: number) => string }) {
  const waiting = view.status.kind === 'reconnecting' || view.status.kind === 'full';
  const now = useNow(1000, waiting);
  const presenter = view.status.kind === 'connected' && view.role === 'presenter';
  const attendees = view.attendees ?? 0;
  const text =
    view.status.kind === 'connected' && !presenter
      ? 'Not accepted as presenter: this key is not the server’s'
      : presenter
        ? `Connected · ${attendees} ${attendees === 1 ? 'attendee' : 'attendees'}`
        : statusText(view.status, now);
  return (
    <p className="live-status" data-status={presenter ? 'connected' : view.status.kind} data-testid="live-status" title={text}>
      <span className="bar-label">Live</span> <span className="live-dot" aria-hidden="true" />
      <span className="live-text" role="status">
        {text}
      </span>
    </p>
  );
}
