import { parse } from '../../alloy/parser.ts';
import type { FileRules } from '../../content/exercise-types.ts';
import { Findings, type ExerciseResult } from './finding.ts';
import { redactFindings } from './redact-findings.ts';
import { checkRules } from './rule-engine.ts';

/** Parses the learner's file and checks it against an exercise's rules; no message repeats a secret. */
export function checkExercise(source: string, rules: FileRules): ExerciseResult {
  const findings = new Findings();
  const { file, errors } = parse(source);
  if (errors.length > 0) {
    for (const e of errors) findings.error('syntax', e.message, e);
  } else {
    checkRules(file.body, rules, findings);
    // Reading top to bottom is easiest for a learner; sort is stable, so
    // findings at the same place keep their logical order.
    findings.list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }
  const list = redactFindings(source, findings.list);
  return { ok: !list.some((f) => f.severity === 'error'), findings: list };
}
