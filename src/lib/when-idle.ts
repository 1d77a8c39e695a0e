/**
 * Runs `task` when the browser is idle, at the latest after `timeout` ms; where
 * requestIdleCallback is missing, after `fallbackDelay` ms. Returns a cancel.
 */
export function whenIdle(task: () => void, timeout: number, fallbackDelay: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, fallbackDelay);
  return () => window.clearTimeout(id);
}
