/**
 * The live-session protocol, shared by the workshop server (server/) and the browser client.
 * Pure: strings in, checked values out. Anything that fails a check is null, so the caller
 * drops it; nothing here throws on input from the network.
 *
 * Client -> server (every message carries `n`, a per-connection counter that must grow, so a
 * replayed or duplicated frame is dropped):
 * - `hello`   first message of a connection: the attendee's random id, and the presenter key
 *             when the page has one. The server answers with a `snapshot`.
 * - `goto`, `blackout`, `timer`, `ask`, `show-results`, `close-check`, `clear-check`,
 *   `results` (CSV request): presenter only; the server drops them from anyone else.
 * - `answer`  an attendee's answer (option index, or null to withdraw) to the open check.
 *
 * Server -> client:
 * - `snapshot` the whole public state plus the connection's role and its own answer.
 * - `state`    the whole public state again after any change, with a larger `seq`.
 *              Each one carries everything, so a client that missed one loses nothing.
 * - `counts`   live answer counts of the current check: presenters always, everyone
 *              once results are shown or the check is closed.
 * - `results`  the session's results as CSV (presenter only, on request).
 * - `presence` how many attendees this server process has connected (presenters only).
 * - `ack`      to the presenter connection that sent command `n`: the `seq` of the state that
 *              includes it, or null when it changed nothing. The speaker view uses it to tell an
 *              echo of an older state from the server's answer to its own latest change.
 * - `error`    why the server will not serve this connection (`full`, `hello-timeout`, ...).
 */

export const PROTOCOL_VERSION = 1;
/** Largest frame a client may send (the server closes a connection that sends more), in bytes of UTF-8. */
export const MAX_MESSAGE_BYTES = 4096;
export const MAX_OPTIONS = 8;
export const MAX_TEXT = 600;

export type Role = 'presenter' | 'attendee';

export interface LiveTimer {
  running: boolean;
  /** Wall-clock epoch ms when the current run started; null while paused. */
  startedAt: number | null;
  accumulatedMs: number;
}

export interface CheckOption {
  text: string;
  correct: boolean;
  why?: string;
}

/** A check as the presenter's page sends it; the correct flags stay on the server until Close. */
export interface AskedCheck {
  id: string;
  question: string;
  options: CheckOption[];
}

export type CheckPhase = 'open' | 'results' | 'closed';

/** What every connection may see of the current check. */
export interface PublicCheck {
  id: string;
  /**
   * Which asking of this check: asking it again after it was closed starts a fresh round (no
   * earlier answers); taking it off the screens before Close and asking again continues it.
   */
  round: number;
  question: string;
  options: string[];
  phase: CheckPhase;
  /** Only once closed: which options are right, and each option's explanation. */
  reveal?: { correct: number[]; why: (string | null)[] };
}

export interface Counts {
  checkId: string;
  /** One number per option, in option order. */
  counts: number[];
  total: number;
}

export interface PublicState {
  /** A new id whenever a session starts (or restarts after expiring): `seq` counts within it. */
  session: string;
  seq: number;
  slide: number;
  step: number;
  blackout: boolean;
  timer: LiveTimer;
  check: PublicCheck | null;
}

export type ClientMessage =
  | { t: 'hello'; n: number; v: number; attendee: string; key?: string }
  | { t: 'goto'; n: number; slide: number; step: number }
  | { t: 'blackout'; n: number; on: boolean }
  | { t: 'timer'; n: number; timer: LiveTimer }
  | { t: 'ask'; n: number; check: AskedCheck }
  | { t: 'show-results'; n: number; checkId: string }
  | { t: 'close-check'; n: number; checkId: string }
  | { t: 'clear-check'; n: number }
  | { t: 'results'; n: number }
  | { t: 'answer'; n: number; checkId: string; option: number | null };

export type PresenterCommand = Exclude<ClientMessage, { t: 'hello' | 'answer' | 'results' }>;

export type ErrorCode = 'full' | 'hello-timeout' | 'version' | 'rate-limit' | 'expired';

export type ServerMessage =
  | { t: 'snapshot'; role: Role; state: PublicState; counts: Counts | null; yourAnswer: number | null }
  | { t: 'state'; state: PublicState }
  | { t: 'counts'; counts: Counts }
  | { t: 'results'; csv: string }
  | { t: 'presence'; attendees: number }
  | { t: 'ack'; n: number; session: string; seq: number | null }
  | { t: 'error'; code: ErrorCode };

const PRESENTER_ONLY = new Set(['goto', 'blackout', 'timer', 'ask', 'show-results', 'close-check', 'clear-check', 'results']);

export function isPresenterOnly(message: ClientMessage): boolean {
  return PRESENTER_ONLY.has(message.t);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, max = 10_000): v is number => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= max;
const isIndex = (v: unknown, max = 10_000_000): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e14;
/** Ids are short and plain so they are safe in logs, CSV and Redis keys. */
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

/** UTF-8 size without allocating a buffer (browser and Node alike). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || utf8Bytes(text) > MAX_MESSAGE_BYTES) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function parseTimer(v: unknown): LiveTimer | null {
  if (!isObject(v) || typeof v.running !== 'boolean' || !isTime(v.accumulatedMs)) return null;
  if (v.running) return isTime(v.startedAt) ? { running: true, startedAt: v.startedAt, accumulatedMs: v.accumulatedMs } : null;
  return v.startedAt === null || v.startedAt === undefined ? { running: false, startedAt: null, accumulatedMs: v.accumulatedMs } : null;
}

export function parseAskedCheck(v: unknown): AskedCheck | null {
  if (!isObject(v) || !isId(v.id) || !isText(v.question) || !Array.isArray(v.options)) return null;
  if (v.options.length < 2 || v.options.length > MAX_OPTIONS) return null;
  const options: CheckOption[] = [];
  for (const o of v.options as unknown[]) {
    if (!isObject(o) || !isText(o.text) || typeof o.correct !== 'boolean') return null;
    if (o.why !== undefined && !isText(o.why)) return null;
    options.push(o.why === undefined ? { text: o.text, correct: o.correct } : { text: o.text, correct: o.correct, why: o.why });
  }
  if (!options.some((o) => o.correct)) return null;
  return { id: v.id, question: v.question, options };
}

/** Checks a frame from a client; null means drop it. */
export function parseClientMessage(text: unknown): ClientMessage | null {
  const v = parseJson(text);
  if (!isObject(v) || !isIndex(v.n)) return null;
  const n = v.n;
  switch (v.t) {
    case 'hello': {
      if (!isCount(v.v, 1000) || !isId(v.attendee)) return null;
      if (v.key === undefined) return { t: 'hello', n, v: v.v, attendee: v.attendee };
      return typeof v.key === 'string' && v.key.length <= 128 ? { t: 'hello', n, v: v.v, attendee: v.attendee, key: v.key } : null;
    }
    case 'goto':
      return isCount(v.slide) && isCount(v.step) ? { t: 'goto', n, slide: v.slide, step: v.step } : null;
    case 'blackout':
      return typeof v.on === 'boolean' ? { t: 'blackout', n, on: v.on } : null;
    case 'timer': {
      const timer = parseTimer(v.timer);
      return timer ? { t: 'timer', n, timer } : null;
    }
    case 'ask': {
      const check = parseAskedCheck(v.check);
      return check ? { t: 'ask', n, check } : null;
    }
    case 'show-results':
    case 'close-check':
      return isId(v.checkId) ? { t: v.t, n, checkId: v.checkId } : null;
    case 'clear-check':
    case 'results':
      return { t: v.t, n };
    case 'answer':
      if (!isId(v.checkId)) return null;
      if (v.option !== null && !isIndex(v.option, MAX_OPTIONS - 1)) return null;
      return { t: 'answer', n, checkId: v.checkId, option: v.option as number | null };
    default:
      return null;
  }
}

function parsePublicCheck(v: unknown): PublicCheck | null {
  if (!isObject(v) || !isId(v.id) || typeof v.question !== 'string' || !Array.isArray(v.options)) return null;
  if (!v.options.every((o) => typeof o === 'string')) return null;
  if (v.phase !== 'open' && v.phase !== 'results' && v.phase !== 'closed') return null;
  if (!isCount(v.round, 1_000_000)) return null;
  const check: PublicCheck = { id: v.id, round: v.round, question: v.question, options: v.options as string[], phase: v.phase };
  if (v.reveal !== undefined) {
    const r = v.reveal;
    if (!isObject(r) || !Array.isArray(r.correct) || !Array.isArray(r.why)) return null;
    if (!r.correct.every((i) => isIndex(i, check.options.length - 1))) return null;
    if (!r.why.every((w) => w === null || typeof w === 'string')) return null;
    check.reveal = { correct: r.correct as number[], why: r.why as (string | null)[] };
  }
  return check;
}

export function parsePublicState(v: unknown): PublicState | null {
  if (!isObject(v) || !isId(v.session) || !isIndex(v.seq, Number.MAX_SAFE_INTEGER)) return null;
  if (!isCount(v.slide) || !isCount(v.step) || typeof v.blackout !== 'boolean') return null;
  const timer = parseTimer(v.timer);
  if (!timer) return null;
  const check = v.check === null ? null : parsePublicCheck(v.check);
  if (v.check !== null && !check) return null;
  return { session: v.session, seq: v.seq, slide: v.slide, step: v.step, blackout: v.blackout, timer, check };
}

function parseCounts(v: unknown): Counts | null {
  if (!isObject(v) || !isId(v.checkId) || !Array.isArray(v.counts) || !isIndex(v.total)) return null;
  return v.counts.every((c) => isIndex(c)) ? { checkId: v.checkId, counts: v.counts as number[], total: v.total } : null;
}

const ERROR_CODES = new Set<string>(['full', 'hello-timeout', 'version', 'rate-limit', 'expired']);

/** Checks a frame from the server (the browser trusts nothing it cannot check either). */
export function parseServerMessage(text: unknown): ServerMessage | null {
  const v = typeof text === 'string' ? (() => { try { return JSON.parse(text) as unknown; } catch { return undefined; } })() : undefined;
  if (!isObject(v)) return null;
  switch (v.t) {
    case 'snapshot': {
      const state = parsePublicState(v.state);
      if (!state || (v.role !== 'presenter' && v.role !== 'attendee')) return null;
      const counts = v.counts === null ? null : parseCounts(v.counts);
      if (v.counts !== null && !counts) return null;
      if (v.yourAnswer !== null && !isIndex(v.yourAnswer, MAX_OPTIONS - 1)) return null;
      return { t: 'snapshot', role: v.role, state, counts, yourAnswer: v.yourAnswer as number | null };
    }
    case 'state': {
      const state = parsePublicState(v.state);
      return state ? { t: 'state', state } : null;
    }
    case 'counts': {
      const counts = parseCounts(v.counts);
      return counts ? { t: 'counts', counts } : null;
    }
    case 'results':
      return typeof v.csv === 'string' ? { t: 'results', csv: v.csv } : null;
    case 'presence':
      return isIndex(v.attendees) ? { t: 'presence', attendees: v.attendees } : null;
    case 'ack':
      if (!isIndex(v.n) || !isId(v.session) || (v.seq !== null && !isIndex(v.seq, Number.MAX_SAFE_INTEGER))) return null;
      return { t: 'ack', n: v.n, session: v.session, seq: v.seq as number | null };
    case 'error':
      return typeof v.code === 'string' && ERROR_CODES.has(v.code) ? { t: 'error', code: v.code as ErrorCode } : null;
    default:
      return null;
  }
}

/**
 * Whether an incoming state should replace the one a client holds: a newer sequence number
 * in the same session, or any state of another session (the old one expired or Redis was
 * reset). An older or equal `seq` is a duplicate or arrived out of order: dropped.
 */
export function isNewer(current: PublicState | null, incoming: PublicState): boolean {
  if (!current) return true;
  if (incoming.session !== current.session) return true;
  return incoming.seq > current.seq;
}

/** The public face of a check: the correct flags only once it is closed. */
export function publicCheck(check: AskedCheck, phase: CheckPhase, round: number): PublicCheck {
  const view: PublicCheck = { id: check.id, round, question: check.question, options: check.options.map((o) => o.text), phase };
  if (phase === 'closed') {
    view.reveal = {
      correct: check.options.flatMap((o, i) => (o.correct ? [i] : [])),
      why: check.options.map((o) => o.why ?? null),
    };
  }
  return view;
}
