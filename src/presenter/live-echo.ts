/**
 * Which parts of a state from the server the speaker view should take, and which it should
 * keep because they are older than a change this device already made.
 *
 * Several presenter devices drive one session, so the server's state is the truth. But a state
 * can be older than this device's latest change: pressing B and then T quickly, the server's
 * state after B still has the old timer, and taking it would stop a timer just started (and the
 * next T would start it again instead of pausing). So each field remembers the last command
 * this device sent for it: until the server acknowledges it, the field stays as this device has
 * it; once acknowledged with a `seq`, states older than that `seq` leave the field alone.
 * A command never acknowledged (dropped by the rate limit, a lost connection) stops counting
 * after `PENDING_MS`.
 */

export type LiveField = 'position' | 'blackout' | 'timer';

export const PENDING_MS = 3000;

interface Mark {
  /** The command still waiting for its ack, or null. */
  n: number | null;
  sentAt: number;
  /** States with a smaller `seq` than this predate our last acknowledged change. */
  seq: number;
}

export interface EchoGuard {
  /** This device sent command `n` changing `field`. */
  sent(field: LiveField, n: number, now: number): void;
  /** The server's ack of command `n`: the `seq` of the state that includes it, or null if it changed nothing. */
  acked(n: number, session: string, seq: number | null): void;
  /** Whether a state of this `seq` must leave `field` as this device has it. */
  keepsLocal(field: LiveField, session: string, seq: number, now: number): boolean;
  /** A new connection or session: nothing sent before counts any more. */
  reset(session: string | null): void;
}

export function createEchoGuard(): EchoGuard {
  let session: string | null = null;
  const marks = new Map<LiveField, Mark>();
  return {
    sent(field, n, now) {
      const seq = marks.get(field)?.seq ?? 0;
      marks.set(field, { n, sentAt: now, seq });
    },
    acked(n, ackSession, seq) {
      if (session !== null && ackSession !== session) return;
      for (const mark of marks.values()) {
        if (mark.n !== n) continue;
        mark.n = null;
        if (seq !== null) mark.seq = Math.max(mark.seq, seq);
      }
    },
    keepsLocal(field, stateSession, seq, now) {
      if (session !== null && stateSession !== session) return false;
      const mark = marks.get(field);
      if (!mark) return false;
      if (mark.n !== null && now - mark.sentAt < PENDING_MS) return true;
      return seq < mark.seq;
    },
    reset(next) {
      session = next;
      marks.clear();
    },
  };
}
