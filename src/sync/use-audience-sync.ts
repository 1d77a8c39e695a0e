import { useCallback, useEffect, useRef, useState } from 'react';
import { createTransport } from './create-transport.ts';
import { latestPerFrame } from './latest-per-frame.ts';
import type { SyncMessage } from './messages.ts';
import { HEARTBEAT_MS } from './peers.ts';
import { newSenderId } from './sender-id.ts';
import type { SharedState } from './shared-state.ts';
import type { SyncTransport } from './transport.ts';
import type { ForwardedKey } from './use-speaker-sync.ts';

/**
 * An audience window's side of sync: it follows the speaker's state and never writes it.
 * It says hello when it opens, comes back from the background or from the back-forward
 * cache (the speaker answers with the state at once), beats every 2 s so the speaker can
 * count it, says bye on pagehide, and forwards keys to the speaker.
 * `forwardKey` returns false while no speaker view has been heard from, so the window can
 * still be used on its own.
 */
export function useAudienceSync(
  deckTitle: string,
  onState: (state: SharedState) => void,
  onFullscreen: () => void = () => {},
): { forwardKey: (key: ForwardedKey) => boolean } {
  const [id] = useState(newSenderId);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;
  const onFullscreenRef = useRef(onFullscreen);
  onFullscreenRef.current = onFullscreen;
  const transport = useRef<SyncTransport | null>(null);
  const speaker = useRef<string | null>(null);

  useEffect(() => {
    const t = createTransport(deckTitle);
    transport.current = t;
    const say = (type: 'hello' | 'heartbeat' | 'bye') => t.post({ type, from: id, role: 'audience' });
    // A burst of states (a forged flood, or a speaker holding a key down) renders once per frame, with the newest.
    const states = latestPerFrame((state: SharedState) => onStateRef.current(state));
    const off = t.subscribe((msg: SyncMessage) => {
      if (msg.role !== 'speaker') return;
      if (msg.type === 'state') {
        speaker.current = msg.from;
        states.push(msg.state);
      } else if (msg.type === 'fullscreen') {
        onFullscreenRef.current();
      } else if (msg.type === 'hello') {
        say('heartbeat');
      } else if (msg.type === 'bye' && speaker.current === msg.from) {
        speaker.current = null;
      }
    });
    say('hello');
    const beat = window.setInterval(() => say('heartbeat'), HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') say('hello');
    };
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) say('hello');
    };
    const onHide = () => say('bye');
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onShow);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onShow);
      window.removeEventListener('pagehide', onHide);
      window.clearInterval(beat);
      states.cancel();
      say('bye');
      off();
      t.close();
      transport.current = null;
      speaker.current = null;
    };
  }, [deckTitle, id]);

  const forwardKey = useCallback(
    (key: ForwardedKey) => {
      const t = transport.current;
      if (!t || speaker.current === null) return false;
      t.post({ type: 'key', from: id, role: 'audience', key: key.key, shiftKey: key.shiftKey });
      return true;
    },
    [id],
  );
  return { forwardKey };
}
