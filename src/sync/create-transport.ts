import { deckSlug } from '../content/deck-slug.ts';
import { broadcastTransport } from './broadcast-transport.ts';
import { storageTransport } from './storage-transport.ts';
import type { SyncTransport } from './transport.ts';

export type TransportKind = 'broadcast' | 'storage';

/** The channel (or storage key) shared by every window of one deck, and no other deck. */
export function syncChannelName(deckTitle: string): string {
  return `deck-sync:${deckSlug(deckTitle)}`;
}

export function pickTransportKind(env: { BroadcastChannel?: unknown } = globalThis): TransportKind {
  return typeof env.BroadcastChannel === 'function' ? 'broadcast' : 'storage';
}

export function createTransport(deckTitle: string, kind: TransportKind = pickTransportKind()): SyncTransport {
  const name = syncChannelName(deckTitle);
  return kind === 'broadcast' ? broadcastTransport(name) : storageTransport(name);
}
