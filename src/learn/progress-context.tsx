import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Position } from '../deck/nav.ts';
import { UNAVAILABLE_NOTICE, UNREADABLE_NOTICE } from './local-progress-store.ts';
import { fitProgressToDeck } from './progress-schema.ts';
import { emptyProgress, type CheckRecord, type DeckProgress, type ExerciseRecord, type ProgressApi, type ProgressStore } from './progress-types.ts';
import { useTimeOnSlides } from './use-time-on-slides.ts';

interface Tracker {
  visit(pos: Position): void;
  addTime(ms: number): void;
}

const ApiContext = createContext<ProgressApi | null>(null);
const TrackerContext = createContext<Tracker | null>(null);

interface State {
  progress: DeckProgress;
  notice: string | null;
}

/**
 * Holds the learner's progress in React state and writes every change through the store at
 * once (a few hundred bytes, a handful of times a minute), so a closed tab loses nothing.
 * `storageKey` (the localStorage key) lets another tab's writes replace ours: the newest
 * tab to write wins, instead of two tabs overwriting each other with stale copies.
 */
export function ProgressProvider({ store, slideSteps, storageKey, children }: { store: ProgressStore; slideSteps?: readonly number[]; storageKey?: string; children: ReactNode }) {
  const fit = useCallback((p: DeckProgress) => (slideSteps ? fitProgressToDeck(p, slideSteps) : p), [slideSteps]);
  const [state, setState] = useState<State>(() => {
    const { progress, notice } = store.load();
    return { progress: fit(progress), notice };
  });
  const latest = useRef(state.progress);

  const update = useCallback(
    (change: (p: DeckProgress) => DeckProgress) => {
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      const saved = store.save(next);
      setState((s) => ({ progress: next, notice: saved ? s.notice : UNAVAILABLE_NOTICE }));
    },
    [store],
  );

  useEffect(() => {
    if (!storageKey) return;
    const onStorage = (e: StorageEvent) => {
      if (e.key !== storageKey && e.key !== null) return;
      const { progress, notice } = store.load();
      // Another tab wrote something we cannot read: keep ours rather than start over.
      if (notice && e.newValue !== null) return;
      latest.current = fit(progress);
      setState((s) => ({ ...s, progress: latest.current }));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, storageKey, fit]);

  const recordCheck = useCallback(
    (id: string, record: CheckRecord | null) =>
      update((p) => {
        if (!record && !(id in p.checks)) return p;
        const checks = { ...p.checks };
        if (record) checks[id] = { selected: [...record.selected], status: record.status, correct: record.correct };
        else delete checks[id];
        return { ...p, checks };
      }),
    [update],
  );
  const recordExercise = useCallback(
    (id: string, record: ExerciseRecord | null) =>
      update((p) => {
        const { [id]: _, ...others } = p.exercises;
        return { ...p, exercises: record ? { ...others, [id]: record } : others };
      }),
    [update],
  );
  const startOver = useCallback(() => {
    store.clear();
    latest.current = emptyProgress();
    // Clearing answers the "couldn't be read" notice; "can't be saved" still holds.
    setState((s) => ({ progress: latest.current, notice: s.notice === UNREADABLE_NOTICE ? null : s.notice }));
  }, [store]);

  const visit = useCallback(
    ({ slide, step }: Position) =>
      update((p) => {
        const seen = p.visited.includes(slide);
        if (seen && p.lastPosition?.slide === slide && p.lastPosition.step === step) return p;
        const visited = seen ? p.visited : [...p.visited, slide].sort((a, b) => a - b);
        return { ...p, visited, lastPosition: { slide, step } };
      }),
    [update],
  );
  const addTime = useCallback((ms: number) => update((p) => ({ ...p, timeSpentMs: p.timeSpentMs + Math.round(ms) })), [update]);

  const api = useMemo<ProgressApi>(
    () => ({ progress: state.progress, notice: state.notice, recordCheck, recordExercise, startOver }),
    [state, recordCheck, recordExercise, startOver],
  );
  const tracker = useMemo<Tracker>(() => ({ visit, addTime }), [visit, addTime]);
  return (
    <ApiContext.Provider value={api}>
      <TrackerContext.Provider value={tracker}>{children}</TrackerContext.Provider>
    </ApiContext.Provider>
  );
}

export function useProgress(): ProgressApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useProgress() needs a <ProgressProvider> above it (src/main.tsx wraps the app in one).');
  return api;
}

/**
 * Called by the learner view only: marks the slide visited, remembers the position to
 * resume at, and counts time on the slides. Presenter and audience views never call it.
 */
export function useTrackPosition(pos: Position) {
  const tracker = useContext(TrackerContext);
  if (!tracker) throw new Error('useTrackPosition() needs a <ProgressProvider> above it.');
  const { visit, addTime } = tracker;
  useEffect(() => visit({ slide: pos.slide, step: pos.step }), [visit, pos.slide, pos.step]);
  useTimeOnSlides(addTime);
}
