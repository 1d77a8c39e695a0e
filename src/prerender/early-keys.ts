type KeyInit = Pick<KeyboardEventInit, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;
export interface EarlyKeys {
  keys: KeyInit[];
  stop(): void;
}

/** The keys first-paint.ts is keeping while the prerendered slide shows, or null when it did not show. */
export function earlyKeys(): EarlyKeys | null {
  return (window as unknown as { __deckEarlyKeys?: EarlyKeys }).__deckEarlyKeys ?? null;
}

/** Stops keeping keys and presses the kept ones again, now that the app listens. Safe to call twice. */
export function replayEarlyKeys(early: EarlyKeys): void {
  early.stop();
  delete (window as unknown as { __deckEarlyKeys?: EarlyKeys }).__deckEarlyKeys;
  for (const k of early.keys.splice(0)) window.dispatchEvent(new KeyboardEvent('keydown', { ...k, bubbles: true, cancelable: true }));
}
