import { useEffect, type RefObject } from 'react';

const MIN_DISTANCE = 50;

/** A horizontal swipe on a touch screen: left goes forward, right goes back. */
export function useSwipe(ref: RefObject<HTMLElement | null>, onSwipe: (dir: 'next' | 'prev') => void) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { x: number; y: number } | null = null;
    const down = (e: TouchEvent) => {
      const t = e.touches[0];
      start = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    };
    const up = (e: TouchEvent) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      start = null;
      // Vertical scrolling and sideways scrolling inside a code box are not page turns.
      if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      if ((e.target as HTMLElement | null)?.closest?.('[role="region"]')) return;
      onSwipe(dx < 0 ? 'next' : 'prev');
    };
    el.addEventListener('touchstart', down, { passive: true });
    el.addEventListener('touchend', up, { passive: true });
    return () => {
      el.removeEventListener('touchstart', down);
      el.removeEventListener('touchend', up);
    };
  }, [ref, onSwipe]);
}
