import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createTransport } from './create-transport.ts';
import type { SyncMessage } from './messages.ts';
import { PeerTable } from './peers.ts';
import { newSenderId } from './sender-id.ts';
import { isSameShared, type SharedState } from './shared-state.ts';
import type { SyncTransport } from './transport.ts';

export interface ForwardedKey {
  key: string;
  shiftKey: boolean;
}

const PRUNE_EVERY_MS = 1000;

/**
 * The speaker view's side of sync: it is the one writer of the shared state. It posts the
 * state whenever it changes, answers every audience `hello` with the state at once, counts
 * the audience windows it has heard from lately, and hands their forwarded keys to `onKey`.
 * `current` returns the newest state; `publish` posts it at once (a key press calls it before
 * the speaker view re-renders, so the audience does not wait for that render), and every
 * render publishes too, which covers changes that did not come from a key (Back, a new URL).
 */
export function useSpeakerSync(
  deckTitle: string,
  current: () => SharedState,
  onKey: (key: ForwardedKey) => void,
): { connected: number; publish: () => void; fullscreen: () => void } {
  const [id] = useState(newSenderId);
  const [connected, setConnected] = useState(0);
  const currentRef = useRef(current);
  currentRef.current = current;
  const onKeyRef = useRef(onKey);
  onKeyRef.current = onKey;
  const transport = useRef<SyncTransport | null>(null);
  const lastPosted = useRef<SharedState | null>(null);

  useEffect(() => {
    const t = createTransport(deckTitle);
    transport.current = t;
    const peers = new PeerTable();
    // setConnected with an unchanged count is a no-op render-wise, but skipping it spares React the work per message.
    let shown = 0;
    const showCount = () => {
      if (peers.size === shown) return;
      shown = peers.size;
      setConnected(shown);
    };
    const sendState = () => {
      const state = currentRef.current();
      lastPosted.current = state;
      t.post({ type: 'state', from: id, role: 'speaker', state });
    };
    const off = t.subscribe((msg: SyncMessage) => {
      if (msg.from === id || msg.role !== 'audience') return;
      if (msg.type === 'bye') {
        peers.drop(msg.from);
        showCount();
        return;
      }
      // A window the full table turned away is not answered either: it is not counted as there.
      if (!peers.note(msg.from, Date.now())) return;
      showCount();
      if (msg.type === 'hello') sendState();
      else if (msg.type === 'key') onKeyRef.current({ key: msg.key, shiftKey: msg.shiftKey });
    });
    sendState();
    // Windows that were already open say they are there without waiting for their next heartbeat.
    t.post({ type: 'hello', from: id, role: 'speaker' });
    const prune = window.setInterval(() => {
      peers.prune(Date.now());
      showCount();
    }, PRUNE_EVERY_MS);
    const bye = () => t.post({ type: 'bye', from: id, role: 'speaker' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      window.clearInterval(prune);
      off();
      t.close();
      transport.current = null;
      lastPosted.current = null;
    };
  }, [deckTitle, id]);

  const publish = useCallback(() => {
    const t = transport.current;
    const state = currentRef.current();
    if (!t || (lastPosted.current && isSameShared(lastPosted.current, state))) return;
    lastPosted.current = state;
    t.post({ type: 'state', from: id, role: 'speaker', state });
  }, [id]);

  useLayoutEffect(publish);

  const fullscreen = useCallback(() => transport.current?.post({ type: 'fullscreen', from: id, role: 'speaker' }), [id]);

  return { connected, publish, fullscreen };
}
