import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useManifest } from './deck-store.ts';
import { deckSteps } from './deck-steps.ts';
import { clampPosition, isSamePosition, moveKind, navigate, type MoveKind, type NavAction, type Position } from './nav.ts';
import { renderedMove, requestMove, startMoves } from './pending-moves.ts';
import { parsePosition, positionPath, type PositionMode } from './position-address.ts';

/** How long a following window waits before it writes its address (once per burst of moves). */
export const FOLLOW_ADDRESS_DELAY_MS = 60;

export interface DeckPositionOptions {
  /** The address's mode: moves write `#/<mode>/<slide>[/<step>]`. */
  mode: PositionMode;
  /**
   * 'push' (learner, speaker): the address is the position; each move pushes it synchronously
   * (flushSync), since a slide change is the one update the reader waits for.
   * 'follow' (a window that follows another, the audience): the view draws its own position at
   * once, and the address follows FOLLOW_ADDRESS_DELAY_MS later with replace, so following does
   * not fill the history or delay the next frame. An address changed by hand still moves it.
   */
  write?: 'push' | 'follow';
  /** Runs on each move before the view re-renders (the speaker view publishes its state here). */
  onMove?: (next: Position) => void;
}

export interface DeckPosition {
  /** The position to draw. */
  pos: Position;
  /** Every slide's step count. */
  steps: readonly number[];
  /** What the newest change of `pos` changed: 'slide', 'step', or null on arrival. */
  lastMove: MoveKind;
  /** The newest position asked for: ahead of `pos` while a move is on its way. */
  target: () => Position;
  /** Moves from the target; false when the move goes nowhere (an end of the deck). */
  go: (action: NavAction) => boolean;
  /** Moves to a position (clamped to the deck), e.g. one a remote window sent; false when already there. */
  show: (pos: Position) => boolean;
}

/** Every slide's step count, from the manifest (one list per manifest, see deckSteps). */
export function useDeckSteps(): readonly number[] {
  return deckSteps(useManifest());
}

/** The position named by the route's `:n` and `:step`, or null when the address names no real position. */
export function useRoutePosition(): Position | null {
  const { n, step } = useParams();
  return parsePosition(n, step, useDeckSteps());
}

/**
 * The navigation engine of a view: the position, pending presses and writing the address.
 * `address` is the position the route names (from useRoutePosition).
 */
export function useDeckPosition(address: Position, { mode, write = 'push', onMove }: DeckPositionOptions): DeckPosition {
  const steps = useDeckSteps();
  const stepsRef = useRef(steps);
  stepsRef.current = steps;
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;
  const navigateTo = useNavigate();
  const follow = write === 'follow';

  const moves = useRef(startMoves(address));
  // push: the rendered address is the position.
  const renderedAddress = useRef(address);
  if (!follow && !isSamePosition(renderedAddress.current, address)) {
    renderedAddress.current = address;
    moves.current = renderedMove(moves.current, address);
  }

  // follow: the view's own position, and the address it last wrote itself.
  const [shown, setShown] = useState(address);
  const written = useRef(positionPath(mode, address));
  const addressTimer = useRef(0);
  useEffect(() => () => window.clearTimeout(addressTimer.current), []);
  useEffect(() => {
    if (!follow) return;
    const path = positionPath(mode, address);
    if (path === written.current || isSamePosition(address, moves.current.target)) return;
    moves.current = startMoves(address);
    written.current = path;
    setShown(address);
    // Only the position's numbers matter; the route makes a new object on every render.
  }, [follow, mode, address.slide, address.step]);

  const moveTo = useCallback(
    (next: Position): boolean => {
      if (isSamePosition(next, moves.current.target)) return false;
      moves.current = requestMove(moves.current, next);
      onMoveRef.current?.(next);
      if (!follow) {
        navigateTo(positionPath(mode, next), { flushSync: true });
        return true;
      }
      setShown(next);
      window.clearTimeout(addressTimer.current);
      addressTimer.current = window.setTimeout(() => {
        const path = positionPath(mode, moves.current.target);
        if (path === written.current) return;
        written.current = path;
        void navigateTo(path, { replace: true });
      }, FOLLOW_ADDRESS_DELAY_MS);
      return true;
    },
    [follow, mode, navigateTo],
  );
  const go = useCallback((action: NavAction) => moveTo(navigate(moves.current.target, action, stepsRef.current)), [moveTo]);
  const show = useCallback((pos: Position) => moveTo(clampPosition(pos, stepsRef.current)), [moveTo]);
  const target = useCallback(() => moves.current.target, []);

  const pos = follow ? shown : address;
  // Kept with the position it describes, so a second render of the same position keeps it.
  const last = useRef<{ pos: Position; kind: MoveKind }>({ pos, kind: null });
  if (!isSamePosition(last.current.pos, pos)) last.current = { pos, kind: moveKind(last.current.pos, pos) };

  return { pos, steps, lastMove: last.current.kind, target, go, show };
}
