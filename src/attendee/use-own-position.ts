import { useCallback, useRef, useState } from 'react';
import { clampPosition, isSamePosition, moveKind, navigate, type MoveKind, type NavAction, type Position } from '../deck/nav.ts';
import { useDeckSteps, type DeckPosition } from '../deck/use-deck-position.ts';

/**
 * The attendee's position, held by the view and not by the address: `#/join` is the one link
 * people share, and the position comes from the presenter (a reload follows them again), so an
 * address per position would only fill the history. Same shape as useDeckPosition, so useFollow
 * drives it alike.
 */
export function useOwnPosition(start: Position = { slide: 1, step: 1 }): DeckPosition {
  const steps = useDeckSteps();
  const stepsRef = useRef(steps);
  stepsRef.current = steps;
  const [pos, setPos] = useState(start);
  const targetRef = useRef(start);

  const moveTo = useCallback((next: Position): boolean => {
    if (isSamePosition(next, targetRef.current)) return false;
    targetRef.current = next;
    setPos(next);
    return true;
  }, []);
  const go = useCallback((action: NavAction) => moveTo(navigate(targetRef.current, action, stepsRef.current)), [moveTo]);
  const show = useCallback((p: Position) => moveTo(clampPosition(p, stepsRef.current)), [moveTo]);
  const target = useCallback(() => targetRef.current, []);

  const last = useRef<{ pos: Position; kind: MoveKind }>({ pos, kind: null });
  if (!isSamePosition(last.current.pos, pos)) last.current = { pos, kind: moveKind(last.current.pos, pos) };
  return { pos, steps, lastMove: last.current.kind, target, go, show };
}
