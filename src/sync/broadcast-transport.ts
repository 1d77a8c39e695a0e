import { parseMessage } from './messages.ts';
import { createHub, type SyncTransport } from './transport.ts';

/** One BroadcastChannel per deck. A channel never hears its own posts, which is what we want. */
export function broadcastTransport(channelName: string): SyncTransport {
  const channel = new BroadcastChannel(channelName);
  const hub = createHub();
  let closed = false;
  channel.onmessage = (e: MessageEvent) => {
    const msg = parseMessage(e.data);
    if (msg) hub.emit(msg);
  };
  return {
    post(msg) {
      if (closed) return;
      try {
        channel.postMessage(msg);
      } catch {
        // A message that cannot be cloned is dropped rather than breaking the view.
      }
    },
    subscribe: hub.subscribe,
    close() {
      if (closed) return;
      closed = true;
      hub.clear();
      channel.close();
    },
  };
}
