import { deckSlug } from '../content/deck-slug.ts';
import { parseProgressJson, PROGRESS_VERSION } from './progress-schema.ts';
import { emptyProgress, type DeckProgress, type ProgressStore } from './progress-types.ts';

export const UNREADABLE_NOTICE = 'Your earlier progress couldn’t be read, so this visit starts fresh.';
export const UNAVAILABLE_NOTICE = 'Progress can’t be saved in this browser (storage is unavailable); you can still use every slide.';

/** One key per deck and format version, so two decks on one origin never share progress. */
export function progressKey(deckTitle: string): string {
  return `deck-progress:v${PROGRESS_VERSION}:${deckSlug(deckTitle)}`;
}

export interface LocalProgressStore extends ProgressStore {
  /** The localStorage key, so other tabs' writes to it can be followed. */
  readonly key: string;
}

/**
 * Progress in localStorage. Getting `window.localStorage` itself may throw (SecurityError
 * when cookies are blocked), so the storage is fetched through a function, inside try.
 * Nothing here logs: a browser without storage is a normal case, not an error.
 */
export function createLocalProgressStore(deckTitle: string, getStorage: () => Storage = () => window.localStorage): LocalProgressStore {
  const key = progressKey(deckTitle);

  return {
    key,
    load() {
      let raw: string | null;
      try {
        raw = getStorage().getItem(key);
      } catch {
        return { progress: emptyProgress(), notice: UNAVAILABLE_NOTICE };
      }
      if (raw === null) return { progress: emptyProgress(), notice: null };
      const progress = parseProgressJson(raw);
      return progress ? { progress, notice: null } : { progress: emptyProgress(), notice: UNREADABLE_NOTICE };
    },
    save(progress: DeckProgress) {
      try {
        getStorage().setItem(key, JSON.stringify(progress));
        return true;
      } catch {
        // Quota full or storage gone: the caller keeps the progress in memory.
        return false;
      }
    },
    clear() {
      try {
        getStorage().removeItem(key);
      } catch {
        // Nothing stored to clear.
      }
    },
  };
}
