import type { KnowledgeCheck, SlideContent, SlideMeta } from '../content/deck-types.ts';

function Mark({ correct }: { correct: boolean }) {
  return (
    <svg className="print-mark" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {correct ? (
        <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}

function Check({ check }: { check: KnowledgeCheck }) {
  return (
    <li className="print-check">
      <p className="print-question">
        <span dangerouslySetInnerHTML={{ __html: check.questionHtml }} />
        {check.multiple ? <span className="muted"> (choose all that apply)</span> : null}
      </p>
      <ul className="print-options">
        {check.options.map((o, i) => (
          <li key={i} className={o.correct ? 'is-correct' : 'is-wrong'}>
            <Mark correct={o.correct} />
            <div>
              <p className="print-option-text">
                <strong className="print-verdict">{o.correct ? 'Correct:' : 'Not correct:'}</strong> <span dangerouslySetInnerHTML={{ __html: o.html }} />
              </p>
              {o.whyHtml ? <p className="print-why" dangerouslySetInnerHTML={{ __html: o.whyHtml }} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The answer key: every knowledge check, slide by slide, correct options marked by icon and word. */
export function PrintAnswers({ slides, contents }: { slides: SlideMeta[]; contents: SlideContent[] }) {
  const byNumber = new Map(contents.map((c) => [c.number, c]));
  const withChecks = slides.filter((s) => (byNumber.get(s.number)?.checks.length ?? 0) > 0);
  return (
    <>
      <h2 id="print-answers-title" className="print-answers-title">
        Answers to the knowledge checks
      </h2>
      {withChecks.length === 0 ? <p>This deck has no knowledge checks.</p> : null}
      {withChecks.map((s) => (
        <section key={s.number} className="print-answers-slide" aria-labelledby={`print-answers-${s.number}`}>
          <h3 id={`print-answers-${s.number}`}>
            Slide {s.number}: {s.title}
          </h3>
          <ol className="print-checks">
            {byNumber.get(s.number)!.checks.map((c) => (
              <Check key={c.id} check={c} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
