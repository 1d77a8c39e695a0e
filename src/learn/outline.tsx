import './outline.css';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { SlideMeta } from '../content/deck-types.ts';
import { useProgress } from './progress-context.tsx';
import { checksAnswered, checkTotal } from './progress-words.ts';
import { SlideStateLabel } from './slide-state-label.tsx';

interface Props {
  slides: readonly SlideMeta[];
  current: number;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * The Outline button and its modal dialog: every slide with its state, the current one
 * marked. A native <dialog> traps focus and closes on Escape; on close, focus goes back
 * to the button, also when the dialog was opened with the O key.
 */
export function Outline({ slides, current, open, onOpenChange }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      d.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  const close = () => onOpenChange(false);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="O"
        onClick={() => onOpenChange(!open)}
      >
        Outline
      </button>
      <dialog
        ref={dialog}
        className="outline-dialog"
        aria-labelledby="outline-title"
        onClose={() => {
          close();
          button.current?.focus();
        }}
        // A click on the backdrop lands on the dialog element itself.
        onClick={(e) => {
          if (e.target === e.currentTarget) close();
        }}
      >
        {/* Built only while open: a closed outline would re-render every entry on every slide change. */}
        {open ? <OutlineContents slides={slides} current={current} close={close} /> : null}
      </dialog>
    </>
  );
}

function OutlineContents({ slides, current, close }: { slides: readonly SlideMeta[]; current: number; close(): void }) {
  const { progress } = useProgress();
  const visitedCount = slides.filter((s) => progress.visited.includes(s.number)).length;
  const total = checkTotal(slides);
  return (
    <>
      <div className="outline-head">
        <h2 id="outline-title">Outline</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
      <p className="outline-tally muted">
        {visitedCount} of {slides.length} slides visited
        {total > 0 ? ` · ${checksAnswered(slides, progress)} of ${total} checks` : ''}
      </p>
      <ol className="outline-list">
        {slides.map((s) => (
          <li key={s.number}>
            <Link to={`/slides/${s.number}`} aria-current={s.number === current ? 'page' : undefined} onClick={close}>
              <span className="outline-number">{s.number}</span>
              <span className="outline-title">{s.title}</span>
              <SlideStateLabel meta={s} progress={progress} />
              {s.number === current ? <span className="outline-here">You are here</span> : null}
            </Link>
          </li>
        ))}
      </ol>
      <p className="outline-foot">
        <Link to="/summary" onClick={close}>
          See your summary
        </Link>
      </p>
    </>
  );
}
