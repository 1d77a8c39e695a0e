import { describe, expect, it } from 'vitest';
import { createTimeMeter } from '../../src/learn/time-meter.ts';

const MIN = 60_000;

describe('createTimeMeter', () => {
  it('counts nothing until started and after stopped', () => {
    const m = createTimeMeter(5 * MIN);
    expect(m.take(10_000)).toBe(0);
    m.start(10_000);
    expect(m.take(25_000)).toBe(15_000);
    m.stop(30_000);
    expect(m.take(90_000)).toBe(5_000);
    expect(m.take(120_000)).toBe(0);
  });

  it('counts a span without input only up to the idle cap', () => {
    const m = createTimeMeter(5 * MIN);
    m.start(0);
    expect(m.take(60 * MIN)).toBe(5 * MIN);
    // Still idle: nothing more.
    expect(m.take(61 * MIN)).toBe(0);
    // Input brings the learner back; counting resumes from there.
    m.activity(70 * MIN);
    expect(m.take(71 * MIN)).toBe(MIN);
  });

  it('input keeps a long read counting', () => {
    const m = createTimeMeter(5 * MIN);
    m.start(0);
    m.activity(4 * MIN);
    m.activity(8 * MIN);
    expect(m.take(12 * MIN)).toBe(12 * MIN);
  });

  it('does not double count when started twice or when input comes while stopped', () => {
    const m = createTimeMeter(5 * MIN);
    m.start(0);
    m.start(30_000);
    m.stop(60_000);
    m.activity(90_000);
    expect(m.take(120_000)).toBe(60_000);
  });

  it('a hidden page stops the count and a visible one restarts it', () => {
    const m = createTimeMeter(5 * MIN);
    m.start(0);
    m.stop(MIN);
    m.start(30 * MIN);
    expect(m.take(31 * MIN)).toBe(2 * MIN);
  });
});
