import { Component, Suspense, use, type ReactNode } from 'react';
import { announceNewVersion, lazyOrNewVersion } from '../../app/new-version.ts';
import { NewVersionPart } from '../../app/new-version-prompt.tsx';
import type { Exercise } from '../../content/exercise-types.ts';
import { useProgress } from '../progress-context.tsx';

// The exercise, its editor, the Alloy parser and shiki load only on a slide with an exercise,
// and the exercise's data (task, rules, hints, solution) in its own chunk beside them.
const ExercisePanel = lazyOrNewVersion(() => import('./exercise-panel.tsx'), NewVersionPart);

const pending = new Map<string, Promise<Exercise | null>>();
function exerciseData(id: string): Promise<Exercise | null> {
  let p = pending.get(id);
  if (!p) {
    p = import('./exercise-source.ts')
      .then((m) => m.loadExercise(id))
      .catch(() => {
        // A redeploy replaced the exercise's chunks: offer the new version, say so in its place.
        announceNewVersion();
        return null;
      });
    pending.set(id, p);
  }
  return p;
}

/** A slide's exercise (front matter `exercise:`), wired to the learner's saved progress. */
export function SavedExercise({ id }: { id: string | undefined }) {
  if (id === undefined) return null;
  return (
    <LoadFailure>
      <Suspense fallback={<p className="muted">Loading the exercise…</p>}>
        <ExerciseById id={id} />
      </Suspense>
    </LoadFailure>
  );
}

function ExerciseById({ id }: { id: string }) {
  const { progress, recordExercise } = useProgress();
  const exercise = use(exerciseData(id));
  // The build refuses a slide naming an exercise it lacks, so this is a stale chunk at most.
  if (!exercise) return <NewVersionPart />;
  return <ExercisePanel key={id} exercise={exercise} record={progress.exercises[id] ?? null} onRecord={(r) => recordExercise(id, r)} />;
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
