import { describe, expect, it } from 'vitest';
import { pacing, pacingLabel } from '../../src/presenter/pacing.ts';
import { describeElapsed, formatElapsed, formatMinuteRange } from '../../src/lib/time-format.ts';

const MIN = 60_000;
// The deck's planned minutes: slide 1 from 0 to 2, slide 2 from 2 to 5, slide 3 from 5 to 8 ...
const PLAN = [2, 3, 3, 3, 2, 2, 3, 2];

describe('pacing', () => {
  it('is on time while the elapsed time is inside the slide’s planned window', () => {
    expect(pacing(PLAN, 1, 0).label).toBe('on time');
    expect(pacing(PLAN, 2, 3 * MIN).label).toBe('on time');
    expect(pacing(PLAN, 3, 5 * MIN)).toMatchObject({ plannedStart: 5, plannedEnd: 8, status: 'on-time', minutesOff: 0 });
    expect(pacing(PLAN, 3, 8 * MIN).status).toBe('on-time');
  });

  it('is ahead when a slide comes up before its planned start', () => {
    expect(pacing(PLAN, 2, 0)).toMatchObject({ status: 'ahead', minutesOff: 2, label: '2 min ahead' });
    expect(pacing(PLAN, 3, 3 * MIN).label).toBe('2 min ahead');
  });

  it('is behind when a slide is still up after its planned end', () => {
    expect(pacing(PLAN, 1, 3 * MIN)).toMatchObject({ status: 'behind', minutesOff: 1, label: '1 min behind' });
    expect(pacing(PLAN, 8, 25 * MIN).label).toBe('5 min behind');
  });

  it('rounds to whole minutes; under half a minute off counts as on time', () => {
    expect(pacing(PLAN, 1, 2 * MIN + 29_000).label).toBe('on time');
    expect(pacing(PLAN, 1, 2 * MIN + 31_000).label).toBe('1 min behind');
    expect(pacing(PLAN, 2, 1 * MIN + 20_000).label).toBe('1 min ahead');
  });

  it('copes with estimates, gaps and out-of-range slides', () => {
    expect(pacing([1.5, 2.5], 2, 0)).toMatchObject({ plannedStart: 1.5, plannedEnd: 4, label: '2 min ahead' });
    expect(pacing([Number.NaN, -1, 2], 3, 0)).toMatchObject({ plannedStart: 0, plannedEnd: 2 });
    expect(pacing(PLAN, 99, 0).plannedEnd).toBe(20);
    expect(pacing([], 1, 5 * MIN).label).toBe('5 min behind');
  });

  it('labels each status', () => {
    expect(pacingLabel('on-time', 0)).toBe('on time');
    expect(pacingLabel('ahead', 3)).toBe('3 min ahead');
    expect(pacingLabel('behind', 1)).toBe('1 min behind');
  });
});

describe('time formats', () => {
  it('shows elapsed time as mm:ss, with hours when needed', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_999)).toBe('01:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });
  it('says elapsed time in words', () => {
    expect(describeElapsed(0)).toBe('0 seconds');
    expect(describeElapsed(61_000)).toBe('1 minute 1 second');
    expect(describeElapsed(7_200_000)).toBe('2 hours');
  });
  it('shows a planned window in half minutes', () => {
    expect(formatMinuteRange(5, 8)).toBe('5–8 min');
    expect(formatMinuteRange(1.26, 3.7)).toBe('1.5–3.5 min');
  });
});
