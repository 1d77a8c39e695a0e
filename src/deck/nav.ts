/**
 * Navigation as a pure reducer over a position {slide, step}, both 1-based.
 * `steps[i]` is the step count of slide i+1. Every index is range-checked, so a stale
 * deep link or a shrunk deck can never produce an impossible position.
 */
export interface Position {
  slide: number;
  step: number;
}

export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number; step?: number | 'last' };

export function clampPosition(pos: Position, steps: readonly number[]): Position {
  const count = steps.length;
  if (count === 0) return { slide: 1, step: 1 };
  const slide = Math.min(Math.max(1, Math.trunc(pos.slide) || 1), count);
  const max = steps[slide - 1] ?? 1;
  const step = Math.min(Math.max(1, Math.trunc(pos.step) || 1), max);
  return { slide, step };
}

export function navigate(pos: Position, action: NavAction, steps: readonly number[]): Position {
  const count = steps.length;
  const stepsOf = (s: number) => steps[s - 1] ?? 1;
  switch (action.type) {
    case 'next':
      if (pos.step < stepsOf(pos.slide)) return { slide: pos.slide, step: pos.step + 1 };
      if (pos.slide < count) return { slide: pos.slide + 1, step: 1 };
      return pos;
    case 'prev':
      if (pos.step > 1) return { slide: pos.slide, step: pos.step - 1 };
      // Going back lands on the previous slide's final step, the state it was left in.
      if (pos.slide > 1) return { slide: pos.slide - 1, step: stepsOf(pos.slide - 1) };
      return pos;
    case 'first':
      return { slide: 1, step: 1 };
    case 'last':
      return { slide: count, step: stepsOf(count) };
    case 'goto': {
      const slide = Math.min(Math.max(1, action.slide), count);
      const step = action.step === 'last' ? stepsOf(slide) : (action.step ?? 1);
      return clampPosition({ slide, step }, steps);
    }
  }
}

export function isSamePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.step === b.step;
}

/** What a move from one position to another changed: the slide, only the step, or nothing. */
export type MoveKind = 'slide' | 'step' | null;

export function moveKind(from: Position, to: Position): MoveKind {
  if (from.slide !== to.slide) return 'slide';
  return from.step !== to.step ? 'step' : null;
}
