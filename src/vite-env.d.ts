/// <reference types="vite/client" />

declare module 'virtual:deck' {
  import type { DeckManifest, SlideContent } from './content/deck-types.ts';
  export const manifest: DeckManifest;
  export const loaders: Record<number, () => Promise<{ default: SlideContent | null }>>;
}
