import { useEffect, type RefObject } from 'react';

const MIN_DISTANCE = 50;

/**
 * The nearest box between `target` and `root` that really scrolls sideways (its content is wider
 * than it and its overflow lets it scroll), or a text field, where a sideways drag moves the caret.
 * A table or code block that fits its box is no such box: a swipe on it turns the slide.
 */
export function sidewaysScroller(target: Element | null, root: Element): Element | null {
  for (let el = target; el && el !== root.parentElement; el = el.parentElement) {
    if (el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return el;
    if (el.scrollWidth > el.clientWidth + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowX)) return el;
  }
  return null;
}

/** A horizontal swipe on a touch screen: left goes forward, right goes back. */
export function useSwipe(ref: RefObject<HTMLElement | null>, onSwipe: (dir: 'next' | 'prev') => void) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { x: number; y: number; target: Element | null } | null = null;
    const down = (e: TouchEvent) => {
      const t = e.touches[0];
      start = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY, target: e.target as Element | null } : null;
    };
    const up = (e: TouchEvent) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      const from = start.target;
      start = null;
      // Vertical scrolling, and sideways scrolling inside a box that scrolls, are not page turns.
      if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      if (sidewaysScroller(from, el)) return;
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
