import { useCallback, useState } from 'react';
import { readStorage, writeStorage } from './safe-storage.ts';

/** A small preference remembered across visits (script shown, theme, font size…). */
export function useStoredState<T>(key: string, fallback: T, parse: (raw: string) => T | undefined): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const raw = readStorage(key);
    if (raw === null) return fallback;
    return parse(raw) ?? fallback;
  });
  const set = useCallback(
    (v: T) => {
      setValue(v);
      writeStorage(key, typeof v === 'string' ? v : JSON.stringify(v));
    },
    [key],
  );
  return [value, set];
}

export const parseBool = (raw: string) => (raw === 'true' ? true : raw === 'false' ? false : undefined);
