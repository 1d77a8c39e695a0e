/** The id of the block below the slide and its script that holds the slide's exercise and checks. */
export const PRACTICE_ID = 'practice';

/** "2 questions below": on the slide, a way down to its exercise and checks; nothing when it has neither. */
export function PracticeCue({ checks, exercise }: { checks: number; exercise: boolean }) {
  const words = practiceWords(checks, exercise);
  if (!words) return null;
  const jump = () => {
    const target = document.getElementById(PRACTICE_ID);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <p className="practice-cue">
      {/* A button, not a fragment link: the address's hash is the router's. */}
      <button type="button" className="practice-cue-link" onClick={jump}>
        {words} <span aria-hidden="true">↓</span>
      </button>
    </p>
  );
}

export function practiceWords(checks: number, exercise: boolean): string {
  const questions = checks === 1 ? '1 question' : `${checks} questions`;
  if (exercise && checks > 0) return `An exercise and ${questions} below`;
  if (exercise) return 'An exercise below';
  if (checks > 0) return `${questions} below`;
  return '';
}
