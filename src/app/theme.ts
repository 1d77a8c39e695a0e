import { useCallback, useEffect, useState } from 'react';
import { readStorage, removeStorage, writeStorage } from '../lib/safe-storage.ts';

export type Theme = 'light' | 'dark';
const KEY = 'deck:theme';

function systemTheme(): Theme {
  // globalThis: the build's prerender has no window, and renders the light theme.
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function storedTheme(): Theme | null {
  const v = readStorage(KEY);
  return v === 'light' || v === 'dark' ? v : null;
}

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Follows the system setting until the reader picks a theme; the pick is remembered. */
export function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(() => storedTheme() ?? systemTheme());
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = () => {
      if (!storedTheme()) setTheme(systemTheme());
    };
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const toggle = useCallback(() => {
    setTheme((t) => {
      const next = t === 'dark' ? 'light' : 'dark';
      if (next === systemTheme()) removeStorage(KEY);
      writeStorage(KEY, next);
      return next;
    });
  }, []);
  return [theme, toggle];
}
