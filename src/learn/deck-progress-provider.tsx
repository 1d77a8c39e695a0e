import { use, useState, type ReactNode } from 'react';
import type { DeckManifest } from '../content/deck-types.ts';
import { useManifest } from '../deck/deck-store.ts';
import { deckSteps } from '../deck/deck-steps.ts';
import { findScormApi } from '../lms/find-api.ts';
import type { StartedStore } from '../lms/start-scorm.ts';
import { createLocalProgressStore } from './local-progress-store.ts';
import { ProgressProvider } from './progress-context.tsx';

/**
 * Chosen once per page: inside a learning platform's frame (a SCORM API among the parents or
 * openers) progress goes to the platform, and that code is loaded only then; anywhere else it
 * stays in this browser's localStorage. Module-level, so StrictMode's second render does not
 * initialize the platform twice.
 */
let choice: { local: StartedStore } | { lms: Promise<StartedStore> } | undefined;

function chooseStore(manifest: DeckManifest) {
  if (choice) return choice;
  const found = findScormApi();
  if (found) choice = { lms: import('../lms/start-scorm.ts').then((m) => m.startScorm(found, manifest)) };
  else {
    const local = createLocalProgressStore(manifest.title);
    choice = { local: { store: local, storageKey: local.key } };
  }
  return choice;
}

/** The app's progress store, fitted to the deck's current slides. */
export function DeckProgressProvider({ children }: { children: ReactNode }) {
  const manifest = useManifest();
  const [chosen] = useState(() => chooseStore(manifest));
  const steps = deckSteps(manifest);
  return 'lms' in chosen ? (
    <PlatformProgress started={chosen.lms} steps={steps}>
      {children}
    </PlatformProgress>
  ) : (
    <ProgressProvider store={chosen.local.store} slideSteps={steps} storageKey={chosen.local.storageKey}>
      {children}
    </ProgressProvider>
  );
}

/** Waits (suspends) for the platform's saved state, so the first render already shows Resume. */
function PlatformProgress({ started, steps, children }: { started: Promise<StartedStore>; steps: readonly number[]; children: ReactNode }) {
  const { store, storageKey } = use(started);
  return (
    <ProgressProvider store={store} slideSteps={steps} {...(storageKey ? { storageKey } : {})}>
      {children}
    </ProgressProvider>
  );
}
