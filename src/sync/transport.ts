import type { SyncMessage } from './messages.ts';

/**
 * How windows of one deck exchange messages. BroadcastChannel and storage events work
 * between windows of one browser; a WebSocket transport could join devices later.
 * A transport delivers other windows' messages only, already checked by parseMessage.
 */
export interface SyncTransport {
  post(msg: SyncMessage): void;
  subscribe(handler: (msg: SyncMessage) => void): () => void;
  close(): void;
}

/** Fans one incoming stream out to subscribers; shared by the transports. */
export function createHub() {
  const handlers = new Set<(msg: SyncMessage) => void>();
  return {
    subscribe(handler: (msg: SyncMessage) => void) {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
    emit(msg: SyncMessage) {
      for (const h of [...handlers]) h(msg);
    },
    clear() {
      handlers.clear();
    },
  };
}
