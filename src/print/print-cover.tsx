import type { MouseEvent } from 'react';
import type { DeckManifest } from '../content/deck-types.ts';
import { exercisePageId } from './print-exercise.tsx';
import type { PrintExercise } from './use-print-exercises.ts';
import { formatMinutes } from '../lib/time-format.ts';

interface Props {
  manifest: DeckManifest;
  exercises: readonly PrintExercise[];
  /** The first page of each slide, of each exercise, then of the answers when included; undefined until measured. */
  starts: number[] | undefined;
  answers: boolean;
}

export const slidePageId = (n: number) => `print-slide-${n}`;
export const ANSWERS_ID = 'print-answers';

/**
 * The fragment links turn into links inside the PDF; on screen the hash router owns the
 * fragment, so a click scrolls instead of navigating.
 */
function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  e.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The handout's first page: the deck title and its contents with page numbers. */
export function PrintCover({ manifest, exercises, starts, answers }: Props) {
  const total = manifest.slides.reduce((sum, s) => sum + s.minutes, 0);
  const entries = [
    ...manifest.slides.map((s) => ({ id: slidePageId(s.number), label: `${s.number}. ${s.title}` })),
    ...exercises.map(({ exercise }) => ({ id: exercisePageId(exercise.id), label: exercise.title })),
    ...(answers ? [{ id: ANSWERS_ID, label: 'Answers to the knowledge checks' }] : []),
  ].map((e, i) => ({ ...e, page: starts?.[i] }));
  const exerciseWords = exercises.length === 0 ? '' : exercises.length === 1 ? ', the exercise' : ', the exercises';
  return (
    <>
      <p className="print-eyebrow">Handout</p>
      <h1 id="print-deck-title" className="print-deck-title">
        {manifest.title}
      </h1>
      <p className="print-lede">
        {manifest.slides.length} slides · about {formatMinutes(total)}. Each slide as it looks at its last step, with the full script below it
        {exerciseWords}
        {answers ? `${exercises.length > 0 ? ' with hints and a solution' : ''}, and the answers to the knowledge checks at the end.` : '.'}
      </p>
      <h2 className="print-contents-heading">Contents</h2>
      <ol className="print-contents">
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} onClick={(ev) => jump(ev, e.id)}>
              {e.label}
            </a>
            <span className="print-leader" aria-hidden="true" />
            <span className="print-page-ref">
              <span className="visually-hidden">page </span>
              {e.page ?? '…'}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
