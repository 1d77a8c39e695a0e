// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncMessage } from '../../src/sync/messages.ts';
import { MAX_PEERS, PeerTable } from '../../src/sync/peers.ts';
import type { SharedState } from '../../src/sync/shared-state.ts';
import { createHub } from '../../src/sync/transport.ts';

// Every window of the test shares one in-memory channel; `deliver` plays another window's message.
const hub = createHub();
const posted: SyncMessage[] = [];
vi.mock('../../src/sync/create-transport.ts', () => ({
  createTransport: () => ({ post: (m: SyncMessage) => posted.push(m), subscribe: hub.subscribe, close: () => undefined }),
}));
const { useAudienceSync } = await import('../../src/sync/use-audience-sync.ts');
const { useSpeakerSync } = await import('../../src/sync/use-speaker-sync.ts');

const state = (slide: number): SharedState => ({ slide, step: 1, blackout: false, timer: { running: false, startedAt: null, accumulatedMs: 0 } });
const nextFrame = () => act(() => new Promise((r) => setTimeout(r, 150)));

beforeEach(() => {
  hub.clear();
  posted.length = 0;
});

describe('sync under a flood', () => {
  it('an audience window given 20,000 states applies only the last one, once', async () => {
    let renders = 0;
    let applied = 0;
    const { result } = renderHook(() => {
      renders++;
      const [s, setS] = useState<SharedState | null>(null);
      // Each applied state is a navigation in the audience view: that, not the render, is what a flood multiplied.
      useAudienceSync('T', (next) => {
        applied++;
        setS(next);
      });
      return s;
    });
    const before = renders;
    act(() => {
      for (let i = 1; i <= 20_000; i++) hub.emit({ type: 'state', from: 'spk', role: 'speaker', state: state(i) });
    });
    await nextFrame();
    expect(result.current?.slide).toBe(20_000);
    expect(applied).toBe(1);
    expect(renders - before).toBe(1);
  });

  it('a speaker view given 50,000 distinct heartbeats counts at most MAX_PEERS and keeps real windows', async () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useSpeakerSync('T', () => state(3), () => undefined);
    });
    act(() => hub.emit({ type: 'hello', from: 'real-window', role: 'audience' }));
    expect(result.current.connected).toBe(1);
    const before = renders;
    act(() => {
      for (let i = 0; i < 50_000; i++) hub.emit({ type: 'heartbeat', from: `forged-${i}`, role: 'audience' });
    });
    expect(result.current.connected).toBe(MAX_PEERS);
    // One batched render for the whole burst (React batches the setState calls inside act).
    expect(renders - before).toBeLessThanOrEqual(2);
    // The real window is still there and still answered.
    posted.length = 0;
    act(() => hub.emit({ type: 'hello', from: 'real-window', role: 'audience' }));
    expect(posted.filter((m) => m.type === 'state')).toHaveLength(1);
    act(() => hub.emit({ type: 'bye', from: 'forged-0', role: 'audience' }));
    expect(result.current.connected).toBe(MAX_PEERS - 1);
  });
});

describe('PeerTable', () => {
  it('updates in place, caps new ids and prunes quiet ones', () => {
    const t = new PeerTable(3);
    expect([t.note('a', 0), t.note('b', 0), t.note('c', 4000), t.note('d', 4000)]).toEqual([true, true, true, false]);
    expect(t.note('a', 4000)).toBe(true);
    expect(t.size).toBe(3);
    t.prune(6000);
    expect(t.size).toBe(2);
    expect(t.note('d', 6000)).toBe(true);
    t.drop('a');
    expect(t.size).toBe(2);
  });
});
