import { useMemo } from 'react';
import type { SlideMeta } from '../content/deck-types.ts';
import { useSlideContent } from '../deck/deck-store.ts';
import { isSamePosition, navigate, type Position } from '../deck/nav.ts';
import { SlideBody } from '../components/slide-body.tsx';
import { SlideCanvas } from '../components/slide-canvas.tsx';

interface Props {
  pos: Position;
  slides: readonly SlideMeta[];
}

const LINES = 3;

/** The first lines of a slide as plain text (headings, paragraphs, list items, a code block's first line). */
function firstLines(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  for (const el of doc.body.querySelectorAll('h2, h3, p, li, pre')) {
    if (el.closest('li') !== el && el.closest('li')) continue;
    const text = (el.tagName === 'PRE' ? (el.textContent ?? '').split('\n').find((l) => l.trim()) ?? '' : (el.textContent ?? '')).replace(/\s+/g, ' ').trim();
    if (text) lines.push(text.length > 90 ? `${text.slice(0, 89)}…` : text);
    if (lines.length === LINES) break;
  }
  return lines;
}

/** What ArrowRight will show next: the next step of this slide, or the next slide. */
export function NextPreview({ pos, slides }: Props) {
  const steps = slides.map((s) => s.steps);
  const next = navigate(pos, { type: 'next' }, steps);
  const atEnd = isSamePosition(next, pos);
  const meta = slides[next.slide - 1];
  const content = useSlideContent(next.slide);
  const sameSlide = !atEnd && next.slide === pos.slide;
  const html = content?.html;
  const lines = useMemo(() => (html ? firstLines(html) : []), [html]);
  return (
    <section className="next-preview" aria-labelledby="next-heading">
      <h2 id="next-heading" className="panel-heading">
        {atEnd ? 'Next: end of the deck' : sameSlide ? `Next: step ${next.step} of ${meta?.steps ?? 1}` : 'Next slide'}
        {!atEnd && !sameSlide && meta ? (
          <>
            : <span className="next-title">{meta.title}</span>
          </>
        ) : null}
      </h2>
      {!atEnd && meta ? (
        <div className="next-text" data-testid="next-text">
          <p className="next-text-title">{meta.title}</p>
          {lines.length > 0 ? (
            <ul className="next-lines">
              {lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {/* A picture of what comes, not a second copy to tab through or read out. */}
      <div className="next-frame" inert aria-hidden="true">
        {atEnd || !meta ? (
          <p className="next-end">This is the last slide.</p>
        ) : (
          <SlideCanvas className="next-canvas">
            <SlideBody meta={meta} content={content} step={next.step} fitToCanvas headingId="next-slide-title" />
          </SlideCanvas>
        )}
      </div>
    </section>
  );
}
