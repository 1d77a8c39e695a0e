import type { SlideError } from './slide-error.ts';

/** One authored check, as the lints see it: its place in the file and its options in authored order. */
export interface LintCheck {
  file: string;
  line: number;
  col: number;
  options: readonly { text: string; correct: boolean; pin?: boolean }[];
}

/** Authored markdown without its markup, for comparing lengths the way a reader sees them. */
function plain(text: string): string {
  return text.replace(/[*_`]/g, '').trim();
}

function where(c: LintCheck): string {
  return `${c.file}:${c.line}:${c.col}`;
}

/**
 * Warns when the deck's right answers sit in one authored position in more than half of its
 * checks. Learners see a shuffled order, but the handout and the room checks keep the authored
 * one, and a pattern there can be learned instead of the content.
 */
export function positionLint(checks: readonly LintCheck[]): SlideError[] {
  const counted = checks.filter((c) => c.options.length >= 2 && c.options.filter((o) => o.correct).length === 1);
  if (counted.length < 3) return [];
  const byPosition = new Map<number, LintCheck[]>();
  for (const c of counted) {
    const at = c.options.findIndex((o) => o.correct);
    byPosition.set(at, [...(byPosition.get(at) ?? []), c]);
  }
  for (const [at, list] of [...byPosition].sort((a, b) => a[0] - b[0])) {
    if (list.length * 2 <= counted.length) continue;
    const first = list[0]!;
    return [
      {
        file: first.file,
        line: first.line,
        col: first.col,
        message:
          `the right answer is option ${at + 1} in ${list.length} of ${counted.length} single-answer checks ` +
          `(${list.map(where).join(', ')}); move some so no position holds more than half`,
      },
    ];
  }
  return [];
}

const MARKS: { name: string; test: (text: string) => boolean }[] = [
  { name: 'bold', test: (t) => /\*\*[^*]+\*\*|__[^_]+__/.test(t) },
  { name: 'italics', test: (t) => /(^|[^*])\*[^*\s][^*]*\*(?!\*)|(^|\W)_[^_\s][^_]*_(?!\w)/.test(t) },
];

/**
 * Warns when right options look different from wrong ones: a mark (bold, italics) that only
 * right options carry in a check, or right options that are the longest in most checks.
 */
export function markingLint(checks: readonly LintCheck[]): SlideError[] {
  const warnings: SlideError[] = [];
  for (const c of checks) {
    for (const mark of MARKS) {
      const right = c.options.filter((o) => o.correct);
      const wrong = c.options.filter((o) => !o.correct);
      if (wrong.length > 0 && right.some((o) => mark.test(o.text)) && !wrong.some((o) => mark.test(o.text))) {
        warnings.push({ ...c, message: `only the right option uses ${mark.name}, which gives the answer away; drop the ${mark.name} or use it in every option` });
      }
    }
  }
  const single = checks.filter((c) => c.options.length >= 2 && c.options.filter((o) => o.correct).length === 1);
  const longest = single.filter((c) => {
    const lengths = c.options.map((o) => plain(o.text).length);
    const rightLength = lengths[c.options.findIndex((o) => o.correct)]!;
    return lengths.filter((n) => n >= rightLength).length === 1;
  });
  if (single.length >= 3 && longest.length * 2 > single.length) {
    const first = longest[0]!;
    warnings.push({
      file: first.file,
      line: first.line,
      col: first.col,
      message:
        `the right option is the longest in ${longest.length} of ${single.length} single-answer checks ` +
        `(${longest.map(where).join(', ')}); give the wrong options the same care and length`,
    });
  }
  return warnings;
}

export function checkLints(checks: readonly LintCheck[]): SlideError[] {
  return [...positionLint(checks), ...markingLint(checks)];
}

export function formatWarning(w: SlideError): string {
  return `${w.file}:${w.line}:${w.col}: warning: ${w.message}`;
}
