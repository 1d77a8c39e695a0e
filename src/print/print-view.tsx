import './print.css';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ANSWERS_ID, PrintCover, slidePageId } from './print-cover.tsx';
import { PrintAnswers } from './print-answers.tsx';
import { answersFromSearch, contentBox, pageRule, paginate, PAPER, PX_PER_MM, type Pagination } from './print-pages.ts';
import { exercisePageId, PrintExercise } from './print-exercise.tsx';
import { PrintSlidePage } from './print-slide-page.tsx';
import { usePrintExercises } from './use-print-exercises.ts';
import { useAllSlides, useManifest } from '../deck/deck-store.ts';
import { ThemeToggle } from '../app/theme-toggle.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { useAdoptedStyle } from '../lib/use-adopted-style.ts';

const BOX = contentBox(PAPER);

/**
 * Resolves once the fonts the handout uses have loaded, so measuring and printing see the final
 * text metrics. Asked for by name: a face no element has used yet would not be awaited.
 */
function useFontsReady(enabled: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    const done = () => live && setReady(true);
    if (!fonts) {
      done();
    } else {
      const faces = ['400 11pt "Inter Variable"', '700 11pt "Inter Variable"', '400 9pt "JetBrains Mono Variable"'];
      void Promise.all(faces.map((f) => fonts.load(f).catch(() => [])))
        .then(() => fonts.ready)
        .then(done, done);
    }
    return () => {
      live = false;
    };
  }, [enabled]);
  return ready;
}

/** Lays every page out at the printed width for a moment (no paint in between) and reads its height. */
function measurePages(sheet: HTMLElement): Pagination {
  sheet.classList.add('is-measuring');
  try {
    const heights = [...sheet.querySelectorAll<HTMLElement>('.print-page-body')].map((el) => el.getBoundingClientRect().height);
    return paginate(heights, BOX.heightMm * PX_PER_MM);
  } finally {
    sheet.classList.remove('is-measuring');
  }
}

function backTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/print') ? from : '/';
}

/**
 * The handout at #/print: a contents page, every slide at its last step with its script, each
 * exercise's task, and with `?answers=1` (the trainer's link) the exercises' hints and solutions
 * and the answers to the knowledge checks.
 */
export function PrintView() {
  const manifest = useManifest();
  const contents = useAllSlides();
  const [params, setParams] = useSearchParams();
  // Kept here as well as in the URL: the router applies the new address a moment later, and the
  // checkbox must not flick back in between.
  const fromUrl = answersFromSearch(params);
  const [answers, setAnswersNow] = useState(fromUrl);
  useEffect(() => setAnswersNow(fromUrl), [fromUrl]);
  const location = useLocation();
  const exercises = usePrintExercises(manifest.slides);
  const fontsReady = useFontsReady(contents !== undefined);
  const sheet = useRef<HTMLElement>(null);
  const [pagination, setPagination] = useState<{ answers: boolean; value: Pagination } | null>(null);

  useDocumentTitle(`${manifest.title} – handout`);
  useAdoptedStyle(pageRule(manifest.title));

  useLayoutEffect(() => {
    if (!contents || !exercises || !fontsReady || !sheet.current) return;
    setPagination({ answers, value: measurePages(sheet.current) });
  }, [contents, exercises, fontsReady, answers]);

  const measured = pagination?.answers === answers ? pagination.value : undefined;
  const ready = contents !== undefined && exercises !== undefined && measured !== undefined;
  const byNumber = new Map((contents ?? []).map((c) => [c.number, c]));

  const setAnswers = (on: boolean) => {
    setAnswersNow(on);
    const next = new URLSearchParams(params);
    if (on) next.set('answers', '1');
    else next.delete('answers');
    setParams(next, { replace: true, state: location.state });
  };

  const style = { '--print-width': `${BOX.widthMm}mm`, '--print-margin': `${PAPER.marginSideMm}mm`, '--print-height': `${BOX.heightMm}mm` } as CSSProperties;
  return (
    <div className="print-view" data-ready={ready ? 'true' : 'false'} data-pages={measured?.total} style={style}>
      <header className="print-toolbar">
        <Link to={backTarget(location.state)} className="button">
          ← Back to the deck
        </Link>
        <label className="print-option">
          <input type="checkbox" checked={answers} onChange={(e) => setAnswers(e.target.checked)} />
          Include answers to the knowledge checks
        </label>
        <button type="button" className="button primary" onClick={() => window.print()} disabled={!ready}>
          Print
        </button>
        <ThemeToggle />
        <p className="print-status" role="status">
          {measured ? `Ready to print: ${measured.total} ${PAPER.name} pages.` : 'Preparing the handout…'}
        </p>
      </header>
      <main className="print-sheet" id="main" ref={sheet}>
        <section className="print-page print-cover" aria-labelledby="print-deck-title">
          <div className="print-page-body">
            <PrintCover manifest={manifest} exercises={exercises ?? []} starts={measured?.starts.slice(1)} answers={answers} />
          </div>
        </section>
        {manifest.slides.map((meta) => {
          const content = byNumber.get(meta.number);
          if (!content) return null;
          return (
            <section key={meta.number} id={slidePageId(meta.number)} className="print-page" aria-labelledby={`print-slide-title-${meta.number}`} tabIndex={-1}>
              <div className="print-page-body">
                <PrintSlidePage meta={meta} content={content} total={manifest.slides.length} />
              </div>
            </section>
          );
        })}
        {(exercises ?? []).map(({ slide, exercise }) => (
          <section
            key={exercise.id}
            id={exercisePageId(exercise.id)}
            className="print-page print-exercise"
            aria-labelledby={`${exercisePageId(exercise.id)}-title`}
            tabIndex={-1}
          >
            <div className="print-page-body">
              <PrintExercise slide={slide} exercise={exercise} answers={answers} />
            </div>
          </section>
        ))}
        {answers && contents ? (
          <section id={ANSWERS_ID} className="print-page print-answers" aria-labelledby="print-answers-title" tabIndex={-1}>
            <div className="print-page-body">
              <PrintAnswers slides={manifest.slides} contents={contents} />
            </div>
          </section>
        ) : null}
      </main>
    </div>
  );
}
