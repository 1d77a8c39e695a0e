import { useSyncExternalStore } from 'react';

// Only the build's prerender renders on a server; it says which window it renders for.
let serverMatches: (query: string) => boolean = () => false;
export function setServerMediaMatches(matches: (query: string) => boolean) {
  serverMatches = matches;
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia?.(query);
      mq?.addEventListener('change', cb);
      return () => mq?.removeEventListener('change', cb);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => serverMatches(query),
  );
}

export const WIDE_QUERY = '(min-width: 1024px)';
