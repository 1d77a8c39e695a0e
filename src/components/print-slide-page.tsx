import type { SlideContent, SlideMeta } from '../content/deck-types.ts';
import { formatMinutes } from '../deck/minutes.ts';
import { SlideBody } from './slide-body.tsx';

/** One slide of the handout: the slide at its last step, then its full script. */
export function PrintSlidePage({ meta, content, total }: { meta: SlideMeta; content: SlideContent; total: number }) {
  const script = content.scriptHtml.trim();
  return (
    <>
      <p className="print-slide-label">
        Slide {meta.number} of {total} · about {formatMinutes(meta.minutes)}
      </p>
      <div className="print-slide-frame">
        {/* The last step: every step-through stage shown, as the audience last saw it. */}
        <SlideBody meta={meta} content={content} step={meta.steps} fitToCanvas={false} headingId={`print-slide-title-${meta.number}`} />
      </div>
      <section className="print-script" aria-labelledby={`print-script-${meta.number}`}>
        <h2 id={`print-script-${meta.number}`} className="print-script-heading">
          Script
        </h2>
        {script ? <div className="script-text" dangerouslySetInnerHTML={{ __html: script }} /> : <p className="muted">This slide has no script.</p>}
      </section>
    </>
  );
}
