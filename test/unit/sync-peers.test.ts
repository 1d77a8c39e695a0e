import { describe, expect, it } from 'vitest';
import { connectedLabel, dropPeer, notePeer, PEER_TIMEOUT_MS, prunePeers, type Peers } from '../../src/sync/peers.ts';

describe('connected audience windows', () => {
  it('counts each window once, however often it beats', () => {
    let p: Peers = new Map();
    p = notePeer(p, 'a', 0);
    p = notePeer(p, 'b', 100);
    p = notePeer(p, 'a', 2000);
    expect(p.size).toBe(2);
    expect(p.get('a')).toBe(2000);
  });

  it('forgets a window on bye', () => {
    let p: Peers = notePeer(notePeer(new Map(), 'a', 0), 'b', 0);
    p = dropPeer(p, 'a');
    expect([...p.keys()]).toEqual(['b']);
    expect(dropPeer(p, 'nobody')).toBe(p);
  });

  it('drops windows not heard from for 5 s and keeps the others', () => {
    let p: Peers = notePeer(notePeer(new Map(), 'quiet', 0), 'beating', 4000);
    expect(prunePeers(p, PEER_TIMEOUT_MS)).toBe(p);
    p = prunePeers(p, PEER_TIMEOUT_MS + 1);
    expect([...p.keys()]).toEqual(['beating']);
  });

  it('does not mutate the map it was given', () => {
    const p: Peers = notePeer(new Map(), 'a', 0);
    notePeer(p, 'b', 1);
    prunePeers(p, 1e9);
    expect(p.size).toBe(1);
  });

  it('says how many are connected in words', () => {
    expect(connectedLabel(0)).toBe('No audience window connected');
    expect(connectedLabel(1)).toBe('1 audience window connected');
    expect(connectedLabel(2)).toBe('2 audience windows connected');
  });
});
