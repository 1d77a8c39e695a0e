import { isSamePosition, type Position } from './nav.ts';

/**
 * Presses can arrive faster than the view re-renders the address they asked for. Each press
 * moves from the newest position asked for (`target`), and a render of a position that was
 * asked for is on its way, not a reason to go back to it. Any other rendered position (Back,
 * an edited address) is where the view now is.
 */
export interface PendingMoves {
  target: Position;
  /** Positions asked for whose render has not been seen yet, oldest first. */
  requested: Position[];
}

export function startMoves(at: Position): PendingMoves {
  return { target: at, requested: [] };
}

/** A move asked for: it becomes the target at once. */
export function requestMove(m: PendingMoves, next: Position): PendingMoves {
  return { target: next, requested: [...m.requested, next] };
}

/** The view rendered `pos`. */
export function renderedMove(m: PendingMoves, pos: Position): PendingMoves {
  const i = m.requested.findIndex((p) => isSamePosition(p, pos));
  if (i >= 0) return { target: m.target, requested: m.requested.slice(i + 1) };
  return { target: pos, requested: [] };
}
