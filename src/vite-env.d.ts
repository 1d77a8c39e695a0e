/// <reference types="vite/client" />

declare module 'virtual:deck' {
  import type { DeckManifest, SlideContent } from './content/deck-types.ts';
  export const manifest: DeckManifest;
  export const loaders: Record<number, () => Promise<{ default: SlideContent | null }>>;
}

declare module 'virtual:exercises' {
  import type { Exercise } from './content/exercise-types.ts';
  /** One lazy loader per exercise in slides/exercises/, by id. */
  export const exerciseLoaders: Record<string, () => Promise<{ default: Exercise | null }>>;
}
