import { commandForKey, navActionOf } from './key-bindings.ts';
import type { NavAction } from './nav.ts';

/** Keys that move through the deck, the same in every view (the rows of key-bindings.ts). */
export function navActionForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): NavAction | null {
  return navActionOf(commandForKey('learner', e));
}

/** True when a key press belongs to the focused control rather than to the deck. */
export function keyBelongsToTarget(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return true;
  const t = e.target as HTMLElement | null;
  if (!t || !(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  const tag = t.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if ((e.key === ' ' || e.key === 'Enter') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return true;
  // A focused code or table box that scrolls sideways keeps its arrow keys.
  if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && t.getAttribute('role') === 'region' && t.scrollWidth > t.clientWidth + 1) return true;
  if ((e.key === 'Home' || e.key === 'End') && t.getAttribute('role') === 'region' && t.scrollWidth > t.clientWidth + 1) return true;
  return false;
}
