import { describe, expect, it } from 'vitest';
import { fitProgressToDeck, parseProgress, parseProgressJson } from '../../src/learn/progress-schema.ts';
import { emptyProgress, type DeckProgress } from '../../src/learn/progress-types.ts';

const valid: DeckProgress = {
  version: 1,
  visited: [1, 2, 3],
  lastPosition: { slide: 3, step: 2 },
  checks: {
    's1-c1': { selected: [0], status: 'answered', correct: true },
    's2-c2': { selected: [], status: 'revealed', correct: false },
  },
  exercises: { remotecfg: { status: 'attempted', redactedDraft: 'remotecfg {}', hintsShown: 1 } },
  timeSpentMs: 123456,
};

/** The same progress as saved before exercises were stored by id: one `exercise` record. */
function legacy(exercise: unknown): Record<string, unknown> {
  const { exercises: _, ...rest } = valid;
  return { ...rest, exercise };
}

describe('parseProgress', () => {
  it('accepts valid progress and the empty progress', () => {
    expect(parseProgress(valid)).toEqual(valid);
    expect(parseProgress(emptyProgress())).toEqual(emptyProgress());
    expect(parseProgress({ ...valid, exercises: { logging: { status: 'passed', hintsShown: 0 } } })?.exercises).toEqual({
      logging: { status: 'passed', hintsShown: 0 },
    });
  });

  it('migrates progress saved with the single exercise record to exercises by id', () => {
    expect(parseProgress(legacy({ status: 'attempted', redactedDraft: 'remotecfg {}', hintsShown: 1 }))).toEqual(valid);
    expect(parseProgress(legacy({ status: 'passed', hintsShown: 0 }))?.exercises).toEqual({ remotecfg: { status: 'passed', hintsShown: 0 } });
    expect(parseProgress(legacy(null))?.exercises).toEqual({});
    expect(parseProgressJson(JSON.stringify(legacy(null)))).toEqual({ ...valid, exercises: {} });
    for (const bad of [{ status: 'done', hintsShown: 0 }, { status: 'passed', hintsShown: -1 }, { status: 'passed', hintsShown: 0, redactedDraft: 5 }, 7]) {
      expect(parseProgress(legacy(bad)), JSON.stringify(bad)).toBeNull();
    }
    const { exercises: _, ...neither } = valid;
    expect(parseProgress(neither)).toBeNull();
  });

  it('survives a JSON round trip', () => {
    expect(parseProgressJson(JSON.stringify(valid))).toEqual(valid);
  });

  it('sorts and de-duplicates visited slides', () => {
    expect(parseProgress({ ...valid, visited: [3, 1, 3, 2] })?.visited).toEqual([1, 2, 3]);
  });

  it('rejects garbage', () => {
    for (const raw of [null, undefined, 42, 'progress', [], [valid], {}, { version: 1 }]) {
      expect(parseProgress(raw), JSON.stringify(raw)).toBeNull();
    }
    expect(parseProgressJson('{not json')).toBeNull();
    expect(parseProgressJson('')).toBeNull();
    expect(parseProgressJson('null')).toBeNull();
  });

  it('rejects older and newer versions', () => {
    expect(parseProgress({ ...valid, version: 0 })).toBeNull();
    expect(parseProgress({ ...valid, version: 2 })).toBeNull();
    expect(parseProgress({ ...valid, version: '1' })).toBeNull();
    const { version: _, ...noVersion } = valid;
    expect(parseProgress(noVersion)).toBeNull();
  });

  it('rejects progress with any malformed field, never half of it', () => {
    const bad: Record<string, unknown>[] = [
      { visited: [0] },
      { visited: [1.5] },
      { visited: ['1'] },
      { visited: null },
      { lastPosition: { slide: 0, step: 1 } },
      { lastPosition: { slide: 2 } },
      { lastPosition: 3 },
      { checks: [] },
      { checks: { a: { selected: [0], status: 'guessed', correct: true } } },
      { checks: { a: { selected: [-1], status: 'answered', correct: true } } },
      { checks: { a: { selected: [0], status: 'answered', correct: 'yes' } } },
      { checks: { a: null } },
      { exercises: { remotecfg: { status: 'done', hintsShown: 0 } } },
      { exercises: { remotecfg: { status: 'passed', hintsShown: -1 } } },
      { exercises: { remotecfg: { status: 'passed', hintsShown: 0, redactedDraft: 5 } } },
      { exercises: { remotecfg: null } },
      { exercises: [] },
      { exercises: null },
      { timeSpentMs: -1 },
      { timeSpentMs: Number.POSITIVE_INFINITY },
      { timeSpentMs: '10' },
    ];
    for (const change of bad) expect(parseProgress({ ...valid, ...change }), JSON.stringify(change)).toBeNull();
  });

  it('does not keep a reference to the input', () => {
    const input = structuredClone(valid);
    const parsed = parseProgress(input)!;
    input.visited.push(8);
    input.checks['s1-c1']!.selected.push(1);
    expect(parsed.visited).toEqual([1, 2, 3]);
    expect(parsed.checks['s1-c1']!.selected).toEqual([0]);
  });
});

describe('fitProgressToDeck', () => {
  it('keeps progress that fits the deck as the same object', () => {
    expect(fitProgressToDeck(valid, [1, 1, 3, 1])).toBe(valid);
  });

  it('drops slides the deck no longer has and clamps the step', () => {
    const fitted = fitProgressToDeck({ ...valid, visited: [1, 2, 3, 9], lastPosition: { slide: 3, step: 5 } }, [1, 1, 2]);
    expect(fitted.visited).toEqual([1, 2, 3]);
    expect(fitted.lastPosition).toEqual({ slide: 3, step: 2 });
    expect(fitProgressToDeck({ ...valid, lastPosition: { slide: 9, step: 1 } }, [1, 1]).lastPosition).toBeNull();
  });
});
