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
