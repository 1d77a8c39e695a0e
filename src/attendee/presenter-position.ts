import type { Position } from '../deck/nav.ts';
import type { PublicState } from '../live/protocol.ts';

/** What the attendee view has followed so far: the session it belongs to and the last position taken. */
export interface Followed {
  session: string | null;
  /** `slide/step` of the last position taken, so a state that changes only the check or the timer moves nothing. */
  at: string | null;
}

export const NOTHING_FOLLOWED: Followed = { session: null, at: null };

/**
 * The presenter position a new state brings, or null when it brings none to show. A restarted
 * server (or an expired session) starts again at slide 1 before the presenter is back (seq 0 of
 * a new session): the room keeps the slide it was on until the presenter's first move there.
 */
export function presenterPosition(followed: Followed, state: PublicState): { followed: Followed; pos: Position | null } {
  const restarted = followed.session !== null && state.session !== followed.session && state.seq === 0;
  if (restarted) return { followed, pos: null };
  const at = `${state.slide}/${state.step}`;
  const next = { session: state.session, at };
  return { followed: next, pos: at === followed.at ? null : { slide: state.slide, step: state.step } };
}
