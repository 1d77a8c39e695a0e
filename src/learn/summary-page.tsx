import './summary.css';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.ts';
import type { SlideContent, SlideMeta } from '../content/deck-types.ts';
import { useAllSlides, useManifest } from '../deck/deck-store.ts';
import { exerciseStatuses, exerciseStatusText, partialScore, partialScoreText, summarize, type CheckRef, type ExerciseRef } from './deck-summary.ts';
import { formatDuration } from '../lib/time-format.ts';
import { useProgress } from './progress-context.tsx';
import { ProgressNotice } from './progress-notice.tsx';
import { MAX_TIME_SPENT_MS } from './progress-schema.ts';
import { progressWords } from './progress-words.ts';

const OUTCOME_TEXT: Record<CheckRef['outcome'], string> = {
  correct: 'correct',
  wrong: 'answered wrong',
  revealed: 'answer revealed',
  unanswered: 'not answered yet',
};

/** The end of the deck: score, time and what to look at again; before that, what is left. */
export function SummaryPage() {
  const manifest = useManifest();
  const { progress } = useProgress();
  const contents = useAllSlides();
  useDocumentTitle(`Your summary · ${manifest.title}`);
  if (!contents) {
    // The score is graded from the checks themselves, so it waits for the slides that hold them.
    return (
      <main className="page" id="main">
        <p>Loading your summary…</p>
      </main>
    );
  }
  const summary = summarize(
    manifest.slides,
    progress,
    contents.flatMap((c) => c.checks),
  );
  const metaOf = (n: number) => manifest.slides[n - 1];
  const visited = manifest.slides.length - summary.unvisited.length;
  const exercises = exerciseStatuses(manifest.slides, progress);
  const exercisesOpen = exercises.filter((e) => e.status !== 'passed');

  return (
    <main className="page summary-page" id="main">
      <p className="eyebrow">
        <Link to="/">{manifest.title}</Link>
      </p>
      <h1>Your summary</h1>
      <ProgressNotice />
      {summary.complete ? (
        <>
          <p className="lede">You’ve read every slide and answered every check.</p>
          <dl className="summary-figures">
            <div>
              <dt>Score</dt>
              <dd>
                {summary.correct} of {summary.total} checks correct
              </dd>
            </div>
            <ExerciseFigures exercises={exercises} />
            <div>
              <dt>Time spent</dt>
              <dd>{formatDuration(Math.min(progress.timeSpentMs, MAX_TIME_SPENT_MS))}</dd>
            </div>
            <div>
              <dt>Slides</dt>
              <dd>
                {visited} of {manifest.slides.length} visited
              </dd>
            </div>
          </dl>
          <p className="muted summary-rule">
            A check counts as correct when the answer you checked was right. A check where you chose Show answer counts as not correct.
          </p>
          <h2>Worth another look</h2>
          {summary.missed.length === 0 && exercisesOpen.length === 0 ? (
            <p>You answered every check correctly{exercises.length > 0 ? ' and passed the exercise' : ''}. Nothing to look at again.</p>
          ) : (
            <>
              {summary.missed.length > 0 ? <CheckList refs={summary.missed} slides={manifest.slides} contents={contents} /> : null}
              <ExerciseList refs={exercisesOpen} slides={manifest.slides} />
            </>
          )}
        </>
      ) : (
        <>
          <p className="lede">
            Your summary appears once every slide is visited and every check answered. You’ve visited {visited} of {manifest.slides.length} slides ·{' '}
            {progressWords(manifest.slides, progress, null)}.
          </p>
          <h2>So far</h2>
          <dl className="summary-so-far">
            {summary.total > 0 ? (
              <div>
                <dt>Checks</dt>
                <dd>{partialScoreText(partialScore(summary))}</dd>
              </div>
            ) : null}
            <ExerciseFigures exercises={exercises} />
          </dl>
          <h2>What’s left</h2>
          {summary.unvisited.length > 0 ? (
            <>
              <h3>Slides not visited</h3>
              <ul className="summary-list">
                {summary.unvisited.map((n) => (
                  <li key={n}>
                    <Link to={`/slides/${n}`}>
                      Slide {n}: {metaOf(n)?.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {summary.unanswered.length > 0 ? (
            <>
              <h3>Checks not answered</h3>
              <CheckList refs={summary.unanswered} slides={manifest.slides} contents={contents} />
            </>
          ) : null}
          {exercisesOpen.length > 0 ? (
            <>
              <h3>{exercisesOpen.length === 1 ? 'Exercise not passed' : 'Exercises not passed'}</h3>
              <ExerciseList refs={exercisesOpen} slides={manifest.slides} />
            </>
          ) : null}
        </>
      )}
      <p className="actions">
        <Link className="button" to="/">
          All slides
        </Link>
      </p>
    </main>
  );
}

/** One figure per exercise: the deck has one today, and a second one gets its own slide's name. */
function ExerciseFigures({ exercises }: { exercises: ExerciseRef[] }) {
  return exercises.map((e) => (
    <div key={e.id}>
      <dt>{exercises.length === 1 ? 'Exercise' : `Exercise, slide ${e.slide}`}</dt>
      <dd data-exercise-status={e.status}>{exerciseStatusText(e)}</dd>
    </div>
  ));
}

function ExerciseList({ refs, slides }: { refs: ExerciseRef[]; slides: readonly SlideMeta[] }) {
  if (refs.length === 0) return null;
  return (
    <ul className="summary-list summary-exercises">
      {refs.map((e) => (
        <li key={e.id}>
          <Link to={`/slides/${e.slide}`}>
            Slide {e.slide}: {slides[e.slide - 1]?.title}, the exercise
          </Link>{' '}
          <span className="summary-outcome" data-outcome={e.status}>
            {exerciseStatusText(e)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function CheckList({ refs, slides, contents }: { refs: CheckRef[]; slides: readonly SlideMeta[]; contents: SlideContent[] | undefined }) {
  return (
    <ul className="summary-list">
      {refs.map((r) => {
        // Build-time HTML from the slide's own check (inline markdown only), as the check widget shows it.
        const questionHtml = contents?.find((c) => c.number === r.slide)?.checks.find((c) => c.id === r.id)?.questionHtml;
        return (
          <li key={r.id}>
            <Link to={`/slides/${r.slide}`}>
              Slide {r.slide}: {slides[r.slide - 1]?.title}, check {r.index}
            </Link>
            {r.outcome !== 'unanswered' ? (
              <>
                {' '}
                <span className="summary-outcome" data-outcome={r.outcome}>
                  <span aria-hidden="true">{r.outcome === 'wrong' ? '✗' : '◐'}</span> {OUTCOME_TEXT[r.outcome]}
                </span>
              </>
            ) : null}
            {questionHtml ? <span className="summary-question" dangerouslySetInnerHTML={{ __html: questionHtml }} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
