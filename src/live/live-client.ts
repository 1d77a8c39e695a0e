import {
  PROTOCOL_VERSION,
  isNewer,
  parseServerMessage,
  type AskedCheck,
  type ClientMessage,
  type Counts,
  type LiveTimer,
  type PublicState,
  type Role,
  type ServerMessage,
} from './protocol.ts';

/**
 * The browser side of a live session: one socket to the workshop server, the latest state it
 * sent, reconnection with backoff. No React, no views; use-live-session.ts wraps it for a view.
 */

export type LiveStatus =
  | { kind: 'connecting' }
  | { kind: 'connected'; role: Role }
  /** Waiting before the next attempt; `retryAt` is epoch ms, for a "reconnecting in 3 s" line. */
  | { kind: 'reconnecting'; attempt: number; retryAt: number }
  /** The session has as many attendees as it allows; the client keeps retrying slowly. */
  | { kind: 'full'; retryAt: number }
  | { kind: 'closed' };

export interface LiveView {
  status: LiveStatus;
  /** Null until the first snapshot; kept through reconnects so a view keeps showing the last slide. */
  state: PublicState | null;
  role: Role | null;
  /** Answer counts of the current check, when this connection may see them. */
  counts: Counts | null;
  /** This attendee's answer to the current check (kept by the server across reconnects). */
  yourAnswer: number | null;
  /** Attendees connected to this server process, for presenters (null until the server says). */
  attendees: number | null;
}

/** The part of the WebSocket API the client uses: the browser's class or the `ws` package's. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type SocketConstructor = new (url: string) => SocketLike;

export interface Backoff {
  baseMs: number;
  maxMs: number;
}
export const DEFAULT_BACKOFF: Backoff = { baseMs: 500, maxMs: 15_000 };

/** Exponential backoff with jitter (half fixed, half random) so a room of clients does not reconnect in one burst. */
export function backoffDelay(attempt: number, backoff: Backoff = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** A status as one short line for a view: "Connected", "Reconnecting in 3 s". */
export function statusText(status: LiveStatus, now: number): string {
  switch (status.kind) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'reconnecting':
      return `Connection lost. Reconnecting in ${Math.max(0, Math.ceil((status.retryAt - now) / 1000))} s`;
    case 'full':
      return `This session is full. Trying again in ${Math.max(0, Math.ceil((status.retryAt - now) / 1000))} s`;
    case 'closed':
      return 'Disconnected';
  }
}

/** The socket beside the page, whatever sub-path the deck is served from (and wss: behind TLS). */
export function liveSocketUrl(pageHref: string): string {
  const url = new URL('live', pageHref.split('#')[0]);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  return url.href;
}

export interface LiveClientOptions {
  url: string;
  /** The attendee's random id (see attendee-id.ts); presenters send one too. */
  attendeeId: string;
  /** The presenter key from the presenter link's fragment. Without it the connection is an attendee. */
  key?: string;
  WebSocket?: SocketConstructor;
  backoff?: Backoff;
  random?: () => number;
  now?: () => number;
}

export interface LiveClient {
  getView(): LiveView;
  subscribe(listener: () => void): () => void;
  /** Presenter commands: false when not connected as presenter (the server would drop them anyway). */
  goto(slide: number, step: number): boolean;
  setBlackout(on: boolean): boolean;
  setTimer(timer: LiveTimer): boolean;
  ask(check: AskedCheck): boolean;
  showResults(checkId: string): boolean;
  closeCheck(checkId: string): boolean;
  clearCheck(): boolean;
  /** The session's results as CSV (presenter only). */
  requestResults(): Promise<string>;
  /** The number of the last command sent on this connection (the `n` an ack names). */
  lastSent(): number;
  /** The server's acks of this connection's presenter commands. */
  onAck(listener: (ack: Ack) => void): () => void;
  /** An attendee's answer (null withdraws it); false when not connected or no such open check. */
  answer(checkId: string, option: number | null): boolean;
  close(): void;
}

export type Ack = Omit<Extract<ServerMessage, { t: 'ack' }>, 't'>;

type Command = ClientMessage extends infer M ? (M extends { n: number } ? Omit<M, 'n'> : never) : never;

const OPEN = 1;

export function createLiveClient(options: LiveClientOptions): LiveClient {
  const Socket = options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let view: LiveView = { status: { kind: 'connecting' }, state: null, role: null, counts: null, yourAnswer: null, attendees: null };
  let socket: SocketLike | null = null;
  let attempt = 0;
  let n = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let wasFull = false;
  const pendingResults: ((csv: string) => void)[] = [];
  const ackListeners = new Set<(ack: Ack) => void>();

  const set = (patch: Partial<LiveView>): void => {
    view = { ...view, ...patch };
    for (const listener of listeners) listener();
  };

  // This device's answer per round of a check, so a round that comes back after a take-off
  // shows the answer still counted (a snapshot after a reconnect says it anyway).
  const answers = new Map<string, number | null>();
  const roundKey = (state: PublicState): string => (state.check ? `${state.session} ${state.check.id} ${state.check.round}` : '');

  /**
   * A new state; what belonged to another check or round (counts, this attendee's answer) is
   * cleared. The attendee count is not the check's: it stays until the server sends a new one
   * (it sends one only when people come or go).
   */
  const nextState = (state: PublicState): Partial<LiveView> => {
    const before = view.state;
    const sameRound = state.check !== null && before !== null && roundKey(before) === roundKey(state);
    return sameRound ? { state } : { state, counts: null, yourAnswer: answers.get(roundKey(state)) ?? null };
  };

  const send = (command: Command): boolean => {
    if (!socket || socket.readyState !== OPEN || view.status.kind !== 'connected') return false;
    socket.send(JSON.stringify({ ...command, n: ++n }));
    return true;
  };
  const present = (command: Command): boolean => view.role === 'presenter' && send(command);

  const onMessage = (data: unknown): void => {
    const message = parseServerMessage(typeof data === 'string' ? data : String(data));
    if (!message) return;
    switch (message.t) {
      case 'snapshot':
        // A snapshot is authoritative: after a reconnect the server's state replaces ours, older or not.
        attempt = 0;
        if (message.state.check) answers.set(roundKey(message.state), message.yourAnswer);
        set({ status: { kind: 'connected', role: message.role }, role: message.role, state: message.state, counts: message.counts, yourAnswer: message.yourAnswer });
        return;
      case 'state':
        if (view.status.kind === 'connected' && isNewer(view.state, message.state)) set(nextState(message.state));
        return;
      case 'counts':
        if (view.state?.check?.id === message.counts.checkId) set({ counts: message.counts });
        return;
      case 'results':
        pendingResults.shift()?.(message.csv);
        return;
      case 'presence':
        set({ attendees: message.attendees });
        return;
      case 'ack':
        for (const listener of ackListeners) listener({ n: message.n, session: message.session, seq: message.seq });
        return;
      case 'error':
        if (message.code === 'full') wasFull = true;
        return;
    }
  };

  const scheduleRetry = (): void => {
    if (closed) return;
    const delay = backoffDelay(attempt++, wasFull ? { baseMs: Math.max(backoff.baseMs, 5000), maxMs: Math.max(backoff.maxMs, 60_000) } : backoff, random);
    const retryAt = now() + delay;
    set({ status: wasFull ? { kind: 'full', retryAt } : { kind: 'reconnecting', attempt, retryAt } });
    wasFull = false;
    retry = setTimeout(connect, delay);
  };

  function connect(): void {
    retry = null;
    if (closed) return;
    let ws: SocketLike;
    try {
      ws = new Socket(options.url);
    } catch {
      scheduleRetry();
      return;
    }
    socket = ws;
    n = 0;
    ws.onopen = () => {
      ws.send(JSON.stringify({ t: 'hello', n: ++n, v: PROTOCOL_VERSION, attendee: options.attendeeId, ...(options.key ? { key: options.key } : {}) }));
    };
    ws.onmessage = (event) => onMessage(event.data);
    ws.onerror = () => undefined;
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      scheduleRetry();
    };
  }

  connect();

  return {
    getView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goto: (slide, step) => present({ t: 'goto', slide, step }),
    setBlackout: (on) => present({ t: 'blackout', on }),
    setTimer: (timer) => present({ t: 'timer', timer }),
    ask: (check) => present({ t: 'ask', check }),
    showResults: (checkId) => present({ t: 'show-results', checkId }),
    closeCheck: (checkId) => present({ t: 'close-check', checkId }),
    clearCheck: () => present({ t: 'clear-check' }),
    requestResults() {
      return new Promise<string>((resolve, reject) => {
        if (!present({ t: 'results' })) reject(new Error('not connected as presenter'));
        else pendingResults.push(resolve);
      });
    },
    lastSent: () => n,
    onAck(listener) {
      ackListeners.add(listener);
      return () => ackListeners.delete(listener);
    },
    answer(checkId, option) {
      const check = view.state?.check;
      if (view.role !== 'attendee' || !check || check.id !== checkId || check.phase === 'closed') return false;
      if (!send({ t: 'answer', checkId, option })) return false;
      answers.set(roundKey(view.state!), option);
      set({ yourAnswer: option });
      return true;
    },
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const ws = socket;
      socket = null;
      ws?.close(1000, 'bye');
      set({ status: { kind: 'closed' } });
    },
  };
}
