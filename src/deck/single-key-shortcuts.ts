import { useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../lib/safe-storage.ts';

/**
 * WCAG 2.1.4: shortcuts made of one character key (N, O, P, B, T, ?, .) can be turned off,
 * so speech-input users don't trigger them by accident. Arrow keys, Page keys, Home, End
 * and Space are not character keys and always work.
 */
const KEY = 'deck:single-key-shortcuts';
const listeners = new Set<() => void>();
let enabled: boolean | undefined;

export function singleKeyShortcutsEnabled(): boolean {
  enabled ??= readStorage(KEY) !== 'off';
  return enabled;
}

export function setSingleKeyShortcuts(on: boolean) {
  enabled = on;
  writeStorage(KEY, on ? 'on' : 'off');
  for (const l of listeners) l();
}

export function useSingleKeyShortcuts(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    singleKeyShortcutsEnabled,
    () => true,
  );
  return [on, setSingleKeyShortcuts];
}

/** A printable one-character key other than Space. */
export function isCharacterKey(key: string): boolean {
  return [...key].length === 1 && key !== ' ';
}
