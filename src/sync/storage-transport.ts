import { writeStorage } from '../lib/safe-storage.ts';
import { parseMessage } from './messages.ts';
import { createHub, type SyncTransport } from './transport.ts';

/**
 * The fallback where BroadcastChannel is missing: each post writes one localStorage key and
 * other windows of the origin receive a `storage` event (the writer does not). A counter
 * makes every write a change, so the same message twice still arrives twice.
 * When storage is unavailable, posts are dropped quietly: the view still works alone.
 */
export function storageTransport(key: string, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): SyncTransport {
  const hub = createHub();
  let seq = 0;
  let closed = false;
  const onStorage = (e: StorageEvent) => {
    if (e.key !== key || !e.newValue) return;
    let data: unknown;
    try {
      data = JSON.parse(e.newValue);
    } catch {
      return;
    }
    const msg = parseMessage((data as { msg?: unknown } | null)?.msg);
    if (msg) hub.emit(msg);
  };
  target.addEventListener('storage', onStorage as EventListener);
  return {
    post(msg) {
      if (closed) return;
      seq += 1;
      writeStorage(key, JSON.stringify({ msg, seq, at: Date.now() }));
    },
    subscribe: hub.subscribe,
    close() {
      if (closed) return;
      closed = true;
      hub.clear();
      target.removeEventListener('storage', onStorage as EventListener);
    },
  };
}
