import type { Exercise } from '../content/exercise-types.ts';
import type { SlideMeta } from '../content/deck-types.ts';
import { InlineText } from '../learn/exercise/inline-text.tsx';

export const exercisePageId = (id: string) => `print-exercise-${id}`;

/**
 * An exercise on paper: its task, room to write, and with the answers its hints and a
 * solution (plain monospace, as the reader would type it: no highlighter in the handout).
 */
export function PrintExercise({ slide, exercise, answers }: { slide: SlideMeta; exercise: Exercise; answers: boolean }) {
  const headingId = `${exercisePageId(exercise.id)}-title`;
  return (
    <>
      <p className="print-slide-label">With slide {slide.number}: {slide.title}</p>
      <h2 id={headingId} className="print-exercise-title">
        {exercise.title}
      </h2>
      <p className="print-exercise-task">
        <InlineText text={exercise.task} />
      </p>
      <p className="print-exercise-label">
        <InlineText text={exercise.label} />:
      </p>
      <div className="print-exercise-space" aria-hidden="true" />
      {answers ? (
        <>
          <h3 className="print-exercise-subheading">Hints</h3>
          <ol className="print-exercise-hints">
            {exercise.hints.map((hint, i) => (
              <li key={i}>
                <InlineText text={hint} />
              </li>
            ))}
          </ol>
          <h3 className="print-exercise-subheading">A solution</h3>
          {exercise.solutionNote ? (
            <p>
              <InlineText text={exercise.solutionNote} />
            </p>
          ) : null}
          <pre className="print-exercise-solution">
            <code>{exercise.solution.trimEnd()}</code>
          </pre>
        </>
      ) : null}
    </>
  );
}
