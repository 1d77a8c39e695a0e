import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { replayEarlyKeys, type EarlyKeys } from './early-keys.ts';

/**
 * Wraps the app when it mounts over the prerendered slide: the root stops being inert in the
 * same frame as the app's markup replaces the prerendered one, and once every component's
 * effects (the key handlers among them) are in place, the keys pressed meanwhile are replayed.
 */
export function TakeOver({ container, early, children }: { container: HTMLElement; early: EarlyKeys; children: ReactNode }) {
  useLayoutEffect(() => {
    container.inert = false;
    container.removeAttribute('data-prerendered');
  }, [container]);
  // A parent's effects run after its children's.
  useEffect(() => replayEarlyKeys(early), [early]);
  return children;
}
