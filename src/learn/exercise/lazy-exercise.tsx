import { Component, Suspense, type ReactNode } from 'react';
import { lazyOrNewVersion } from '../../app/new-version.ts';
import { useProgress } from '../progress-context.tsx';

// The exercise, its editor, the Alloy parser and shiki load only on a slide with an exercise.
const ExercisePanel = lazyOrNewVersion(() => import('./exercise-panel.tsx'));

/** A slide's exercise (front matter `exercise:`), wired to the learner's saved progress. */
export function SavedExercise({ kind }: { kind: string | undefined }) {
  const { progress, recordExercise } = useProgress();
  if (kind !== 'remotecfg') return null;
  return (
    <LoadFailure>
      <Suspense fallback={<p className="muted">Loading the exercise…</p>}>
        <ExercisePanel record={progress.exercise} onRecord={recordExercise} />
      </Suspense>
    </LoadFailure>
  );
}

/** A chunk that fails to load (offline, a deploy replaced it) costs the exercise, not the page. */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <p className="muted">The exercise couldn't load. Check your connection, then reload the page.</p>;
    return this.props.children;
  }
}
