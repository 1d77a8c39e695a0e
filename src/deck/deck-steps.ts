import type { DeckManifest } from '../content/deck-types.ts';

const cache = new WeakMap<DeckManifest, readonly number[]>();
let newest: readonly number[] = [];

/**
 * The step count of every slide (`steps[i]` is slide i+1's), one list per manifest. A new
 * manifest with the same counts (a hot update that changed only text) keeps the same list, so
 * what depends on it does not recompute.
 */
export function deckSteps(manifest: DeckManifest): readonly number[] {
  let steps = cache.get(manifest);
  if (!steps) {
    const counts = manifest.slides.map((s) => s.steps);
    steps = counts.length === newest.length && counts.every((c, i) => c === newest[i]) ? newest : counts;
    newest = steps;
    cache.set(manifest, steps);
  }
  return steps;
}
