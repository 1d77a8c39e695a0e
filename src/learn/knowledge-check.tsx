import './checks.css';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { KnowledgeCheck as Check } from '../content/deck-types.ts';
import { answerRecord, gradeCheck, revealRecord, usableRecord, VERDICT_TEXT, type OptionVerdict, type Outcome } from './grade-check.ts';
import { FeedbackIcon, type IconKind } from './knowledge-check-icon.tsx';
import type { CheckRecord } from './progress-types.ts';
import { optionOrder } from './shuffle-options.ts';

/* Whole class names, so a search finds them (test/e2e/learn-widgets.spec.ts selects .kc-verdict-answer); the CSS reads data-verdict. */
const OPTION_CLASS: Record<OptionVerdict, string> = {
  'chosen-right': 'kc-option kc-verdict-chosen-right',
  'chosen-wrong': 'kc-option kc-verdict-chosen-wrong',
  missed: 'kc-option kc-verdict-missed',
  answer: 'kc-option kc-verdict-answer',
  none: 'kc-option kc-verdict-none',
};

interface Props {
  check: Check;
  /** The saved result, if any: restores the choice and its feedback after a reload. */
  record: CheckRecord | null | undefined;
  onRecord(record: CheckRecord | null): void;
  /**
   * The learner's seed: options are shown in a stable shuffled order for it. Without one
   * they keep the authored order. Records always hold authored indexes.
   */
  shuffleSeed?: string;
}

const VERDICT_ICON: Record<Exclude<OptionVerdict, 'none'>, IconKind> = {
  'chosen-right': 'right',
  'chosen-wrong': 'wrong',
  missed: 'right',
  answer: 'right',
};

const OUTCOME_ICON: Record<Outcome, IconKind> = { correct: 'right', partial: 'info', wrong: 'wrong', revealed: 'info' };

type FocusTarget = 'retry' | 'first-option' | null;

/**
 * One knowledge check: native radios (one right answer) or checkboxes (several), Check,
 * per-option feedback in words and icons, Retry and Show answer. The choice is locked
 * once checked (Retry unlocks it), so the feedback always describes what is on screen.
 */
export function KnowledgeCheck({ check, record, onRecord, shuffleSeed }: Props) {
  const uid = useId();
  const shown = usableRecord(check, record);
  const [draft, setDraft] = useState<number[]>([]);
  const [focusNext, setFocusNext] = useState<FocusTarget>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const order = useMemo(
    () => (shuffleSeed === undefined ? check.options.map((_, i) => i) : optionOrder(shuffleSeed, check.id, check.options)),
    [shuffleSeed, check],
  );

  // Buttons appear and disappear as the state changes; focus follows the learner's action
  // instead of falling back to the page.
  useEffect(() => {
    if (focusNext === 'retry') retryButton.current?.focus();
    if (focusNext === 'first-option') firstInput.current?.focus();
    if (focusNext) setFocusNext(null);
  }, [focusNext]);

  const feedback = shown ? gradeCheck(check, shown) : null;
  const selected = shown ? shown.selected : draft;
  const name = `${uid}-choice`;
  const hintId = `${uid}-hint`;
  // Authors sometimes say it in the question already; once is enough.
  const showHint = check.multiple && !/all that apply/i.test(check.question);

  const toggle = (i: number, on: boolean) => {
    if (shown) return;
    setDraft((d) => (check.multiple ? (on ? [...d, i] : d.filter((x) => x !== i)) : [i]));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (shown || draft.length === 0) return;
    onRecord(answerRecord(check, draft));
    setFocusNext('retry');
  };
  const retry = () => {
    setDraft([]);
    onRecord(null);
    setFocusNext('first-option');
  };
  const reveal = () => {
    onRecord(revealRecord(check));
    setFocusNext('retry');
  };

  return (
    <form className="kc" data-outcome={feedback?.outcome} onSubmit={submit} noValidate data-check={check.id}>
      <fieldset className="kc-fieldset" aria-describedby={showHint ? hintId : undefined}>
        <legend className="kc-question" dangerouslySetInnerHTML={{ __html: check.questionHtml }} />
        {showHint ? (
          <p className="kc-hint" id={hintId}>
            Choose all that apply.
          </p>
        ) : null}
        <ul className="kc-options">
          {order.map((i, position) => {
            const option = check.options[i]!;
            const verdict = feedback?.verdicts[i] ?? 'none';
            const feedbackId = `${uid}-fb-${i}`;
            return (
              <li key={i} className={OPTION_CLASS[verdict]} data-verdict={verdict}>
                <label className="kc-choice">
                  <input
                    ref={position === 0 ? firstInput : undefined}
                    type={check.multiple ? 'checkbox' : 'radio'}
                    name={name}
                    value={i}
                    checked={selected.includes(i)}
                    // Locked, not disabled: still focusable, so its feedback is read on focus.
                    aria-disabled={shown ? true : undefined}
                    onClick={shown ? (e) => e.preventDefault() : undefined}
                    onChange={(e) => toggle(i, e.currentTarget.checked)}
                    aria-describedby={verdict === 'none' ? undefined : feedbackId}
                  />
                  <span className="kc-option-text" dangerouslySetInnerHTML={{ __html: option.html }} />
                </label>
                {verdict === 'none' ? null : (
                  <p className="kc-feedback" id={feedbackId}>
                    <FeedbackIcon kind={VERDICT_ICON[verdict]} />
                    <span>
                      <strong className="kc-verdict">{VERDICT_TEXT[verdict]}.</strong> <span dangerouslySetInnerHTML={{ __html: option.whyHtml }} />
                    </span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="kc-actions">
        {shown ? (
          <button type="button" className="button" ref={retryButton} onClick={retry}>
            Retry
          </button>
        ) : (
          <button type="submit" className="button primary" disabled={draft.length === 0}>
            Check
          </button>
        )}
        {feedback?.outcome === 'correct' || feedback?.outcome === 'revealed' ? null : (
          <button type="button" className="button" onClick={reveal}>
            Show answer
          </button>
        )}
      </div>
      <p role="status" className="kc-result">
        {feedback ? (
          <>
            <FeedbackIcon kind={OUTCOME_ICON[feedback.outcome]} />
            <span>{feedback.summary}</span>
          </>
        ) : null}
      </p>
    </form>
  );
}
