import { describe, expect, it } from 'vitest';
import { NOTHING_FOLLOWED, presenterPosition, type Followed } from '../../src/attendee/presenter-position.ts';
import type { PublicState } from '../../src/live/protocol.ts';

const state = (session: string, seq: number, slide: number, step = 1): PublicState => ({
  session,
  seq,
  slide,
  step,
  blackout: false,
  timer: { running: false, startedAt: null, accumulatedMs: 0 },
  check: null,
});

/** Feeds states in order; returns the positions the view would show. */
function follow(states: PublicState[]): string[] {
  let followed: Followed = NOTHING_FOLLOWED;
  const shown: string[] = [];
  for (const s of states) {
    const { followed: next, pos } = presenterPosition(followed, s);
    followed = next;
    if (pos) shown.push(`${pos.slide}/${pos.step}`);
  }
  return shown;
}

describe('the presenter position an attendee takes from each state', () => {
  it('takes the first snapshot whatever it says, a fresh session at slide 1 included', () => {
    expect(follow([state('a', 0, 1)])).toEqual(['1/1']);
    expect(follow([state('a', 12, 7, 3)])).toEqual(['7/3']);
  });

  it('moves only when the slide or step changes, not for a check or timer change', () => {
    expect(follow([state('a', 1, 2), state('a', 2, 2), state('a', 3, 2, 2), state('a', 4, 5)])).toEqual(['2/1', '2/2', '5/1']);
  });

  it('keeps the room on its slide when a restarted server starts again at slide 1, until the presenter moves there', () => {
    // Slide 6 in session a; the server restarts (session b, seq 0 at slide 1), a second reconnect sends that again.
    expect(follow([state('a', 9, 6), state('b', 0, 1), state('b', 0, 1), state('b', 1, 7, 2)])).toEqual(['6/1', '7/2']);
    // The presenter puts back the same slide: nothing to move.
    expect(follow([state('a', 9, 6), state('b', 0, 1), state('b', 1, 6)])).toEqual(['6/1']);
  });

  it('follows another session that has moved on (a Redis reset mid-talk) at once', () => {
    expect(follow([state('a', 9, 6), state('b', 3, 2)])).toEqual(['6/1', '2/1']);
  });
});
