import './progress.css';
import { useProgress } from './progress-context.tsx';

/** One line about stored progress (unreadable, or storage unavailable); always in the page, so a later save failure is announced. */
export function ProgressNotice() {
  const { notice } = useProgress();
  return (
    <p className="progress-notice" role="status">
      {notice ? (
        <>
          <span className="progress-notice-icon" aria-hidden="true">
            i
          </span>{' '}
          {notice}
        </>
      ) : null}
    </p>
  );
}
