import './exercise.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Exercise } from '../../content/exercise-types.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { FeedbackIcon } from '../knowledge-check-icon.tsx';
import type { ExerciseRecord } from '../progress-types.ts';
import { CodeEditor } from './code-editor.tsx';
import { checkExercise } from './check-exercise.ts';
import { offsetOf } from './editor-keys.ts';
import type { ExerciseResult, Finding } from './finding.ts';
import { InlineText } from './inline-text.tsx';
import { findingLines } from './finding-lines.ts';
import { REDACTED, redactDraft } from './redact-draft.ts';
import { starterFor } from '../your-values/fill-source.ts';
import { currentValues } from '../your-values/value-store.ts';
import { SolutionBlock } from './solution-block.tsx';
import { straightenQuotes } from './straight-quotes.ts';

interface Props {
  exercise: Exercise;
  record: ExerciseRecord | null;
  onRecord(record: ExerciseRecord): void;
}

/** No pointer that can hover or aim finely: a phone or tablet without mouse or trackpad. */
const TOUCH_ONLY = '(any-hover: none) and (any-pointer: coarse)';

/** Typing is saved (redacted) this long after the last key, and at once when the panel closes. */
const SAVE_DELAY_MS = 800;

/**
 * An exercise (slides/exercises/ID.yaml): write the block, check it with the Alloy parser
 * against the exercise's rules, get hints or the solution. What is typed never leaves this component except through redactDraft:
 * the saved record holds the status, the hint count and the draft with secrets replaced.
 */
export default function ExercisePanel({ exercise, record, onRecord }: Props) {
  const hints = exercise.hints;
  // Tab and Escape advice means nothing without a keyboard (issue 11 point 4).
  const touchOnly = useMediaQuery(TOUCH_ONLY);
  const uid = useId();
  // Issue 14: starter lines naming placeholders show the learner's values (never a secret one).
  // A draft saved before quotes were straightened as typed may still hold curly ones.
  const [draft, setDraft] = useState(() =>
    straightenQuotes(record?.redactedDraft ?? starterFor(exercise.starter, currentValues({ secrets: false }))),
  );
  const [restoredRedacted] = useState(() => (record?.redactedDraft ?? '').includes(REDACTED));
  const [hintsShown, setHintsShown] = useState(() => Math.min(record?.hintsShown ?? 0, hints.length));
  const [passed, setPassed] = useState(record?.status === 'passed');
  const [passedBefore] = useState(record?.status === 'passed');
  const [result, setResult] = useState<ExerciseResult | null>(null);
  const [checked, setChecked] = useState('');
  const [solutionOpen, setSolutionOpen] = useState(false);
  const [leaveArmed, setLeaveArmed] = useState(false);
  const editor = useRef<HTMLTextAreaElement>(null);
  const lastHint = useRef<HTMLLIElement>(null);
  const focusLastHint = useRef(false);

  // The newest values for saving from timers and from unmount.
  const latest = useRef({ draft, hintsShown, passed });
  latest.current = { draft, hintsShown, passed };
  const saveTimer = useRef<number | undefined>(undefined);
  const save = useCallback(() => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    const { draft: text, hintsShown: hints, passed: ok } = latest.current;
    const redacted = redactDraft(text).text;
    const next: ExerciseRecord = { status: ok ? 'passed' : 'attempted', hintsShown: hints };
    if (redacted !== '') next.redactedDraft = redacted;
    onRecord(next);
  }, [onRecord]);
  const saveLater = () => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(save, SAVE_DELAY_MS);
  };
  useEffect(
    () => () => {
      if (saveTimer.current !== undefined) save();
    },
    [save],
  );

  useEffect(() => {
    if (focusLastHint.current) lastHint.current?.focus();
    focusLastHint.current = false;
  }, [hintsShown]);

  const onEdit = (value: string) => {
    setDraft(value);
    saveLater();
  };

  const check = () => {
    const r = checkExercise(draft, exercise.rules);
    setResult(r);
    setChecked(draft);
    if (r.ok) setPassed(true);
    latest.current = { draft, hintsShown, passed: passed || r.ok };
    save();
  };

  const showHint = () => {
    const next = Math.min(hintsShown + 1, hints.length);
    // The button goes away with the last hint; focus moves to that hint instead of the page.
    focusLastHint.current = next === hints.length;
    setHintsShown(next);
    latest.current = { ...latest.current, hintsShown: next };
    save();
  };

  const goTo = (f: Finding) => {
    const ta = editor.current;
    if (!ta || f.line === undefined) return;
    const at = offsetOf(ta.value, f.line, f.col ?? 1);
    ta.focus();
    ta.setSelectionRange(at, at);
  };

  const fillSolution = () => {
    const ta = editor.current;
    if (!ta) return;
    ta.focus();
    ta.select();
    let done = false;
    try {
      done = document.execCommand('insertText', false, exercise.solution);
    } catch {
      done = false;
    }
    if (!done) onEdit(exercise.solution);
    ta.setSelectionRange(0, 0);
    ta.scrollIntoView?.({ block: 'nearest' });
  };

  const ids = {
    heading: `${uid}-heading`,
    editor: `${uid}-editor`,
    keys: `${uid}-keys`,
    solution: `${uid}-solution`,
  };
  const errors = result?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (result?.findings.length ?? 0) - errors;
  const marks = useMemo(() => (result ? findingLines(result.findings, checked, draft) : undefined), [result, checked, draft]);
  const summary = useMemo(() => (result ? summarize(exercise, result.ok, errors, warnings) : ''), [exercise, result, errors, warnings]);

  return (
    <section className="exercise" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="panel-heading">
        {exercise.title}
      </h2>
      <p>
        <InlineText text={exercise.task} />
      </p>
      <p className="ex-privacy">
        <LockIcon />
        <span>Your token stays on this page: it is never saved, sent, or put in the address.</span>
      </p>
      {restoredRedacted ? (
        <p className="ex-note">
          Your draft from your last visit is back. Anything secret in it was saved as <code>{REDACTED}</code>.
        </p>
      ) : null}
      {passedBefore && !result ? <p className="ex-note">You passed this exercise on an earlier visit.</p> : null}

      <div className="ex-editor-field">
        <label htmlFor={ids.editor} className="ex-label">
          <InlineText text={exercise.label} />
        </label>
        {touchOnly ? null : (
          <p id={ids.keys} className="ex-keys">
            {leaveArmed ? 'Press Tab now to leave the editor, or keep typing.' : 'Tab indents. Press Escape, then Tab, to leave the editor.'}
          </p>
        )}
        <CodeEditor
          id={ids.editor}
          value={draft}
          onChange={onEdit}
          describedBy={touchOnly ? undefined : ids.keys}
          placeholder={exercise.placeholder}
          textareaRef={editor}
          onLeaveArmed={setLeaveArmed}
          marks={marks}
        />
      </div>

      <div className="ex-actions">
        <button type="button" className="button primary" onClick={check}>
          Check
        </button>
        {hintsShown < hints.length ? (
          <button type="button" className="button" onClick={showHint}>
            {hintsShown === 0 ? 'Show a hint' : `Show another hint (${hintsShown + 1} of ${hints.length})`}
          </button>
        ) : null}
        <button type="button" className="button" aria-expanded={solutionOpen} aria-controls={ids.solution} onClick={() => setSolutionOpen(!solutionOpen)}>
          {solutionOpen ? 'Hide solution' : 'Show solution'}
        </button>
      </div>

      <div role="status" className="ex-result" data-result={result ? (result.ok ? 'ok' : 'failed') : undefined}>
        {result ? (
          <>
            <p className="ex-summary">
              <FeedbackIcon kind={result.ok ? 'right' : 'wrong'} />
              <span>{summary}</span>
            </p>
            {result.findings.length > 0 ? (
              <ul className="ex-findings">
                {result.findings.map((f, i) => (
                  <FindingItem key={i} finding={f} onGoTo={goTo} />
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>

      {hintsShown > 0 ? (
        <div className="ex-hints">
          <h3 className="ex-subheading">Hints</h3>
          <ol aria-live="polite">
            {hints.slice(0, hintsShown).map((hint, i) => (
              <li key={i} ref={i === hintsShown - 1 ? lastHint : undefined} tabIndex={-1}>
                <InlineText text={hint} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <div id={ids.solution} hidden={!solutionOpen} className="ex-solution">
        {solutionOpen ? (
          <>
            <h3 className="ex-subheading">A solution</h3>
            {exercise.solutionNote ? (
              <p>
                <InlineText text={exercise.solutionNote} />
              </p>
            ) : null}
            <SolutionBlock code={exercise.solution} />
            <button type="button" className="button" onClick={fillSolution}>
              Put the solution in the editor
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}

function summarize(exercise: Exercise, ok: boolean, errors: number, warnings: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (ok && warnings === 0) return `Well done: ${exercise.passed}`;
  if (ok) return `It works: ${exercise.passedWithWarnings} ${plural(warnings, 'warning')} worth a look:`;
  return `Not yet: ${plural(errors, 'error')} to fix${warnings ? ` and ${plural(warnings, 'warning')}` : ''}.`;
}

function FindingItem({ finding, onGoTo }: { finding: Finding; onGoTo(f: Finding): void }) {
  const error = finding.severity === 'error';
  return (
    <li className={finding.severity === 'error' ? 'ex-finding ex-error' : 'ex-finding ex-warning'}>
      <FeedbackIcon kind={error ? 'wrong' : 'warning'} />
      <span>
        <strong>{error ? 'Error' : 'Warning'}</strong>
        {finding.line !== undefined ? (
          <>
            {' '}
            <button type="button" className="ex-goto" onClick={() => onGoTo(finding)}>
              line {finding.line}:{finding.col ?? 1}
              <span className="visually-hidden">, go to it in the editor</span>
            </button>
          </>
        ) : null}
        : {finding.message}
      </span>
    </li>
  );
}

function LockIcon() {
  return (
    <svg className="fb-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="4" y="9" width="12" height="8.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M7 9V6.5a3 3 0 016 0V9" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
