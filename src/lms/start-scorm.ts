import type { DeckManifest } from '../content/deck-types.ts';
import { createLocalProgressStore } from '../learn/local-progress-store.ts';
import type { ProgressStore } from '../learn/progress-types.ts';
import type { FoundApi } from './find-api.ts';
import { connect } from './scorm-connection.ts';
import { createScormProgressStore } from './scorm-progress-store.ts';

export interface StartedStore {
  store: ProgressStore;
  /** Set when progress stays in localStorage, so other tabs' writes are followed. */
  storageKey?: string;
}

/**
 * Loaded only when a platform's API was found. A platform whose Initialize fails gets no
 * further calls: the learner's progress stays in this browser, as without a platform.
 */
export function startScorm(found: FoundApi, manifest: DeckManifest): StartedStore {
  const conn = connect(found);
  if (!conn.initialize()) {
    const local = createLocalProgressStore(manifest.title);
    return { store: local, storageKey: local.key };
  }
  document.documentElement.dataset.lms = `scorm-${found.edition}`;
  const masteryScore = manifest.scorm?.masteryScore;
  return { store: createScormProgressStore(conn, { slides: manifest.slides, ...(masteryScore === undefined ? {} : { masteryScore }) }) };
}
