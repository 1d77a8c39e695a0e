import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalProgressStore, progressKey, UNAVAILABLE_NOTICE, UNREADABLE_NOTICE } from '../../src/learn/local-progress-store.ts';
import { emptyProgress, type DeckProgress } from '../../src/learn/progress-types.ts';

/** A Storage double: a Map, optionally with a quota in characters. */
function memoryStorage(quota = Number.POSITIVE_INFINITY): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      if (v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const TITLE = 'Intro to Fleet Management: health monitoring';
const KEY = 'deck-progress:v1:intro-to-fleet-management-health-monitoring';
const some: DeckProgress = { ...emptyProgress(), visited: [1, 2], lastPosition: { slide: 2, step: 1 }, timeSpentMs: 60_000 };

afterEach(() => vi.restoreAllMocks());

describe('progressKey', () => {
  it('is versioned and names the deck by a slug of its title', () => {
    expect(progressKey(TITLE)).toBe(KEY);
    expect(progressKey('Ünïcode — déck!')).toBe('deck-progress:v1:unicode-deck');
    expect(progressKey('!!!')).toBe('deck-progress:v1:deck');
  });
});

describe('createLocalProgressStore', () => {
  it('saves, loads and clears under the deck key', () => {
    const storage = memoryStorage();
    const store = createLocalProgressStore(TITLE, () => storage);
    expect(store.load()).toEqual({ progress: emptyProgress(), notice: null });
    expect(store.save(some)).toBe(true);
    expect(JSON.parse(storage.data.get(KEY)!)).toEqual(some);
    expect(store.load()).toEqual({ progress: some, notice: null });
    store.clear();
    expect(storage.data.has(KEY)).toBe(false);
    expect(store.load().progress).toEqual(emptyProgress());
  });

  it('starts fresh with a notice when the stored value is garbage or another version', () => {
    for (const raw of ['{not json', '"text"', JSON.stringify({ ...some, version: 0 }), JSON.stringify({ ...some, version: 2 })]) {
      const storage = memoryStorage();
      storage.data.set(KEY, raw);
      const store = createLocalProgressStore(TITLE, () => storage);
      expect(store.load(), raw).toEqual({ progress: emptyProgress(), notice: UNREADABLE_NOTICE });
      // The next save replaces the unreadable value.
      expect(store.save(some)).toBe(true);
      expect(store.load()).toEqual({ progress: some, notice: null });
    }
  });

  it('never throws when reaching localStorage throws (SecurityError), and logs nothing', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const store = createLocalProgressStore(TITLE, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.load()).toEqual({ progress: emptyProgress(), notice: UNAVAILABLE_NOTICE });
    expect(store.save(some)).toBe(false);
    expect(() => store.clear()).not.toThrow();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('reports a full quota as a failed save instead of throwing, and keeps the older value', () => {
    const storage = memoryStorage(200);
    const store = createLocalProgressStore(TITLE, () => storage);
    expect(store.save(emptyProgress())).toBe(true);
    const big: DeckProgress = { ...some, exercises: { remotecfg: { status: 'attempted', redactedDraft: 'x'.repeat(500), hintsShown: 0 } } };
    expect(store.save(big)).toBe(false);
    expect(store.load()).toEqual({ progress: emptyProgress(), notice: null });
  });

  it('works with the real window.localStorage by default', () => {
    const storage = memoryStorage();
    vi.stubGlobal('window', { localStorage: storage });
    try {
      const store = createLocalProgressStore(TITLE);
      expect(store.save(some)).toBe(true);
      expect(storage.data.has(KEY)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
