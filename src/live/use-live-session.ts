import { useEffect, useState, useSyncExternalStore } from 'react';
import { createLiveClient, type LiveClient, type LiveClientOptions, type LiveView } from './live-client.ts';

const IDLE: LiveView = { status: { kind: 'closed' }, state: null, role: null, counts: null, yourAnswer: null, attendees: null };
const noClient = { getView: () => IDLE, subscribe: () => () => undefined };

/**
 * A live session for a view: connects on mount (or when the url, key or id change), closes on
 * unmount. Pass null to stay disconnected (e.g. before detectLiveServer has answered).
 * Returns the client, for commands and answers, and its current view.
 */
export function useLiveSession(options: LiveClientOptions | null): { client: LiveClient | null; view: LiveView } {
  const [client, setClient] = useState<LiveClient | null>(null);
  const url = options?.url;
  const key = options?.key;
  const attendee = options?.attendeeId;
  const Socket = options?.WebSocket;
  useEffect(() => {
    if (url === undefined || attendee === undefined) return;
    const live = createLiveClient({ url, attendeeId: attendee, key, WebSocket: Socket });
    setClient(live);
    return () => {
      live.close();
      setClient(null);
    };
  }, [url, key, attendee, Socket]);
  const source = client ?? noClient;
  const view = useSyncExternalStore(source.subscribe, source.getView, source.getView);
  return { client, view };
}
