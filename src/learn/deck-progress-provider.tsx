import { useState, type ReactNode } from 'react';
import { useManifest } from '../deck/deck-store.ts';
import { deckSteps } from '../deck/deck-steps.ts';
import { createLocalProgressStore } from './local-progress-store.ts';
import { ProgressProvider } from './progress-context.tsx';

/** The app's progress: this deck's localStorage key, fitted to the deck's current slides. */
export function DeckProgressProvider({ children }: { children: ReactNode }) {
  const manifest = useManifest();
  const [store] = useState(() => createLocalProgressStore(manifest.title));
  const steps = deckSteps(manifest);
  return (
    <ProgressProvider store={store} slideSteps={steps} storageKey={store.key}>
      {children}
    </ProgressProvider>
  );
}
