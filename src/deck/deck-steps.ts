import { useManifest } from './deck-store.ts';
import type { DeckManifest } from '../content/deck-types.ts';

const cache = new WeakMap<DeckManifest, readonly number[]>();

/** The step count of every slide (`steps[i]` is slide i+1's), one list per manifest. */
export function deckSteps(manifest: DeckManifest): readonly number[] {
  let steps = cache.get(manifest);
  if (!steps) {
    steps = manifest.slides.map((s) => s.steps);
    cache.set(manifest, steps);
  }
  return steps;
}

export function useDeckSteps(): readonly number[] {
  return deckSteps(useManifest());
}
