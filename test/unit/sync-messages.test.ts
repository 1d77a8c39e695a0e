import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/sync/messages.ts';

const state = { slide: 3, step: 2, blackout: true, timer: { running: true, startedAt: 1000, accumulatedMs: 500 } };

describe('parseMessage', () => {
  it('accepts every message type with a sender and role', () => {
    expect(parseMessage({ type: 'hello', from: 'a', role: 'audience' })).toEqual({ type: 'hello', from: 'a', role: 'audience' });
    expect(parseMessage({ type: 'heartbeat', from: 'a', role: 'audience' })?.type).toBe('heartbeat');
    expect(parseMessage({ type: 'bye', from: 's', role: 'speaker' })?.type).toBe('bye');
    expect(parseMessage({ type: 'state', from: 's', role: 'speaker', state })).toEqual({ type: 'state', from: 's', role: 'speaker', state });
    expect(parseMessage({ type: 'key', from: 'a', role: 'audience', key: 'ArrowRight', shiftKey: false })).toEqual({
      type: 'key',
      from: 'a',
      role: 'audience',
      key: 'ArrowRight',
      shiftKey: false,
    });
  });

  it('returns a clean copy without extra fields', () => {
    const msg = parseMessage({ type: 'state', from: 's', role: 'speaker', state: { ...state, extra: 1 }, junk: true });
    expect(msg).toEqual({ type: 'state', from: 's', role: 'speaker', state });
  });

  it('ignores anything without a sender id or a known role', () => {
    expect(parseMessage({ type: 'hello', role: 'audience' })).toBeNull();
    expect(parseMessage({ type: 'hello', from: '', role: 'audience' })).toBeNull();
    expect(parseMessage({ type: 'hello', from: 'a', role: 'learner' })).toBeNull();
    expect(parseMessage({ type: 'shout', from: 'a', role: 'audience' })).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('hello')).toBeNull();
  });

  it('rejects impossible states', () => {
    const bad = (patch: object) => parseMessage({ type: 'state', from: 's', role: 'speaker', state: { ...state, ...patch } });
    expect(bad({ slide: 0 })).toBeNull();
    expect(bad({ slide: 1.5 })).toBeNull();
    expect(bad({ step: '2' })).toBeNull();
    expect(bad({ blackout: 'yes' })).toBeNull();
    expect(bad({ timer: { running: true, startedAt: null, accumulatedMs: 0 } })).toBeNull();
    expect(bad({ timer: { running: false, startedAt: null, accumulatedMs: -1 } })).toBeNull();
    expect(bad({ timer: { running: false, startedAt: null, accumulatedMs: Number.NaN } })).toBeNull();
    expect(bad({ timer: null })).toBeNull();
  });

  it('drops the start time of a paused timer', () => {
    const msg = parseMessage({ type: 'state', from: 's', role: 'speaker', state: { ...state, timer: { running: false, startedAt: 5, accumulatedMs: 9 } } });
    expect(msg?.type === 'state' && msg.state.timer).toEqual({ running: false, startedAt: null, accumulatedMs: 9 });
  });

  it('rejects a forwarded key that is not a short string', () => {
    expect(parseMessage({ type: 'key', from: 'a', role: 'audience', key: 42 })).toBeNull();
    expect(parseMessage({ type: 'key', from: 'a', role: 'audience', key: 'x'.repeat(50) })).toBeNull();
    expect(parseMessage({ type: 'key', from: 'a', role: 'audience', key: ' ', shiftKey: 'yes' })).toMatchObject({ shiftKey: false });
  });
});
