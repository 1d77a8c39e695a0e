import { emptyProgress, type DeckProgress, type ProgressStore } from './progress-types.ts';

/** A store that forgets on reload: for tests, and a model of what a platform backend must do. */
export function createMemoryProgressStore(initial: DeckProgress = emptyProgress()): ProgressStore & { saved: DeckProgress | null } {
  const store = {
    saved: structuredClone(initial) as DeckProgress | null,
    load() {
      return { progress: store.saved ? structuredClone(store.saved) : emptyProgress(), notice: null };
    },
    save(progress: DeckProgress) {
      store.saved = structuredClone(progress);
      return true;
    },
    clear() {
      store.saved = null;
    },
  };
  return store;
}
