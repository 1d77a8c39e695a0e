import { navActionForKey } from '../deck/keys.ts';

/** Keys an audience window hands to the speaker view: navigation and blackout. */
export function isForwardedKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>): boolean {
  return navActionForKey(e) !== null || isBlackoutKey(e.key);
}

export function isBlackoutKey(key: string): boolean {
  return key === 'b' || key === 'B' || key === '.';
}
