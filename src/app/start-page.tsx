import { Link, useNavigate } from 'react-router';
import { useManifest } from '../deck/deck-store.ts';
import { formatMinutes } from '../lib/time-format.ts';
import { positionPath } from '../deck/position-address.ts';
import { summarize } from '../learn/deck-summary.ts';
import { useProgress } from '../learn/progress-context.tsx';
import { ProgressNotice } from '../learn/progress-notice.tsx';
import { progressWords } from '../learn/progress-words.ts';
import { SlideStateLabel } from '../learn/slide-state-label.tsx';
import { StartOver } from '../learn/start-over.tsx';
import { useDocumentTitle } from './use-document-title.ts';

export function StartPage() {
  const manifest = useManifest();
  const { progress, startOver } = useProgress();
  const go = useNavigate();
  useDocumentTitle(manifest.title);
  const total = manifest.slides.reduce((sum, s) => sum + s.minutes, 0);
  const last = progress.lastPosition;
  const lastMeta = last ? manifest.slides[last.slide - 1] : undefined;
  const started = lastMeta !== undefined || progress.visited.length > 0;
  const complete = started && summarize(manifest.slides, progress).complete;
  const visited = manifest.slides.filter((s) => progress.visited.includes(s.number)).length;

  return (
    <main className="page start-page" id="main">
      <h1>{manifest.title}</h1>
      <ProgressNotice />
      <p className="lede">
        {manifest.slides.length} slides · about {formatMinutes(total)}. Read each slide with its script beside it, at your own pace.
      </p>
      {started ? (
        <p className="start-tally">
          You’ve visited {visited} of {manifest.slides.length} slides · {progressWords(manifest.slides, progress, null)}
        </p>
      ) : null}
      <div className="actions">
        {last && lastMeta ? (
          <>
            <Link className="button primary" to={positionPath('slides', last)}>
              Resume at slide {last.slide}: {lastMeta.title}
            </Link>
            <StartOver
              onConfirm={() => {
                startOver();
                go('/slides/1');
              }}
            />
          </>
        ) : (
          <Link className="button primary" to="/slides/1">
            Start
          </Link>
        )}
        {complete ? (
          <Link className="button" to="/summary">
            See your summary
          </Link>
        ) : null}
        <Link className="button" to="/print">
          Print handout
        </Link>
      </div>
      <h2>Slides</h2>
      <ol className="slide-list">
        {manifest.slides.map((s) => (
          <li key={s.number}>
            <Link to={`/slides/${s.number}`}>{s.title}</Link> <span className="muted">· {formatMinutes(s.minutes)}</span>
            {started ? (
              <>
                {' '}
                <SlideStateLabel meta={s} progress={progress} />
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}
