import { afterEach, describe, expect, it, vi } from 'vitest';
import { broadcastTransport } from '../../src/sync/broadcast-transport.ts';
import { deckSlug } from '../../src/content/deck-slug.ts';
import { createTransport, pickTransportKind, syncChannelName } from '../../src/sync/create-transport.ts';
import type { SyncMessage } from '../../src/sync/messages.ts';
import { storageTransport } from '../../src/sync/storage-transport.ts';
import type { SyncTransport } from '../../src/sync/transport.ts';

const hello: SyncMessage = { type: 'hello', from: 'aud-1', role: 'audience' };
const open: SyncTransport[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
  vi.unstubAllGlobals();
});
const keep = (t: SyncTransport) => (open.push(t), t);
const nextMessage = (t: SyncTransport) => new Promise<SyncMessage>((resolve) => t.subscribe(resolve));

describe('channel names', () => {
  it('makes one name per deck from its title', () => {
    expect(deckSlug('Intro to Fleet Management: health monitoring')).toBe('intro-to-fleet-management-health-monitoring');
    expect(deckSlug('  Über Décks!  ')).toBe('uber-decks');
    expect(deckSlug('!!!')).toBe('deck');
    expect(syncChannelName('A: B')).toBe('deck-sync:a-b');
  });

  it('picks BroadcastChannel where it exists, storage events otherwise', () => {
    expect(pickTransportKind({ BroadcastChannel: class {} })).toBe('broadcast');
    expect(pickTransportKind({})).toBe('storage');
  });
});

describe('BroadcastChannel transport', () => {
  it('delivers to other windows of the same deck and not to itself', async () => {
    const a = keep(broadcastTransport('deck-sync:one'));
    const b = keep(broadcastTransport('deck-sync:one'));
    const own = vi.fn();
    a.subscribe(own);
    const got = nextMessage(b);
    a.post(hello);
    expect(await got).toEqual(hello);
    await new Promise((r) => setTimeout(r, 20));
    expect(own).not.toHaveBeenCalled();
  });

  it('keeps decks apart and drops malformed messages', async () => {
    const a = keep(broadcastTransport('deck-sync:one'));
    const other = keep(broadcastTransport('deck-sync:two'));
    const b = keep(broadcastTransport('deck-sync:one'));
    const stray = vi.fn();
    other.subscribe(stray);
    const got = nextMessage(b);
    const raw = new BroadcastChannel('deck-sync:one');
    raw.postMessage({ type: 'hello', from: '', role: 'audience' });
    raw.close();
    a.post({ ...hello, from: 'second' });
    expect(await got).toEqual({ ...hello, from: 'second' });
    expect(stray).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe and ignores posts after close', async () => {
    const a = keep(broadcastTransport('deck-sync:three'));
    const b = keep(broadcastTransport('deck-sync:three'));
    const handler = vi.fn();
    const off = b.subscribe(handler);
    off();
    a.close();
    expect(() => a.post(hello)).not.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(handler).not.toHaveBeenCalled();
  });
});

/** A window stand-in: a storage event bus shared by several "windows", plus a localStorage. */
function fakeWindows(storage: Pick<Storage, 'setItem' | 'getItem' | 'removeItem'>) {
  const windows: EventTarget[] = [];
  const make = () => {
    const w = new EventTarget();
    windows.push(w);
    return w as unknown as Window;
  };
  // Like a browser: a write fires `storage` in every other window of the origin.
  const writeFrom = (writer: Window, key: string, value: string) => {
    storage.setItem(key, value);
    for (const w of windows) if (w !== (writer as unknown as EventTarget)) w.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
  };
  return { make, writeFrom };
}

describe('storage-event transport', () => {
  it('passes messages through a per-deck key, each write a change', () => {
    const store = new Map<string, string>();
    const bus = fakeWindows({ setItem: (k, v) => void store.set(k, v), getItem: (k) => store.get(k) ?? null, removeItem: (k) => void store.delete(k) });
    const w1 = bus.make();
    const w2 = bus.make();
    const writes: string[] = [];
    vi.stubGlobal('window', {
      localStorage: {
        setItem: (k: string, v: string) => {
          writes.push(v);
          bus.writeFrom(w1, k, v);
        },
      },
    });
    const speaker = keep(storageTransport('deck-sync:x', w1));
    const audience = keep(storageTransport('deck-sync:x', w2));
    const got: SyncMessage[] = [];
    const own: SyncMessage[] = [];
    audience.subscribe((m) => got.push(m));
    speaker.subscribe((m) => own.push(m));
    speaker.post(hello);
    speaker.post(hello);
    expect(got).toEqual([hello, hello]);
    expect(own).toEqual([]);
    expect(new Set(writes).size).toBe(2);
    expect(store.has('deck-sync:x')).toBe(true);
  });

  it('ignores other keys, garbage and malformed messages', () => {
    const w = new EventTarget() as unknown as Window;
    const t = keep(storageTransport('deck-sync:y', w));
    const handler = vi.fn();
    t.subscribe(handler);
    const fire = (key: string, newValue: string | null) => w.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    fire('deck-sync:other', JSON.stringify({ msg: hello }));
    fire('deck-sync:y', '{not json');
    fire('deck-sync:y', null);
    fire('deck-sync:y', JSON.stringify({ msg: { type: 'hello' } }));
    expect(handler).not.toHaveBeenCalled();
    fire('deck-sync:y', JSON.stringify({ msg: hello }));
    expect(handler).toHaveBeenCalledWith(hello);
  });

  it('does not throw when storage is unavailable', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const t = keep(storageTransport('deck-sync:z', new EventTarget() as unknown as Window));
    expect(() => t.post(hello)).not.toThrow();
  });

  it('stops listening on close', () => {
    const w = new EventTarget() as unknown as Window;
    const t = storageTransport('deck-sync:w', w);
    const handler = vi.fn();
    t.subscribe(handler);
    t.close();
    w.dispatchEvent(Object.assign(new Event('storage'), { key: 'deck-sync:w', newValue: JSON.stringify({ msg: hello }) }));
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('createTransport', () => {
  it('gives two windows of one deck a working channel', async () => {
    const a = keep(createTransport('My deck', 'broadcast'));
    const b = keep(createTransport('My deck', 'broadcast'));
    const got = nextMessage(b);
    a.post(hello);
    expect(await got).toEqual(hello);
  });
});
