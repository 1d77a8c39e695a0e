import { useEffect, useRef } from 'react';
import { keyBelongsToTarget } from './keys.ts';
import { isCharacterKey, singleKeyShortcutsEnabled } from './single-key-shortcuts.ts';

/** One window keydown listener that skips keys meant for form fields and focused controls. */
export function useKeyHandler(handler: (e: KeyboardEvent) => boolean | void) {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (keyBelongsToTarget(e)) return;
      if (isCharacterKey(e.key) && !singleKeyShortcutsEnabled()) return;
      if (ref.current(e) === true) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
