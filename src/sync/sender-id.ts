/** A random id per window instance, so a window can tell its own messages from others'. */
export function newSenderId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
