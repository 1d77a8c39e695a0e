import { useEffect, useState, useSyncExternalStore } from 'react';
import { loaders, manifest as initialManifest } from 'virtual:deck';
import type { DeckManifest, SlideContent } from '../content/deck-types.ts';
import { HMR_MANIFEST_UPDATE, HMR_SLIDE_UPDATE } from '../content/hmr-events.ts';

let manifest: DeckManifest = initialManifest;
const listeners = new Set<() => void>();
const contents = new Map<number, SlideContent>();
const pending = new Map<number, Promise<SlideContent | null>>();

function emit() {
  for (const l of listeners) l();
}

// Dev-server hot updates from the slides plugin: new HTML without a page reload. Only Vite's HMR socket
// can send them, and a production build has no import.meta.hot, so it drops this block entirely.
if (import.meta.hot) {
  import.meta.hot.on(HMR_MANIFEST_UPDATE, (next) => {
    manifest = next;
    emit();
  });
  import.meta.hot.on(HMR_SLIDE_UPDATE, (content) => {
    contents.set(content.number, content);
    emit();
  });
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

const getManifestSnapshot = () => manifest;
export function useManifest(): DeckManifest {
  // The same snapshot serves the build's prerender, which loads its slide before rendering.
  return useSyncExternalStore(subscribe, getManifestSnapshot, getManifestSnapshot);
}

export function getManifest(): DeckManifest {
  return manifest;
}

export function loadSlide(n: number): Promise<SlideContent | null> {
  const cached = contents.get(n);
  if (cached) return Promise.resolve(cached);
  let p = pending.get(n);
  if (!p) {
    const loader = loaders[n];
    p = loader
      ? loader().then((m) => {
          if (m.default) {
            contents.set(n, m.default);
            emit();
          }
          return m.default;
        })
      : Promise.resolve(null);
    pending.set(n, p);
  }
  return p;
}

export function peekSlide(n: number): SlideContent | undefined {
  return contents.get(n);
}

/** The content of slide n, loading it when needed; also warms the next slide. */
export function useSlideContent(n: number): SlideContent | undefined {
  // loadSlide emits when a slide arrives, so the store alone re-renders its readers.
  const get = () => contents.get(n);
  const content = useSyncExternalStore(subscribe, get, get);
  useEffect(() => {
    void loadSlide(n);
    if (loaders[n + 1]) void loadSlide(n + 1);
  }, [n]);
  return content;
}

export function useAllSlides(): SlideContent[] | undefined {
  const m = useManifest();
  const [all, setAll] = useState<SlideContent[] | undefined>();
  useEffect(() => {
    let live = true;
    void Promise.all(m.slides.map((s) => loadSlide(s.number))).then((list) => {
      if (live) setAll(list.filter((c): c is SlideContent => c !== null));
    });
    return () => {
      live = false;
    };
  }, [m]);
  return all;
}
