import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import {
  MAX_MESSAGE_BYTES,
  PROTOCOL_VERSION,
  isPresenterOnly,
  parseClientMessage,
  type ClientMessage,
  type Counts,
  type Role,
  type ServerMessage,
} from '../src/live/protocol.ts';
import { MemoryStore } from './memory-store.ts';
import { TokenBucket, type RateLimit } from './rate-limit.ts';
import { RedisStore } from './redis-store.ts';
import { resultsCsv } from './results-csv.ts';
import { toPublic, type ServerState } from './session-state.ts';
import type { SessionStore, StoreEvent } from './session-store.ts';
import { serveStatic } from './static-files.ts';

export const LIVE_PATH = '/live';
export const LIVE_INFO_PATH = '/live.json';
export const RESULTS_PATH = '/live/results.csv';

export interface WorkshopOptions {
  /** The built deck to serve. */
  distDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxAttendees?: number;
  /** Origins allowed besides the server's own host (e.g. the TLS proxy's https://...). */
  allowedOrigins?: readonly string[];
  /** A session with no connection and no activity for this long starts again. */
  idleMs?: number;
  redisUrl?: string;
  /** Redis key prefix part: processes with the same one share a session. */
  namespace?: string;
  rate?: RateLimit;
  helloTimeoutMs?: number;
  /** How often live counts go out at most (many answers in a burst become one message). */
  countsIntervalMs?: number;
  /**
   * The presenter key to use instead of a random one (WORKSHOP_PRESENTER_KEY), so a restarted
   * server without Redis still accepts the presenter link that is open on the laptop and phone.
   */
  presenterKey?: string;
  /** How often the attendee count goes out to presenters at most. */
  presenceIntervalMs?: number;
}

export interface WorkshopServer {
  port: number;
  /** http://host:port with the address the server listens on. */
  origin: string;
  presenterKey: string;
  http: Server;
  connections(): { presenters: number; attendees: number; pending: number };
  close(): Promise<void>;
}

interface Connection {
  ws: WebSocket;
  role: Role | null;
  attendee: string;
  lastN: number;
  bucket: TokenBucket;
  dropped: number;
}

/** Close codes: 1008 policy (rate, forged hello), 1013 try again later (full). */
const POLICY = 1008;
const TRY_LATER = 1013;
/** Over this many dropped frames a connection is cut off: it is not a page of this app. */
const MAX_DROPPED = 500;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function sameSecret(given: string, key: string): boolean {
  return timingSafeEqual(digest(given), digest(key));
}

/** The browser's Origin must be this server's own host, or one the operator allowed. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  // Non-browser clients send no Origin; the role check, not the Origin, is what protects control.
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return host !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}

export async function startWorkshopServer(options: WorkshopOptions): Promise<WorkshopServer> {
  const maxAttendees = options.maxAttendees ?? 1000;
  const allowed = options.allowedOrigins ?? [];
  const idleMs = options.idleMs ?? 4 * 60 * 60 * 1000;
  const rate = options.rate ?? { perSecond: 30, burst: 60 };
  const helloTimeoutMs = options.helloTimeoutMs ?? 5000;
  const countsIntervalMs = options.countsIntervalMs ?? 100;

  const store: SessionStore = options.redisUrl ? new RedisStore(options.redisUrl, options.namespace ?? 'default', idleMs) : new MemoryStore(idleMs);
  if (store instanceof RedisStore) await store.connected();
  const presenterKey = await store.presenterKey(options.presenterKey || randomBytes(24).toString('base64url'));
  const presenceIntervalMs = options.presenceIntervalMs ?? 250;

  const conns = new Set<Connection>();
  let latest: ServerState = await store.read();
  let pendingCounts: Counts | null = null;
  let countsTimer: NodeJS.Timeout | null = null;

  const send = (conn: Connection, message: ServerMessage | Buffer): void => {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    if (Buffer.isBuffer(message)) conn.ws.send(message, { binary: false });
    else conn.ws.send(JSON.stringify(message));
  };
  /** Encoded once for every connection it goes to: at 1,000 attendees this is most of the work. */
  const frameOf = (message: ServerMessage): Buffer => Buffer.from(JSON.stringify(message));

  const countsVisibleToAll = (): boolean => latest.check !== null && latest.check.phase !== 'open';

  const flushCounts = (): void => {
    countsTimer = null;
    const counts = pendingCounts;
    pendingCounts = null;
    if (!counts || latest.check?.asked.id !== counts.checkId) return;
    const frame = frameOf({ t: 'counts', counts });
    const all = countsVisibleToAll();
    for (const conn of conns) if (conn.role === 'presenter' || (all && conn.role === 'attendee')) send(conn, frame);
  };

  const onEvent = (event: StoreEvent): void => {
    if (event.kind === 'counts') {
      pendingCounts = event.counts;
      countsTimer ??= setTimeout(flushCounts, countsIntervalMs);
      return;
    }
    const state = event.state;
    // Events of another process can arrive after a newer read; only newer states go out.
    if (state.session === latest.session && state.seq <= latest.seq) return;
    const wasHidden = !countsVisibleToAll();
    const before = latest.check;
    latest = state;
    const frame = frameOf({ t: 'state', state: toPublic(state) });
    for (const conn of conns) if (conn.role) send(conn, frame);
    const now = state.check;
    if (now && now.phase === 'open' && (!before || before.asked.id !== now.asked.id || before.round !== now.round || before.phase !== 'open')) {
      // Just asked: presenters see its counts at once (zeros, or a round that continues after a take-off).
      const { id } = now.asked;
      void store.counts(id).then((counts) => {
        if (!counts || latest.check?.asked.id !== id || latest.check.round !== now.round) return;
        const message = frameOf({ t: 'counts', counts });
        for (const conn of conns) if (conn.role === 'presenter') send(conn, message);
      });
    }
    if (wasHidden && countsVisibleToAll() && state.check) {
      const id = state.check.asked.id;
      void store.counts(id).then((counts) => {
        if (counts && latest.check?.asked.id === id) {
          const message = frameOf({ t: 'counts', counts });
          for (const conn of conns) if (conn.role === 'attendee') send(conn, message);
        }
      });
    }
  };
  store.subscribe(onEvent);

  const attendees = (): number => {
    let n = 0;
    for (const conn of conns) if (conn.role === 'attendee') n++;
    return n;
  };

  // Joins and leaves in a burst (a room arriving) become one presence message per interval.
  let presenceTimer: NodeJS.Timeout | null = null;
  const flushPresence = (): void => {
    presenceTimer = null;
    const frame = frameOf({ t: 'presence', attendees: attendees() });
    for (const conn of conns) if (conn.role === 'presenter') send(conn, frame);
  };
  const presenceChanged = (): void => {
    presenceTimer ??= setTimeout(flushPresence, presenceIntervalMs);
  };

  const hello = async (conn: Connection, message: Extract<ClientMessage, { t: 'hello' }>): Promise<void> => {
    if (message.v !== PROTOCOL_VERSION) {
      send(conn, { t: 'error', code: 'version' });
      conn.ws.close(POLICY, 'version');
      return;
    }
    const role: Role = message.key !== undefined && sameSecret(message.key, presenterKey) ? 'presenter' : 'attendee';
    if (role === 'attendee' && attendees() >= maxAttendees) {
      send(conn, { t: 'error', code: 'full' });
      conn.ws.close(TRY_LATER, 'full');
      return;
    }
    conn.role = role;
    conn.attendee = message.attendee;
    const state = await store.read();
    const check = state.check;
    const counts = check && (role === 'presenter' || check.phase !== 'open') ? await store.counts(check.asked.id) : null;
    const yourAnswer = check && role === 'attendee' ? await store.answerOf(conn.attendee, check.asked.id) : null;
    send(conn, { t: 'snapshot', role, state: toPublic(state), counts, yourAnswer });
    if (role === 'presenter') send(conn, { t: 'presence', attendees: attendees() });
    else presenceChanged();
    // A change that landed while this snapshot was read goes out right after it.
    if (latest.session !== state.session || latest.seq > state.seq) send(conn, { t: 'state', state: toPublic(latest) });
  };

  const handle = async (conn: Connection, message: ClientMessage): Promise<void> => {
    if (message.t === 'hello') {
      if (conn.role === null) await hello(conn, message);
      return;
    }
    if (conn.role === null) return;
    if (isPresenterOnly(message) && conn.role !== 'presenter') return;
    switch (message.t) {
      case 'answer':
        if (conn.role === 'attendee') await store.answer(conn.attendee, message.checkId, message.option);
        return;
      case 'results':
        send(conn, { t: 'results', csv: resultsCsv(await store.results()) });
        return;
      default: {
        const next = await store.apply(message);
        // The state itself may reach this connection before or after the ack (through Redis, after): the client handles both.
        send(conn, { t: 'ack', n: message.n, session: next?.session ?? latest.session, seq: next?.seq ?? null });
      }
    }
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  wss.on('connection', (ws: WebSocket) => {
    const conn: Connection = { ws, role: null, attendee: '', lastN: -1, bucket: new TokenBucket(rate, Date.now()), dropped: 0 };
    conns.add(conn);
    const helloTimer = setTimeout(() => {
      if (conn.role === null) {
        send(conn, { t: 'error', code: 'hello-timeout' });
        ws.close(POLICY, 'hello-timeout');
      }
    }, helloTimeoutMs);
    const drop = (): void => {
      if (++conn.dropped > MAX_DROPPED) {
        send(conn, { t: 'error', code: 'rate-limit' });
        ws.close(POLICY, 'too many bad frames');
      }
    };
    // One message at a time per connection, so its own commands apply in the order it sent them.
    let queue = Promise.resolve();
    ws.on('message', (data, isBinary) => {
      if (!conn.bucket.take(Date.now()) || isBinary) return drop();
      const message = parseClientMessage(data.toString());
      if (!message || message.n <= conn.lastN) return drop();
      conn.lastN = message.n;
      queue = queue.then(() => handle(conn, message)).catch((error: unknown) => {
        console.error('workshop: message failed:', error instanceof Error ? error.message : error);
      });
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(helloTimer);
      conns.delete(conn);
      if (conn.role === 'attendee') presenceChanged();
    });
  });

  const http = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === LIVE_INFO_PATH) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ live: true, protocol: PROTOCOL_VERSION, socket: LIVE_PATH.slice(1) }));
      return;
    }
    if (path === RESULTS_PATH) {
      const auth = req.headers.authorization ?? '';
      const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (!given || !sameSecret(given, presenterKey)) {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('The presenter key is required (Authorization: Bearer KEY)\n');
        return;
      }
      void store.results().then((results) => {
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="workshop-results.csv"',
          'cache-control': 'no-store',
        });
        res.end(resultsCsv(results));
      }, () => res.writeHead(500).end());
      return;
    }
    serveStatic(options.distDir, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, reason: string): void => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if ((req.url ?? '').split('?')[0] !== LIVE_PATH) return refuse(404, 'Not Found');
    if (!originAllowed(req.headers.origin, req.headers.host, allowed)) return refuse(403, 'Forbidden');
    // Room for the presenter's devices beyond the attendee cap; the cap itself is checked at hello.
    if (conns.size >= maxAttendees + 20) return refuse(503, 'Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  http.on('clientError', (_error, socket) => socket.destroy());

  // While anyone is connected the session is active, whatever the Redis TTL.
  const touchTimer = setInterval(() => {
    if (conns.size > 0) void store.touch().catch(() => undefined);
  }, Math.max(1000, Math.min(60_000, idleMs / 4)));
  touchTimer.unref();

  await new Promise<void>((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => resolveListen());
  });
  const address = http.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | null = null;
  return {
    port: address.port,
    origin: `http://${shownHost}:${address.port}`,
    presenterKey,
    http,
    connections() {
      let presenters = 0;
      let attendeeCount = 0;
      let pending = 0;
      for (const conn of conns) {
        if (conn.role === 'presenter') presenters++;
        else if (conn.role === 'attendee') attendeeCount++;
        else pending++;
      }
      return { presenters, attendees: attendeeCount, pending };
    },
    close() {
      closing ??= (async () => {
        clearInterval(touchTimer);
        if (countsTimer) clearTimeout(countsTimer);
        if (presenceTimer) clearTimeout(presenceTimer);
        for (const conn of conns) conn.ws.close(1001, 'server stopping');
        await new Promise<void>((done) => wss.close(() => done()));
        for (const conn of conns) conn.ws.terminate();
        http.closeAllConnections();
        await new Promise<void>((done) => http.close(() => done()));
        await store.close();
      })();
      return closing;
    },
  };
}
