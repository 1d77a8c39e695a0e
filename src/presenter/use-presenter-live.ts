import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LiveClient, LiveStatus, LiveView } from '../live/live-client.ts';
import { useLocation, useNavigate } from 'react-router';
import { attendeeId, keyIsKept, presenterKey } from '../live/live-identity.ts';
import type { PublicState } from '../live/protocol.ts';
import type { SharedState, TimerState } from '../sync/shared-state.ts';
import { createEchoGuard } from './live-echo.ts';

const SESSION_KEY = 'presenter:live-session';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const sameTimer = (a: TimerState, b: TimerState) => a.running === b.running && a.startedAt === b.startedAt && a.accumulatedMs === b.accumulatedMs;

export interface PresenterLive {
  client: LiveClient | null;
  view: LiveView | null;
  /** Sends what differs between the speaker view's state and the server's (a move, blackout, timer). */
  publish: (state: SharedState) => void;
  /** The status as one line (from the live client, loaded with it). */
  statusText: (status: LiveStatus, now: number) => string;
}

/**
 * The speaker view's live session, when the page has a presenter key (from the presenter link,
 * or kept in sessionStorage for a reload). The live client is loaded only then, so a speaker
 * view without a workshop server loads nothing more.
 *
 * The server's state is the truth: several presenter devices may drive, and each follows the
 * others' moves through `apply`. Two exceptions: a state older than this device's own latest
 * change of a field leaves that field alone (live-echo.ts: a fast run of key presses is not pulled
 * back by the echo of the first), and a session the server started afresh (a restart, an
 * expiry), which this view fills with its own position, blackout and timer.
 */
export function usePresenterLive(apply: (state: Pick<SharedState, 'slide' | 'step' | 'blackout' | 'timer'>) => void, current: () => SharedState): PresenterLive {
  const [key] = useState(() => presenterKey(window.location.hash, sessionStore()));
  const location = useLocation();
  const navigate = useNavigate();
  // A speaker view mirrored to the projector shows its address bar: once the tab keeps the key,
  // the address drops it (a tab that cannot keep it leaves it there, so a reload still works).
  const linkHasKey = new URLSearchParams(location.search).has('key');
  useEffect(() => {
    if (key && linkHasKey && keyIsKept(key, sessionStore())) void navigate({ pathname: location.pathname, search: '' }, { replace: true });
  }, [key, linkHasKey, location.pathname, navigate]);
  const [client, setClient] = useState<LiveClient | null>(null);
  const [statusText, setStatusText] = useState<PresenterLive['statusText']>(() => () => '');
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const currentRef = useRef(current);
  currentRef.current = current;
  // What the server last said or we last sent: publish sends only differences from it.
  const known = useRef<{ slide: number; step: number; blackout: boolean; timer: TimerState } | null>(null);
  const [guard] = useState(createEchoGuard);

  const sendAll = useCallback(
    (live: LiveClient, state: SharedState) => {
      const k = known.current;
      if (!k) return;
      const now = Date.now();
      if ((k.slide !== state.slide || k.step !== state.step) && live.goto(state.slide, state.step)) {
        guard.sent('position', live.lastSent(), now);
        k.slide = state.slide;
        k.step = state.step;
      }
      if (k.blackout !== state.blackout && live.setBlackout(state.blackout)) {
        guard.sent('blackout', live.lastSent(), now);
        k.blackout = state.blackout;
      }
      if (!sameTimer(k.timer, state.timer) && live.setTimer(state.timer)) {
        guard.sent('timer', live.lastSent(), now);
        k.timer = state.timer;
      }
    },
    [guard],
  );

  useEffect(() => {
    if (!key) return;
    let live: LiveClient | null = null;
    let off = () => {};
    let offAck = () => {};
    let cancelled = false;
    void import('../live/live-client.ts').then(({ createLiveClient, liveSocketUrl, statusText: text }) => {
      if (cancelled) return;
      setStatusText(() => text);
      const store = sessionStore();
      const client = createLiveClient({ url: liveSocketUrl(window.location.href), attendeeId: attendeeId(store), key });
      live = client;
      let last: PublicState | null = null;
      let lastSession: string | null = null;
      let wasConnected = false;
      off = client.subscribe(() => {
        const view = client.getView();
        const connected = view.status.kind === 'connected' && view.role === 'presenter';
        const snapshot = connected && !wasConnected;
        wasConnected = connected;
        const s = view.state;
        if (!connected || !s || s === last) return;
        last = s;
        let keptSession: string | null = null;
        try {
          keptSession = store?.getItem(SESSION_KEY) ?? null;
          store?.setItem(SESSION_KEY, s.session);
        } catch {
          // Without storage a reload simply follows the server.
        }
        if (snapshot || s.session !== lastSession) guard.reset(s.session);
        lastSession = s.session;
        known.current = { slide: s.slide, step: s.step, blackout: s.blackout, timer: s.timer };
        if (keptSession !== null && keptSession !== s.session) {
          // The server forgot the session (restarted without Redis, or it expired): give it ours.
          sendAll(client, currentRef.current());
          return;
        }
        const now = Date.now();
        const mine = currentRef.current();
        const keep = (field: 'position' | 'blackout' | 'timer') => guard.keepsLocal(field, s.session, s.seq, now);
        const next = {
          ...(keep('position') ? { slide: mine.slide, step: mine.step } : { slide: s.slide, step: s.step }),
          blackout: keep('blackout') ? mine.blackout : s.blackout,
          timer: keep('timer') ? mine.timer : s.timer,
        };
        // What we keep is what we sent: publish has nothing more to send for it.
        known.current = next;
        applyRef.current(next);
      });
      offAck = client.onAck((ack) => guard.acked(ack.n, ack.session, ack.seq));
      setClient(client);
    });
    return () => {
      cancelled = true;
      off();
      offAck();
      live?.close();
      setClient(null);
      known.current = null;
    };
  }, [key, sendAll, guard]);

  const source = client ?? NO_CLIENT;
  const view = useSyncExternalStore(source.subscribe, source.getView, source.getView);
  const publish = useCallback(
    (state: SharedState) => {
      if (client) sendAll(client, state);
    },
    [client, sendAll],
  );
  return { client, view: client ? view : null, publish, statusText };
}

const NO_VIEW = null;
const NO_CLIENT = { subscribe: () => () => undefined, getView: () => NO_VIEW };
