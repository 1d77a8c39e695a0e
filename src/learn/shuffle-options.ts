/**
 * Per-learner option order for knowledge checks. The order must not leak the answer (authors
 * tend to put it first) yet stay put for one learner: after a reload, in review and on every
 * render. So it is a pure function of a random learner seed and the check's id.
 */

/** The localStorage key of the learner's seed; one per origin, since it only orders options. */
export const LEARNER_SEED_KEY = 'fm-deck:learner-seed';

/** Where the seed lives when storage fails: memory, for this page's lifetime. */
export interface SeedMemory {
  seed: string | null;
}

const pageMemory: SeedMemory = { seed: null };

function freshSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return [...bytes].map((n) => n.toString(36)).join('');
}

/**
 * The learner's seed: read from storage, created on first use. When storage is unavailable
 * (private mode, blocked cookies) the seed lives in memory, so the order holds until the page
 * is closed.
 */
export function learnerSeed(getStorage: () => Storage = () => window.localStorage, memory: SeedMemory = pageMemory): string {
  try {
    const storage = getStorage();
    const saved = storage.getItem(LEARNER_SEED_KEY);
    if (saved) return saved;
    const seed = memory.seed ?? freshSeed();
    memory.seed = seed;
    storage.setItem(LEARNER_SEED_KEY, seed);
    return seed;
  } catch {
    memory.seed ??= freshSeed();
    return memory.seed;
  }
}

/** FNV-1a, 32 bit: a stable number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, returns floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The display order of a check's options, as authored indexes: `order[k]` is the option shown
 * k-th. Pinned options (such as "none of these") keep their authored place; the rest are
 * shuffled among the remaining places.
 */
export function optionOrder(seed: string, checkId: string, options: readonly { pin?: boolean }[]): number[] {
  const free = options.flatMap((o, i) => (o.pin ? [] : [i]));
  const random = generator(hash(`${seed}\u0000${checkId}`));
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  let next = 0;
  return options.map((o, i) => (o.pin ? i : free[next++]!));
}
