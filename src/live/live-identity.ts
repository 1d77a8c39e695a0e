const ATTENDEE_KEY = 'live-attendee-id';
const PRESENTER_KEY = 'live-presenter-key';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The attendee's random id, kept in this browser so an answer stays theirs across reloads and
 * reconnects. It names a device, never a person; the server never shows it to anyone.
 */
export function attendeeId(storage: Pick<Storage, 'getItem' | 'setItem'> | null): string {
  try {
    const kept = storage?.getItem(ATTENDEE_KEY);
    if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
    const id = randomId();
    storage?.setItem(ATTENDEE_KEY, id);
    return id;
  } catch {
    return randomId();
  }
}

/** The key in a presenter link's fragment (`#/presenter/1?key=...`), or null. */
export function keyFromHash(hash: string): string | null {
  const query = hash.split('?')[1];
  if (!query) return null;
  const key = new URLSearchParams(query).get('key');
  return key && key.length <= 128 ? key : null;
}

/** Whether this tab's storage holds `key`, so the address bar need not carry it for a reload. */
export function keyIsKept(key: string, storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(PRESENTER_KEY) === key;
  } catch {
    return false;
  }
}

/**
 * The presenter key for this tab: from the link when it has one (then kept in sessionStorage,
 * so the view can drop it from the address bar and a reload still works), else the kept one.
 */
export function presenterKey(hash: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  const fromLink = keyFromHash(hash);
  try {
    if (fromLink) storage?.setItem(PRESENTER_KEY, fromLink);
    return fromLink ?? storage?.getItem(PRESENTER_KEY) ?? null;
  } catch {
    return fromLink;
  }
}
