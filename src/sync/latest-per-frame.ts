/**
 * Keeps only the newest of a burst of values and applies it once per animation frame, so
 * 20,000 incoming states cost one render, not 20,000 (issue 15). A timer backs the frame up:
 * a window in the background gets no frames, and its state must still be current when shown.
 */
export interface LatestPerFrame<T> {
  push(value: T): void;
  cancel(): void;
}

const FALLBACK_MS = 100;

export function latestPerFrame<T>(apply: (value: T) => void): LatestPerFrame<T> {
  let pending: { value: T } | null = null;
  let frame = 0;
  let timer = 0;
  const flush = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = 0;
    const next = pending;
    pending = null;
    if (next) apply(next.value);
  };
  return {
    push(value) {
      pending = { value };
      if (frame || timer) return;
      frame = requestAnimationFrame(flush);
      timer = window.setTimeout(flush, FALLBACK_MS);
    },
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      timer = 0;
      pending = null;
    },
  };
}
