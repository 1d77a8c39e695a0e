import type { Counts } from '../live/protocol.ts';

interface Props {
  options: readonly string[];
  counts: Counts;
  /** The right options once the question is closed; null before. */
  correct: ReadonlySet<number> | null;
}

/** The room's answers as bars with their numbers: counts only, never who answered. */
export function CheckResults({ options, counts, correct }: Props) {
  const total = counts.total;
  return (
    <figure className="live-results" data-total={total}>
      <figcaption className="live-results-caption">
        {total === 1 ? '1 answer' : `${total} answers`} from the room
      </figcaption>
      <ul className="live-results-bars">
        {options.map((text, i) => {
          const n = counts.counts[i] ?? 0;
          const percent = total > 0 ? Math.round((n / total) * 100) : 0;
          return (
            <li key={i} className="live-results-row" data-option={i} data-count={n} data-right={correct ? (correct.has(i) ? 'yes' : 'no') : undefined}>
              <span className="live-results-label">
                <span aria-hidden="true">{String.fromCharCode(65 + i)}. </span>
                {text}
                {correct?.has(i) ? <span className="visually-hidden"> (right answer)</span> : null}
              </span>
              <span className="live-results-track" aria-hidden="true">
                <span className="live-results-bar" style={{ width: `${percent}%` }} />
              </span>
              <span className="live-results-number">
                {n} <span className="muted">({percent} %)</span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
