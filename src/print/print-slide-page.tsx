import { useLayoutEffect, useRef } from 'react';
import type { SlideContent, SlideMeta } from '../content/deck-types.ts';
import { formatMinutes } from '../lib/time-format.ts';
import { SlideBody } from '../components/slide-body.tsx';

/** One slide of the handout: the slide at its last step, then its full script. */
export function PrintSlidePage({ meta, content, total }: { meta: SlideMeta; content: SlideContent; total: number }) {
  const frame = useRef<HTMLDivElement>(null);
  const script = content.scriptHtml.trim();

  // Code wraps here instead of scrolling, so its scroll box is no tab stop, and eight slides'
  // "Alloy code" regions would be landmarks with the same name.
  useLayoutEffect(() => {
    for (const el of frame.current?.querySelectorAll('.code-scroll[role="region"]') ?? []) {
      el.removeAttribute('role');
      el.removeAttribute('tabindex');
    }
  }, [content]);

  return (
    <>
      <p className="print-slide-label">
        Slide {meta.number} of {total} · about {formatMinutes(meta.minutes)}
      </p>
      <div className="print-slide-frame" ref={frame}>
        {/* The last step: every step-through stage shown, as the audience last saw it. */}
        <SlideBody meta={meta} content={content} step={meta.steps} fitToCanvas={false} headingId={`print-slide-title-${meta.number}`} />
      </div>
      <div className="print-script">
        <h2 className="print-script-heading">Script</h2>
        {script ? <div className="script-text" dangerouslySetInnerHTML={{ __html: script }} /> : <p className="muted">This slide has no script.</p>}
      </div>
    </>
  );
}
