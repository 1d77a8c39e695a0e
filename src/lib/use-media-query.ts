import { useSyncExternalStore } from 'react';

// Only the build's prerender renders on a server; it says which window it renders for.
let serverMatches: (query: string) => boolean = () => false;
export function setServerMediaMatches(matches: (query: string) => boolean) {
  serverMatches = matches;
}

// One MediaQueryList per query: matchMedia() builds a new one on every call, and the snapshot
// is read on every render of every slide change.
const lists = new Map<string, MediaQueryList | null>();
function list(query: string): MediaQueryList | null {
  let mq = lists.get(query);
  if (mq === undefined) {
    mq = window.matchMedia?.(query) ?? null;
    lists.set(query, mq);
  }
  return mq;
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = list(query);
      mq?.addEventListener('change', cb);
      return () => mq?.removeEventListener('change', cb);
    },
    () => list(query)?.matches ?? false,
    () => serverMatches(query),
  );
}

export { WIDE_QUERY } from './wide-query.ts';
