import { useMemo, useState, type ReactNode } from 'react';
import { useManifest } from '../deck/deck-store.ts';
import { createLocalProgressStore } from './local-progress-store.ts';
import { ProgressProvider } from './progress-context.tsx';
import { checkIdsOf } from './slide-state.ts';

/** The app's progress: this deck's localStorage key, fitted to the deck's current slides. */
export function DeckProgressProvider({ children }: { children: ReactNode }) {
  const manifest = useManifest();
  const [store] = useState(() => createLocalProgressStore(manifest.title));
  const stepsKey = manifest.slides.map((s) => s.steps).join(',');
  const steps = useMemo(() => stepsKey.split(',').filter(Boolean).map(Number), [stepsKey]);
  const idsKey = manifest.slides.flatMap(checkIdsOf).join(',');
  const checkIds = useMemo(() => new Set(idsKey.split(',').filter(Boolean)), [idsKey]);
  return (
    <ProgressProvider store={store} slideSteps={steps} checkIds={checkIds} storageKey={store.key}>
      {children}
    </ProgressProvider>
  );
}
