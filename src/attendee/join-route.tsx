import './attendee.css';
import { useEffect, useState } from 'react';
import { detectLiveServer } from '../live/live-presence.ts';
import { AttendeeView } from './attendee-view.tsx';
import { NoLiveSession } from './no-live-session.tsx';

/**
 * `#/join`: the attendee view when the workshop server served this page, else a plain word
 * that no live session runs here (a static host, the SCORM package, an offline copy).
 */
export function JoinRoute() {
  const [live, setLive] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void detectLiveServer(location.href).then((found) => current && setLive(found));
    return () => {
      current = false;
    };
  }, []);
  if (live === null) {
    return (
      <main className="page join-page" id="main" data-join="checking">
        <p role="status">Looking for a live session…</p>
      </main>
    );
  }
  return live ? <AttendeeView /> : <NoLiveSession />;
}
