import { describe, expect, it } from 'vitest';
import { PENDING_MS, createEchoGuard } from '../../src/presenter/live-echo.ts';

describe('the speaker view keeps its own newer changes against older states from the server', () => {
  it('B then T quickly: the state after B does not stop the timer T just started', () => {
    const g = createEchoGuard();
    g.reset('s1');
    g.sent('blackout', 2, 0);
    g.sent('timer', 3, 1);
    // The server applied B (seq 5) and says so; T is still on its way.
    g.acked(2, 's1', 5);
    expect(g.keepsLocal('blackout', 's1', 5, 10)).toBe(false);
    expect(g.keepsLocal('timer', 's1', 5, 10)).toBe(true);
    g.acked(3, 's1', 6);
    expect(g.keepsLocal('timer', 's1', 6, 20)).toBe(false);
  });

  it('a state older than the acknowledged change (it came the long way, through Redis) leaves the field alone', () => {
    const g = createEchoGuard();
    g.reset('s1');
    g.sent('position', 4, 0);
    g.acked(4, 's1', 9);
    expect(g.keepsLocal('position', 's1', 8, 5)).toBe(true);
    expect(g.keepsLocal('position', 's1', 9, 5)).toBe(false);
    // Another device's later move is taken.
    expect(g.keepsLocal('position', 's1', 12, 5)).toBe(false);
  });

  it('only the latest command of a field counts: the ack of an earlier one keeps the field waiting', () => {
    const g = createEchoGuard();
    g.reset('s1');
    g.sent('position', 2, 0);
    g.sent('position', 3, 0);
    g.acked(2, 's1', 4);
    expect(g.keepsLocal('position', 's1', 4, 1)).toBe(true);
    g.acked(3, 's1', 5);
    expect(g.keepsLocal('position', 's1', 5, 1)).toBe(false);
  });

  it('a command that changed nothing on the server (ack with no seq) stops waiting', () => {
    const g = createEchoGuard();
    g.reset('s1');
    g.sent('blackout', 2, 0);
    g.acked(2, 's1', null);
    expect(g.keepsLocal('blackout', 's1', 3, 1)).toBe(false);
  });

  it('a command never acknowledged (rate limit, lost frame) stops counting after PENDING_MS', () => {
    const g = createEchoGuard();
    g.reset('s1');
    g.sent('timer', 2, 1000);
    expect(g.keepsLocal('timer', 's1', 3, 1000 + PENDING_MS - 1)).toBe(true);
    expect(g.keepsLocal('timer', 's1', 3, 1000 + PENDING_MS)).toBe(false);
  });

  it('fields without a change of ours, another session, and a reset all follow the server', () => {
    const g = createEchoGuard();
    g.reset('s1');
    expect(g.keepsLocal('blackout', 's1', 1, 0)).toBe(false);
    g.sent('blackout', 2, 0);
    expect(g.keepsLocal('blackout', 's2', 1, 0)).toBe(false);
    // An ack from another session is not ours.
    g.acked(2, 's2', 7);
    expect(g.keepsLocal('blackout', 's1', 1, 0)).toBe(true);
    g.reset('s1');
    expect(g.keepsLocal('blackout', 's1', 1, 0)).toBe(false);
  });
});
