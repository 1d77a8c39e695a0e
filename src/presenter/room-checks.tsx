import type { KnowledgeCheck } from '../content/deck-types.ts';
import type { Counts, PublicCheck } from '../live/protocol.ts';
import { parseBool, useStoredState } from '../lib/use-stored-state.ts';

/** What the speaker view can do with the room when a live session runs. */
export interface RoomLive {
  /** The check the session has out (open, results shown, or closed), if any. */
  check: PublicCheck | null;
  counts: Counts | null;
  ask: (check: KnowledgeCheck) => void;
  showResults: (id: string) => void;
  close: (id: string) => void;
  clear: () => void;
  download: () => void;
  /** A line about the last download ("Downloaded", or why it failed). */
  downloadStatus: string;
}

const PHASE_TEXT = { open: 'Open: the room is answering', results: 'Results on the screens', closed: 'Closed: everyone sees the answer' } as const;

function share(count: number, total: number): string {
  return `${count} (${total > 0 ? Math.round((count / total) * 100) : 0} %)`;
}

/**
 * The slide's knowledge checks for the speaker to ask the room: the right answers are marked
 * with an icon and the word "Correct". In a live session each has "Ask the room"; the one out
 * shows its live counts and the next steps (Show results, Close, Stop).
 */
export function RoomChecks({ checks, live }: { checks: readonly KnowledgeCheck[] | undefined; live?: RoomLive | null }) {
  const [open, setOpen] = useStoredState('presenter:checks-open', true, parseBool);
  if (!checks || checks.length === 0) return null;
  return (
    <details className="room-checks" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="panel-heading">Questions for the room ({checks.length})</h2>
      </summary>
      <ol className="room-check-list">
        {checks.map((c) => {
          const out = live?.check?.id === c.id ? live.check : null;
          const counts = out && live?.counts?.checkId === c.id ? live.counts : null;
          const total = counts?.total ?? 0;
          return (
            <li key={c.id} className="room-check" data-asked={out ? out.phase : undefined}>
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
                      {out ? (
                        <span className="room-count" data-testid="room-count">
                          <span className="visually-hidden">, answers: </span>
                          {share(counts?.counts[i] ?? 0, total)}
                        </span>
                      ) : null}
                    </span>
                    {o.whyHtml ? <span className="room-why" dangerouslySetInnerHTML={{ __html: o.whyHtml }} /> : null}
                  </li>
                ))}
              </ul>
              {live ? (
                <div className="room-live">
                  {out ? (
                    <>
                      <p className="room-phase" role="status" data-testid="room-total">
                        {PHASE_TEXT[out.phase]}
                        {out.round > 1 ? ` · round ${out.round}` : ''} · {total} {total === 1 ? 'answer' : 'answers'}
                      </p>
                      <div className="room-actions">
                        {out.phase === 'open' ? (
                          <button type="button" className="button" onClick={() => live.showResults(c.id)}>
                            Show results
                          </button>
                        ) : null}
                        {out.phase !== 'closed' ? (
                          <button type="button" className="button" onClick={() => live.close(c.id)}>
                            Close
                          </button>
                        ) : (
                          <button type="button" className="button" onClick={() => live.ask(c)}>
                            Ask again (fresh round)
                          </button>
                        )}
                        <button type="button" className="button" onClick={live.clear}>
                          Take off the screens
                        </button>
                      </div>
                    </>
                  ) : (
                    <div className="room-actions">
                      <button type="button" className="button primary" onClick={() => live.ask(c)}>
                        Ask the room
                      </button>
                    </div>
                  )}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {live ? (
        <p className="room-download">
          <button type="button" className="button" onClick={live.download}>
            Download results (CSV)
          </button>{' '}
          <span className="muted" role="status">
            {live.downloadStatus}
          </span>
        </p>
      ) : null}
    </details>
  );
}
