import { describe, expect, it } from 'vitest';
import { isForwardedKey } from '../../src/sync/forwarded-keys.ts';
import { elapsedMs, initialSharedState, isSameShared, reduceShared, STOPPED_TIMER, toggleTimer } from '../../src/sync/shared-state.ts';

const STEPS = [1, 1, 1, 1, 1, 1, 5, 1];

describe('reduceShared', () => {
  it('moves through steps before slides, like the learner view', () => {
    let s = initialSharedState(6, 1);
    s = reduceShared(s, { type: 'nav', action: { type: 'next' } }, STEPS, 0);
    expect([s.slide, s.step]).toEqual([7, 1]);
    s = reduceShared(s, { type: 'nav', action: { type: 'next' } }, STEPS, 0);
    expect([s.slide, s.step]).toEqual([7, 2]);
    s = reduceShared(s, { type: 'nav', action: { type: 'last' } }, STEPS, 0);
    expect([s.slide, s.step]).toEqual([8, 1]);
    s = reduceShared(s, { type: 'nav', action: { type: 'prev' } }, STEPS, 0);
    expect([s.slide, s.step]).toEqual([7, 5]);
    s = reduceShared(s, { type: 'nav', action: { type: 'first' } }, STEPS, 0);
    expect([s.slide, s.step]).toEqual([1, 1]);
  });

  it('returns the same object when nothing moves, so no message is sent', () => {
    const s = initialSharedState(1, 1);
    expect(reduceShared(s, { type: 'nav', action: { type: 'prev' } }, STEPS, 0)).toBe(s);
  });

  it('keeps blackout and the timer across navigation', () => {
    let s = reduceShared(initialSharedState(1, 1), { type: 'toggle-blackout' }, STEPS, 0);
    s = reduceShared(s, { type: 'toggle-timer' }, STEPS, 1000);
    s = reduceShared(s, { type: 'nav', action: { type: 'next' } }, STEPS, 2000);
    expect(s).toEqual({ slide: 2, step: 1, blackout: true, timer: { running: true, startedAt: 1000, accumulatedMs: 0 } });
    s = reduceShared(s, { type: 'toggle-blackout' }, STEPS, 0);
    expect(s.blackout).toBe(false);
  });

  it('starts, pauses, resumes and resets the timer', () => {
    let s = initialSharedState(1, 1);
    s = reduceShared(s, { type: 'toggle-timer' }, STEPS, 10_000);
    expect(elapsedMs(s.timer, 15_000)).toBe(5000);
    s = reduceShared(s, { type: 'toggle-timer' }, STEPS, 16_000);
    expect(s.timer).toEqual({ running: false, startedAt: null, accumulatedMs: 6000 });
    expect(elapsedMs(s.timer, 99_000)).toBe(6000);
    s = reduceShared(s, { type: 'toggle-timer' }, STEPS, 20_000);
    expect(elapsedMs(s.timer, 21_500)).toBe(7500);
    s = reduceShared(s, { type: 'reset-timer' }, STEPS, 22_000);
    expect(s.timer).toEqual(STOPPED_TIMER);
  });
});

describe('timer', () => {
  it('never counts backwards when a clock is behind', () => {
    expect(elapsedMs({ running: true, startedAt: 5000, accumulatedMs: 100 }, 4000)).toBe(100);
  });
  it('toggles from stopped to running at now', () => {
    expect(toggleTimer(STOPPED_TIMER, 42)).toEqual({ running: true, startedAt: 42, accumulatedMs: 0 });
  });
});

describe('isSameShared', () => {
  it('compares every field', () => {
    const a = initialSharedState(2, 1);
    expect(isSameShared(a, { ...a })).toBe(true);
    expect(isSameShared(a, { ...a, step: 2 })).toBe(false);
    expect(isSameShared(a, { ...a, blackout: true })).toBe(false);
    expect(isSameShared(a, { ...a, timer: { ...a.timer, accumulatedMs: 1 } })).toBe(false);
  });
});

describe('isForwardedKey', () => {
  it('forwards navigation and blackout keys only', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Home', 'End', 'b', 'B', '.']) {
      expect(isForwardedKey({ key, shiftKey: false }), key).toBe(true);
    }
    for (const key of ['?', 'n', 'p', 't', 'Escape', 'a']) expect(isForwardedKey({ key, shiftKey: false }), key).toBe(false);
  });
});
