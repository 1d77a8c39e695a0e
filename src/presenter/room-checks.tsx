import type { KnowledgeCheck } from '../content/deck-types.ts';
import { parseBool, useStoredState } from '../lib/use-stored-state.ts';

/**
 * The slide's knowledge checks, read-only, for the speaker to ask the room:
 * the right answers are marked with an icon and the word "Correct".
 */
export function RoomChecks({ checks }: { checks: readonly KnowledgeCheck[] | undefined }) {
  const [open, setOpen] = useStoredState('presenter:checks-open', true, parseBool);
  if (!checks || checks.length === 0) return null;
  return (
    <details className="room-checks" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="panel-heading">Questions for the room ({checks.length})</h2>
      </summary>
      <ol className="room-check-list">
        {checks.map((c) => (
          <li key={c.id} className="room-check">
            <div className="room-question" dangerouslySetInnerHTML={{ __html: c.questionHtml }} />
            {c.multiple ? <p className="muted room-multiple">Several answers are right.</p> : null}
            <ul className="room-options">
              {c.options.map((o, i) => (
                <li key={i} className={o.correct ? 'is-correct' : 'is-wrong'}>
                  <span className="room-option">
                    {o.correct ? (
                      <span className="room-mark">
                        <span aria-hidden="true">✓</span> Correct:
                      </span>
                    ) : (
                      <span className="room-mark is-wrong">
                        <span aria-hidden="true">✗</span> Wrong:
                      </span>
                    )}{' '}
                    <span dangerouslySetInnerHTML={{ __html: o.html }} />
                  </span>
                  {o.whyHtml ? <span className="room-why" dangerouslySetInnerHTML={{ __html: o.whyHtml }} /> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
