import { describe, expect, it } from 'vitest';
import { navigate } from '../../src/deck/nav.ts';
import { parsePosition, positionPath } from '../../src/deck/position-address.ts';

const steps = [1, 1, 3, 1];

describe('navigate', () => {
  it('moves forward through steps before the next slide', () => {
    expect(navigate({ slide: 2, step: 1 }, { type: 'next' }, steps)).toEqual({ slide: 3, step: 1 });
    expect(navigate({ slide: 3, step: 1 }, { type: 'next' }, steps)).toEqual({ slide: 3, step: 2 });
    expect(navigate({ slide: 3, step: 3 }, { type: 'next' }, steps)).toEqual({ slide: 4, step: 1 });
  });
  it('goes back to the previous slide at its final step', () => {
    expect(navigate({ slide: 4, step: 1 }, { type: 'prev' }, steps)).toEqual({ slide: 3, step: 3 });
    expect(navigate({ slide: 3, step: 2 }, { type: 'prev' }, steps)).toEqual({ slide: 3, step: 1 });
  });
  it('stays put at either end', () => {
    expect(navigate({ slide: 1, step: 1 }, { type: 'prev' }, steps)).toEqual({ slide: 1, step: 1 });
    expect(navigate({ slide: 4, step: 1 }, { type: 'next' }, steps)).toEqual({ slide: 4, step: 1 });
  });
  it('jumps to the first and last positions', () => {
    expect(navigate({ slide: 3, step: 2 }, { type: 'first' }, steps)).toEqual({ slide: 1, step: 1 });
    expect(navigate({ slide: 1, step: 1 }, { type: 'last' }, steps)).toEqual({ slide: 4, step: 1 });
    expect(navigate({ slide: 1, step: 1 }, { type: 'last' }, [1, 4])).toEqual({ slide: 2, step: 4 });
  });
  it('clamps a goto outside the deck', () => {
    expect(navigate({ slide: 1, step: 1 }, { type: 'goto', slide: 99, step: 7 }, steps)).toEqual({ slide: 4, step: 1 });
    expect(navigate({ slide: 1, step: 1 }, { type: 'goto', slide: 3, step: 'last' }, steps)).toEqual({ slide: 3, step: 3 });
  });
});

describe('parsePosition', () => {
  it('accepts real positions only', () => {
    expect(parsePosition('3', '2', steps)).toEqual({ slide: 3, step: 2 });
    expect(parsePosition('1', undefined, steps)).toEqual({ slide: 1, step: 1 });
    for (const [n, s] of [['0', undefined], ['5', undefined], ['abc', undefined], ['3', '4'], ['1', '2'], ['01', undefined], ['2.5', undefined], ['3', '0']] as const) {
      expect(parsePosition(n, s, steps)).toBeNull();
    }
  });
  it('writes step 1 as the bare slide path', () => {
    expect(positionPath('slides', { slide: 3, step: 1 })).toBe('/slides/3');
    expect(positionPath('audience', { slide: 3, step: 2 })).toBe('/audience/3/2');
  });
});
