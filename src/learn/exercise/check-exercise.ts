import { parse } from '../../alloy/parser.ts';
import { createLineIndex } from '../../alloy/scanner.ts';
import type { FileRules } from '../../content/exercise-types.ts';
import { Findings, type ExerciseResult, type Place } from './finding.ts';
import { redactFindings } from './redact-findings.ts';
import { checkRules } from './rule-engine.ts';
import { findTypographic, straightenQuotes, type Typographic } from './straight-quotes.ts';

/** Parses the learner's file and checks it against an exercise's rules; no message repeats a secret. */
export function checkExercise(source: string, rules: FileRules): ExerciseResult {
  const findings = new Findings();
  // The editor straightens quotes as typed; text that skipped it (an IME, a test) gets one
  // finding for all of them, and is then read as if straight, so nothing else repeats it.
  const typographic = findTypographic(source);
  const text = typographic ? straightenQuotes(source) : source;
  const where = createLineIndex(text);
  if (typographic) reportTypographic(typographic, where, findings);
  const skip = new Set((typographic?.offsets ?? []).map((o) => placeKey(where(o))));
  const { file, errors } = parse(text);
  const syntax = errors.filter((e) => {
    // The parser may stack a second error on the spot of the first ("illegal single-quoted
    // string", then "expected a value" there): the first one says what to fix.
    const key = placeKey(e);
    if (skip.has(key)) return false;
    skip.add(key);
    return true;
  });
  if (errors.length > 0) {
    for (const e of syntax) findings.error('syntax', e.message, e);
  } else {
    checkRules(file.body, rules, findings);
  }
  // Reading top to bottom is easiest for a learner; sort is stable, so
  // findings at the same place keep their logical order.
  findings.list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  const list = redactFindings(source, findings.list);
  return { ok: !list.some((f) => f.severity === 'error'), findings: list };
}

function placeKey(p: Place): string {
  return `${p.line}:${p.col}`;
}

function reportTypographic({ offsets, first }: Typographic, where: (offset: number) => Place, findings: Findings): void {
  const space = first.twin === ' ';
  const what = space ? 'a no-break space' : `a typographic quote (${first.char})`;
  const fix = space ? 'type an ordinary space' : `use straight quotes: type ${first.twin}`;
  const more = offsets.length > 1 ? ` The file has ${offsets.length} such characters; fix them all.` : '';
  findings.error('typographic-quote', `This is ${what}, which Alloy cannot read: ${fix} instead.${more}`, where(offsets[0] ?? 0));
}
