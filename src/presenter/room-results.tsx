import type { RoomResults } from '../sync/shared-state.ts';

/**
 * A live check's results on the projector: one bar per option with its count and share, and,
 * once the check is closed, the right answer marked in words and each option's explanation.
 * Its styles are in audience.css (the audience window loads only that stylesheet).
 */
export function RoomResultsPanel({ results }: { results: RoomResults }) {
  const { reveal } = results;
  return (
    <section className="room-results" aria-labelledby="room-results-question" data-testid="room-results" data-closed={reveal !== null}>
      <p className="room-results-kicker">{reveal ? 'The answer' : 'The room answered'}</p>
      <h2 id="room-results-question" className="room-results-question">
        {results.question}
      </h2>
      <ol className="room-results-options">
        {results.options.map((text, i) => {
          const count = results.counts[i] ?? 0;
          const share = results.total > 0 ? Math.round((count / results.total) * 100) : 0;
          const right = reveal?.correct.includes(i) ?? false;
          const why = reveal?.why[i] ?? null;
          return (
            <li key={i} className="room-result" data-correct={reveal ? right : undefined}>
              <div className="room-result-label">
                <span className="room-result-text">
                  {reveal ? <span className="room-result-mark">{right ? '✓ Right: ' : '✗ '}</span> : null}
                  {text}
                </span>
                <span className="room-result-count" data-testid="result-count">
                  {count} ({share} %)
                </span>
              </div>
              <div className="room-result-track" aria-hidden="true">
                <div className="room-result-bar" style={{ width: `${share}%` }} />
              </div>
              {reveal && why ? <p className="room-result-why">{why}</p> : null}
            </li>
          );
        })}
      </ol>
      <p className="room-results-total">
        {results.total} {results.total === 1 ? 'answer' : 'answers'}
      </p>
    </section>
  );
}
