import { useEffect, useState } from 'react';
import { statusText, type LiveStatus } from '../live/live-client.ts';

/** The connection in one line; it counts down each second while it waits to reconnect. */
export function LiveStatusLine({ status }: { status: LiveStatus }) {
  const [now, setNow] = useState(() => Date.now());
  const waiting = status.kind === 'reconnecting' || status.kind === 'full';
  useEffect(() => {
    if (!waiting) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [waiting, status]);
  return (
    <p className="live-status" data-live-status={status.kind}>
      <span className="live-status-dot" aria-hidden="true" />
      {statusText(status, now)}
    </p>
  );
}
