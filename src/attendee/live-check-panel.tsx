import { useId } from 'react';
import type { Counts, PublicCheck } from '../live/protocol.ts';
import { CheckResults } from './check-results.tsx';

interface Props {
  check: PublicCheck;
  counts: Counts | null;
  yourAnswer: number | null;
  /** False while the socket is down: an answer could not reach the server. */
  connected: boolean;
  onAnswer: (option: number | null) => void;
}

const letter = (i: number) => String.fromCharCode(65 + i);

function phaseWords(check: PublicCheck): string {
  switch (check.phase) {
    case 'open':
      return 'Your answer is anonymous. You can change it until the presenter closes the question.';
    case 'results':
      return 'The results are in. You can still change your answer until the presenter closes the question.';
    case 'closed':
      return 'The question is closed. The right answer is marked below.';
  }
}

/** What the status line says after a change: read out by screen readers, so it is short. */
function statusWords(check: PublicCheck, yourAnswer: number | null): string {
  const mine = yourAnswer === null ? 'You have not answered.' : `Your answer: ${letter(yourAnswer)}, ${check.options[yourAnswer] ?? ''}.`;
  if (check.phase === 'closed') {
    const right = check.reveal?.correct ?? [];
    const words = right.map((i) => `${letter(i)}, ${check.options[i] ?? ''}`).join('; ');
    const verdict = yourAnswer === null ? '' : right.includes(yourAnswer) ? ' You got it right.' : ' Not this time.';
    return `Closed. The right answer: ${words}.${verdict}`;
  }
  if (check.phase === 'results') return `Results shown. ${mine}`;
  return mine;
}

/**
 * A check the presenter asked the room, on the attendee's device: native radio buttons, one
 * answer that may change until the question closes, the results as bars, then the right answer
 * and why.
 */
export function LiveCheckPanel({ check, counts, yourAnswer, connected, onAnswer }: Props) {
  const id = useId();
  const closed = check.phase === 'closed';
  const correct = new Set(check.reveal?.correct ?? []);
  const shownCounts = counts && counts.checkId === check.id && check.phase !== 'open' ? counts : null;
  return (
    // tabIndex: beside a wide slide the panel scrolls on its own, and once closed it holds no control to focus.
    <section className="live-check" aria-labelledby={`${id}-h`} data-live-check={check.id} data-phase={check.phase} tabIndex={0}>
      <h2 id={`${id}-h`} className="live-check-heading">
        Question from the presenter
      </h2>
      <fieldset className="live-check-fieldset" disabled={closed}>
        <legend className="live-check-question">{check.question}</legend>
        <p className="live-check-hint muted" id={`${id}-hint`}>
          {phaseWords(check)}
        </p>
        <ul className="live-check-options">
          {check.options.map((text, i) => {
            const verdict = !closed ? undefined : correct.has(i) ? 'right' : 'wrong';
            const why = closed ? check.reveal?.why[i] : null;
            return (
              <li key={i} className="live-check-option" data-verdict={verdict} data-chosen={yourAnswer === i ? 'yes' : 'no'}>
                <label className="live-check-choice">
                  <input
                    type="radio"
                    name={`${id}-answer`}
                    value={i}
                    checked={yourAnswer === i}
                    disabled={!connected}
                    aria-describedby={`${id}-hint`}
                    onChange={() => onAnswer(i)}
                  />
                  <span className="live-check-letter" aria-hidden="true">
                    {letter(i)}
                  </span>
                  <span className="live-check-text">{text}</span>
                  {verdict ? <span className="live-check-verdict">{verdict === 'right' ? 'Right answer' : 'Not right'}</span> : null}
                </label>
                {why ? <p className="live-check-why">{why}</p> : null}
              </li>
            );
          })}
        </ul>
        {!closed && yourAnswer !== null ? (
          <button type="button" className="button live-check-withdraw" disabled={!connected} onClick={() => onAnswer(null)}>
            Withdraw my answer
          </button>
        ) : null}
      </fieldset>
      {shownCounts ? <CheckResults options={check.options} counts={shownCounts} correct={closed ? correct : null} /> : null}
      <p className="live-check-status" role="status">
        {statusWords(check, yourAnswer)}
      </p>
    </section>
  );
}
