import type { Counts, PresenterCommand } from '../src/live/protocol.ts';
import type { CheckResult } from './results-csv.ts';
import type { ServerState } from './session-state.ts';

/** What a store tells every server process that shares the session. */
export type StoreEvent = { kind: 'state'; state: ServerState } | { kind: 'counts'; counts: Counts };

/**
 * Where a session lives and how its changes fan out: in this process (memory-store.ts) or
 * shared by several processes through Redis (redis-store.ts). Every change is published to
 * every subscriber, in the order of `seq`, including the process that made it.
 */
export interface SessionStore {
  /** The presenter key of the session: `candidate` unless another process already issued one. */
  presenterKey(candidate: string): Promise<string>;
  read(): Promise<ServerState>;
  /** Applies a presenter command; resolves to the new state, or null when nothing changed. */
  apply(command: PresenterCommand): Promise<ServerState | null>;
  /** Records (or withdraws, with null) an attendee's answer; null when the answer was not accepted or changed nothing. */
  answer(attendee: string, checkId: string, option: number | null): Promise<Counts | null>;
  answerOf(attendee: string, checkId: string): Promise<number | null>;
  counts(checkId: string): Promise<Counts | null>;
  /** Every check asked in this session, with its counts (for the CSV). */
  results(): Promise<CheckResult[]>;
  /** Keeps an active session from expiring. */
  touch(): Promise<void>;
  subscribe(listener: (event: StoreEvent) => void): void;
  close(): Promise<void>;
}

export function countsOf(checkId: string, options: number, tally: ReadonlyMap<number, number>): Counts {
  const counts = Array.from({ length: options }, (_, i) => Math.max(0, tally.get(i) ?? 0));
  return { checkId, counts, total: counts.reduce((a, b) => a + b, 0) };
}

/** Results in the order the checks were first asked, each check's rounds in order. */
export function inAskedOrder(results: CheckResult[], ids: readonly string[]): CheckResult[] {
  const order = (r: CheckResult) => {
    const i = ids.indexOf(r.check.id);
    return i < 0 ? ids.length : i;
  };
  return [...results].sort((a, b) => order(a) - order(b) || a.round - b.round);
}
