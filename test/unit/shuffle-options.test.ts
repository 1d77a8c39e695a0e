import { describe, expect, it } from 'vitest';
import { LEARNER_SEED_KEY, learnerSeed, optionOrder } from '../../src/learn/shuffle-options.ts';

const four = [{}, {}, {}, {}];

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('optionOrder', () => {
  it('is a permutation of the authored indexes', () => {
    for (const seed of ['a', 'b', 'c', 'learner-42']) {
      expect([...optionOrder(seed, 's2-c1', four)].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it('gives the same order for the same learner and check, every time', () => {
    const first = optionOrder('seed-1', 's8-c2', four);
    for (let i = 0; i < 5; i++) expect(optionOrder('seed-1', 's8-c2', four)).toEqual(first);
  });

  it('differs between learners and between checks', () => {
    const byLearner = new Set(Array.from({ length: 30 }, (_, i) => optionOrder(`learner-${i}`, 's1-c1', four).join()));
    expect(byLearner.size).toBeGreaterThan(10);
    const byCheck = new Set(Array.from({ length: 30 }, (_, i) => optionOrder('one-learner', `s${i}-c1`, four).join()));
    expect(byCheck.size).toBeGreaterThan(10);
  });

  it('puts the first authored option first only about a quarter of the time', () => {
    let first = 0;
    for (let i = 0; i < 400; i++) if (optionOrder(`l${i}`, 's3-c2', four)[0] === 0) first++;
    expect(first).toBeGreaterThan(60);
    expect(first).toBeLessThan(140);
  });

  it('keeps pinned options in their authored place', () => {
    const options = [{}, {}, {}, { pin: true }];
    for (let i = 0; i < 50; i++) {
      const order = optionOrder(`l${i}`, 's5-c1', options);
      expect(order[3]).toBe(3);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it('leaves a check whose options are all pinned, or a single option, as authored', () => {
    expect(optionOrder('x', 'c', [{ pin: true }, { pin: true }])).toEqual([0, 1]);
    expect(optionOrder('x', 'c', [{}])).toEqual([0]);
  });
});

describe('learnerSeed', () => {
  it('creates a seed once and returns the saved one afterwards', () => {
    const storage = memoryStorage();
    const seed = learnerSeed(() => storage, { seed: null });
    expect(seed).toMatch(/^[0-9a-z]+$/);
    expect(storage.getItem(LEARNER_SEED_KEY)).toBe(seed);
    expect(learnerSeed(() => storage, { seed: null })).toBe(seed);
  });

  it('gives two fresh learners different seeds', () => {
    const a = learnerSeed(() => memoryStorage(), { seed: null });
    const b = learnerSeed(() => memoryStorage(), { seed: null });
    expect(a).not.toBe(b);
  });

  it('keeps one seed in memory when storage throws', () => {
    const broken = (): Storage => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const memory = { seed: null };
    const first = learnerSeed(broken, memory);
    expect(first).toMatch(/^[0-9a-z]+$/);
    expect(learnerSeed(broken, memory)).toBe(first);
  });
});
