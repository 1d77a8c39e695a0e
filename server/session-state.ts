import { randomBytes } from 'node:crypto';
import { publicCheck, type AskedCheck, type CheckPhase, type PresenterCommand, type PublicState } from '../src/live/protocol.ts';

/**
 * The whole state of a session as the server keeps it (in memory or in Redis). It differs from
 * what clients see only in the current check: the correct flags and explanations stay here
 * until the presenter closes the check.
 */
export interface ServerState extends Omit<PublicState, 'check'> {
  check: { asked: AskedCheck; phase: CheckPhase; round: number } | null;
}

/** Per check id, what the store remembers across takes off the screens: its round, and whether that round was closed. */
export interface CheckRounds {
  round: number;
  closed: boolean;
}

/** The round an `ask` of this check opens: the next one once the last was closed (a fresh vote), else the same. */
export function roundOfAsk(kept: CheckRounds | undefined): number {
  if (!kept) return 1;
  return kept.closed ? kept.round + 1 : kept.round;
}

export function newSessionId(): string {
  return randomBytes(9).toString('base64url');
}

export function initialState(session: string = newSessionId()): ServerState {
  return {
    session,
    seq: 0,
    slide: 1,
    step: 1,
    blackout: false,
    timer: { running: false, startedAt: null, accumulatedMs: 0 },
    check: null,
  };
}

function sameTimer(a: ServerState['timer'], b: ServerState['timer']): boolean {
  return a.running === b.running && a.startedAt === b.startedAt && a.accumulatedMs === b.accumulatedMs;
}

/**
 * The presenter's command applied: a new state with the next `seq`, or null when nothing changes.
 * `askRound` is the round an `ask` opens (from the store's `roundOfAsk`).
 */
export function reduce(state: ServerState, command: PresenterCommand, askRound = 1): ServerState | null {
  const next = (patch: Partial<ServerState>): ServerState => ({ ...state, ...patch, seq: state.seq + 1 });
  const check = state.check;
  switch (command.t) {
    case 'goto':
      return command.slide === state.slide && command.step === state.step ? null : next({ slide: command.slide, step: command.step });
    case 'blackout':
      return command.on === state.blackout ? null : next({ blackout: command.on });
    case 'timer':
      return sameTimer(command.timer, state.timer) ? null : next({ timer: command.timer });
    case 'ask':
      if (check && check.asked.id === command.check.id && check.phase === 'open') return null;
      return next({ check: { asked: command.check, phase: 'open', round: askRound } });
    case 'show-results':
      return check && check.asked.id === command.checkId && check.phase === 'open' ? next({ check: { ...check, phase: 'results' } }) : null;
    case 'close-check':
      return check && check.asked.id === command.checkId && check.phase !== 'closed' ? next({ check: { ...check, phase: 'closed' } }) : null;
    case 'clear-check':
      return check ? next({ check: null }) : null;
  }
}

/** Whether an attendee may give this answer now: the check is the current one, not closed, the option exists. */
export function acceptsAnswer(state: ServerState, checkId: string, option: number | null): boolean {
  const check = state.check;
  if (!check || check.asked.id !== checkId || check.phase === 'closed') return false;
  return option === null || option < check.asked.options.length;
}

export function toPublic(state: ServerState): PublicState {
  const { check, ...rest } = state;
  return { ...rest, check: check ? publicCheck(check.asked, check.phase, check.round) : null };
}
