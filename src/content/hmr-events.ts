import type { DeckManifest, SlideContent } from './deck-types.ts';

/**
 * The dev server's hot-update messages, sent by the slides plugin (src/node/vite-plugin-slides.ts) over
 * Vite's own HMR socket and heard through `import.meta.hot.on` in src/deck/deck-store.ts. They are not
 * window events: a production build has no `import.meta.hot`, so nothing there can be told to swap HTML.
 */
export const HMR_SLIDE_UPDATE = 'deck:slide-update';
export const HMR_MANIFEST_UPDATE = 'deck:manifest-update';

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    [HMR_SLIDE_UPDATE]: SlideContent;
    [HMR_MANIFEST_UPDATE]: DeckManifest;
  }
}
