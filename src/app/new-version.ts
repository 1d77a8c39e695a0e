import { lazy, useSyncExternalStore, type ComponentType } from 'react';

/*
 * "A new version is available": raised when a lazy chunk fails to load (a redeploy replaced the
 * files this page was built with) or when the service worker holds a newer version. Lives in the
 * entry chunk on purpose: the prompt must show when no other chunk can load.
 */
let available = false;
let waitingWorker: ServiceWorker | null = null;
const listeners = new Set<() => void>();

export function announceNewVersion(worker: ServiceWorker | null = null): void {
  if (worker) waitingWorker = worker;
  if (available) return;
  available = true;
  for (const l of listeners) l();
}

export function useNewVersionAvailable(): boolean {
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const get = () => available;
  return useSyncExternalStore(subscribe, get, () => false);
}

/** Reloads into the new version: a waiting service worker takes over first, else a plain reload fetches it. */
export function reloadToNewVersion(): void {
  // The SCORM package has no worker (and must not name one): the bundler drops this branch there.
  const sw = import.meta.env.MODE === 'scorm' || typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (waitingWorker && sw) {
    sw.addEventListener('controllerchange', () => location.reload(), { once: true });
    waitingWorker.postMessage({ type: 'SKIP_WAITING' });
    // If the worker does not answer (already gone), reload anyway.
    setTimeout(() => location.reload(), 3000);
    return;
  }
  location.reload();
}

// A lazy chunk's CSS that no longer exists (a redeploy) makes Vite's preload helper raise this event,
// and throw where nothing can catch it unless the event is cancelled: offer the new version instead.
if (typeof window !== 'undefined') {
  window.addEventListener('vite:preloadError', (e) => {
    e.preventDefault();
    announceNewVersion();
  });
}

const Nothing = () => null;

/**
 * React.lazy whose failed import offers the new version and renders `Fallback` (nothing unless
 * given) instead of the router's error page.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint React.lazy itself has
export function lazyOrNewVersion<T extends ComponentType<any>>(load: () => Promise<{ default: T }>, Fallback: ComponentType = Nothing) {
  const stale = () => {
    announceNewVersion();
    return { default: Fallback as unknown as T };
  };
  // Vite's preload helper resolves to undefined (it does not reject) once the vite:preloadError
  // event below is cancelled, so a missing module counts as a failure too.
  return lazy(() => load().then((m) => (m && m.default ? m : stale()), stale));
}
