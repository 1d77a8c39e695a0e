import { useCallback, useRef, useState } from 'react';
import { clampPosition, type NavAction, type Position } from './nav.ts';
import type { DeckPosition } from './use-deck-position.ts';

export interface Follow {
  /** True while the view shows the remote position as it changes. */
  following: boolean;
  /** The newest remote position (clamped to the deck), or null before the first one arrived. */
  remote: Position | null;
  /** Call with each remote position as it arrives (within flushSync to draw it in that task). */
  receive: (remote: Position) => void;
  /** Moves on the viewer's own: stops following (remote positions keep arriving). */
  browse: (action: NavAction) => void;
  /** Snaps back to the remote position and follows it again. */
  follow: () => void;
}

/**
 * A view that follows a remote position but may browse away and snap back (issue 12's attendee
 * view, "Presenter is on slide 5" with a Follow button): while following, each received
 * position is shown at once through the engine; a `browse` move stops that until `follow`.
 */
export function useFollow({ show, go, steps }: DeckPosition): Follow {
  const [following, setFollowing] = useState(true);
  const [remote, setRemote] = useState<Position | null>(null);
  const followingRef = useRef(true);
  const remoteRef = useRef<Position | null>(null);
  const stepsRef = useRef(steps);
  stepsRef.current = steps;

  const receive = useCallback(
    (next: Position) => {
      const pos = clampPosition(next, stepsRef.current);
      remoteRef.current = pos;
      setRemote(pos);
      if (followingRef.current) show(pos);
    },
    [show],
  );
  const browse = useCallback(
    (action: NavAction) => {
      followingRef.current = false;
      setFollowing(false);
      go(action);
    },
    [go],
  );
  const follow = useCallback(() => {
    followingRef.current = true;
    setFollowing(true);
    if (remoteRef.current) show(remoteRef.current);
  }, [show]);

  return { following, remote, receive, browse, follow };
}
