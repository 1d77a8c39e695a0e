import { describe, expect, it } from 'vitest';
import { deckSteps } from '../../src/deck/deck-steps.ts';
import { moveKind } from '../../src/deck/nav.ts';
import { renderedMove, requestMove, startMoves } from '../../src/deck/pending-moves.ts';
import { HASH_ADDRESS_PATTERN, parsePosition, positionPath, positionRoutePaths, readAddress } from '../../src/deck/position-address.ts';

describe('readAddress', () => {
  it('reads the mode and position of a hash or a path', () => {
    expect(readAddress('#/slides/3')).toEqual({ mode: 'slides', slide: 3, step: 1 });
    expect(readAddress('#/presenter/12/2')).toEqual({ mode: 'presenter', slide: 12, step: 2 });
    expect(readAddress('/audience/3/2/')).toEqual({ mode: 'audience', slide: 3, step: 2 });
    expect(readAddress('#/slides/1?from=start')).toEqual({ mode: 'slides', slide: 1, step: 1 });
  });
  it('refuses what the router would not show as a position', () => {
    for (const bad of ['', '#/', '#/slides', '#/slides/0', '#/slides/01', '#/slides/abc', '#/slides/3/0', '#/slides/3/2/1', '#/print', '#/summary', '/slides/3x', 'slides/3']) {
      expect(readAddress(bad), bad).toBeNull();
    }
  });
  it('gives the inline first-paint script the same pattern, as a RegExp source', () => {
    const m = new RegExp(HASH_ADDRESS_PATTERN).exec('#/slides/1/2');
    expect(m?.slice(1)).toEqual(['slides', '1', '2']);
    expect(new RegExp(HASH_ADDRESS_PATTERN).exec('#/slides/4')?.[3]).toBeUndefined();
  });
  it('round-trips with positionPath and the route params', () => {
    const steps = [1, 1, 3];
    for (const pos of [{ slide: 1, step: 1 }, { slide: 3, step: 2 }]) {
      const path = positionPath('presenter', pos);
      expect(readAddress(path)).toEqual({ mode: 'presenter', ...pos });
      const [, n, step] = path.split('/').slice(1);
      expect(parsePosition(n, step, steps)).toEqual(pos);
    }
    expect(positionRoutePaths('audience')).toEqual(['/audience/:n', '/audience/:n/:step']);
  });
});

describe('moveKind', () => {
  it('tells a slide change from a step change', () => {
    expect(moveKind({ slide: 2, step: 1 }, { slide: 3, step: 1 })).toBe('slide');
    expect(moveKind({ slide: 3, step: 1 }, { slide: 3, step: 2 })).toBe('step');
    expect(moveKind({ slide: 3, step: 2 }, { slide: 3, step: 2 })).toBeNull();
  });
});

describe('pending moves', () => {
  it('keeps presses that are on their way when their renders arrive late', () => {
    let m = startMoves({ slide: 1, step: 1 });
    m = requestMove(m, { slide: 2, step: 1 });
    m = requestMove(m, { slide: 3, step: 1 });
    m = renderedMove(m, { slide: 2, step: 1 });
    expect(m.target).toEqual({ slide: 3, step: 1 });
    m = renderedMove(m, { slide: 3, step: 1 });
    expect(m).toEqual({ target: { slide: 3, step: 1 }, requested: [] });
  });
  it('takes any other rendered position (Back, an edited address) as where the view now is', () => {
    let m = requestMove(startMoves({ slide: 1, step: 1 }), { slide: 2, step: 1 });
    m = renderedMove(m, { slide: 5, step: 1 });
    expect(m).toEqual({ target: { slide: 5, step: 1 }, requested: [] });
  });
});

describe('deckSteps', () => {
  it('is one list per manifest, kept when a new manifest has the same counts', () => {
    const deck = (counts: number[]) => ({ title: 'T', slides: counts.map((steps, i) => ({ number: i + 1, steps })) }) as never;
    const a = deck([1, 3, 1]);
    const steps = deckSteps(a);
    expect(steps).toEqual([1, 3, 1]);
    expect(deckSteps(a)).toBe(steps);
    expect(deckSteps(deck([1, 3, 1]))).toBe(steps);
    expect(deckSteps(deck([1, 2, 1]))).toEqual([1, 2, 1]);
  });
});
