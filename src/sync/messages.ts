import type { RoomResults, SharedState, TimerState } from './shared-state.ts';

/**
 * What windows of one deck say to each other. Every message names its sender and role, so
 * a window can ignore its own echoes and those of its own role.
 *
 * - `hello`: an audience window asks for the state (on open, reload, becoming visible);
 *   a speaker view asks who is there (on open).
 * - `state`: the speaker view's whole shared state; the only message that moves anything.
 * - `heartbeat`: an audience window is still there.
 * - `bye`: a window is going away (pagehide).
 * - `key`: a key pressed in an audience window, for the speaker view to apply.
 * - `fullscreen`: the speaker pressed F; an audience window goes full screen on its next user
 *   gesture (a page may only request full screen from one of its own).
 */
export type Role = 'speaker' | 'audience';

export interface Sender {
  from: string;
  role: Role;
}

export type SyncMessage =
  | (Sender & { type: 'hello' })
  | (Sender & { type: 'heartbeat' })
  | (Sender & { type: 'bye' })
  | (Sender & { type: 'state'; state: SharedState })
  | (Sender & { type: 'key'; key: string; shiftKey: boolean })
  | (Sender & { type: 'fullscreen' });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function parseTimer(v: unknown): TimerState | null {
  if (!isObject(v) || typeof v.running !== 'boolean' || !isTime(v.accumulatedMs)) return null;
  const startedAt = v.startedAt === null ? null : isTime(v.startedAt) ? v.startedAt : undefined;
  if (startedAt === undefined || (v.running && startedAt === null)) return null;
  return { running: v.running, startedAt: v.running ? startedAt : null, accumulatedMs: v.accumulatedMs };
}

const MAX_OPTIONS = 8;
const MAX_TEXT = 600;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isTally = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Results for the projector: as many counts and explanations as options, indexes in range. */
function parseResults(v: unknown): RoomResults | null | undefined {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.id !== 'string' || v.id === '' || v.id.length > 64 || !isText(v.question) || !isTally(v.total)) return undefined;
  const { options, counts } = v;
  if (!Array.isArray(options) || options.length === 0 || options.length > MAX_OPTIONS || !options.every(isText)) return undefined;
  if (!Array.isArray(counts) || counts.length !== options.length || !counts.every(isTally)) return undefined;
  let reveal: RoomResults['reveal'] = null;
  if (v.reveal !== null && v.reveal !== undefined) {
    const r = v.reveal;
    if (!isObject(r) || !Array.isArray(r.correct) || !Array.isArray(r.why) || r.why.length !== options.length) return undefined;
    if (!r.correct.every((i) => isTally(i) && i < options.length) || !r.why.every((w) => w === null || isText(w))) return undefined;
    reveal = { correct: [...(r.correct as number[])], why: [...(r.why as (string | null)[])] };
  }
  return { id: v.id, question: v.question, options: [...(options as string[])], counts: [...(counts as number[])], total: v.total, reveal };
}

function parseState(v: unknown): SharedState | null {
  if (!isObject(v) || !isCount(v.slide) || !isCount(v.step) || typeof v.blackout !== 'boolean') return null;
  const timer = parseTimer(v.timer);
  const results = parseResults(v.results);
  if (!timer || results === undefined) return null;
  return { slide: v.slide, step: v.step, blackout: v.blackout, timer, ...(results ? { results } : {}) };
}

/**
 * Checks a message that came from outside (another window, another build of the app,
 * a stray storage write) and returns a clean copy, or null to ignore it.
 */
export function parseMessage(raw: unknown): SyncMessage | null {
  if (!isObject(raw) || typeof raw.from !== 'string' || raw.from === '') return null;
  const role = raw.role;
  if (role !== 'speaker' && role !== 'audience') return null;
  const sender = { from: raw.from, role } as const;
  switch (raw.type) {
    case 'hello':
    case 'heartbeat':
    case 'bye':
      return { ...sender, type: raw.type };
    case 'fullscreen':
      return role === 'speaker' ? { ...sender, type: 'fullscreen' } : null;
    case 'state': {
      const state = parseState(raw.state);
      return state ? { ...sender, type: 'state', state } : null;
    }
    case 'key':
      if (typeof raw.key !== 'string' || raw.key.length > 20) return null;
      return { ...sender, type: 'key', key: raw.key, shiftKey: raw.shiftKey === true };
    default:
      return null;
  }
}
