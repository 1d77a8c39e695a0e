/**
 * Which audience windows the speaker view has heard from lately: a map from sender id to
 * the time it was last heard. Pure, so the "N audience windows connected" count is testable.
 */
export type Peers = ReadonlyMap<string, number>;

/** A window not heard from for this long is counted as gone (it sends a heartbeat every 2 s). */
export const PEER_TIMEOUT_MS = 5000;
export const HEARTBEAT_MS = 2000;

export function notePeer(peers: Peers, id: string, now: number): Peers {
  const next = new Map(peers);
  next.set(id, now);
  return next;
}

export function dropPeer(peers: Peers, id: string): Peers {
  if (!peers.has(id)) return peers;
  const next = new Map(peers);
  next.delete(id);
  return next;
}

/** Forgets windows that went quiet; returns the same map when nothing changed. */
export function prunePeers(peers: Peers, now: number, timeout = PEER_TIMEOUT_MS): Peers {
  let next: Map<string, number> | null = null;
  for (const [id, seen] of peers) {
    if (now - seen > timeout) {
      next ??= new Map(peers);
      next.delete(id);
    }
  }
  return next ?? peers;
}

export function connectedLabel(count: number): string {
  if (count === 0) return 'No audience window connected';
  return `${count} audience window${count === 1 ? '' : 's'} connected`;
}

/**
 * More audience windows than any room has: beyond this, new ids are ignored until others go
 * quiet, so a flood of forged heartbeats cannot grow the table without bound.
 */
export const MAX_PEERS = 500;

/**
 * The speaker view's live peer table, updated in place: a heartbeat costs one Map.set, not a copy
 * of the whole map (50,000 distinct heartbeats used to hang the speaker view, issue 15). The pure
 * functions above stay for reasoning and tests; the view uses this.
 */
export class PeerTable {
  private readonly seen = new Map<string, number>();
  private readonly max: number;
  constructor(max = MAX_PEERS) {
    this.max = max;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Records a window as heard from now; false when the table is full and the id is new. */
  note(id: string, now: number): boolean {
    if (!this.seen.has(id) && this.seen.size >= this.max) return false;
    this.seen.set(id, now);
    return true;
  }

  drop(id: string): void {
    this.seen.delete(id);
  }

  prune(now: number, timeout = PEER_TIMEOUT_MS): void {
    for (const [id, at] of this.seen) if (now - at > timeout) this.seen.delete(id);
  }
}
