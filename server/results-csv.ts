import type { AskedCheck } from '../src/live/protocol.ts';

export interface CheckResult {
  check: AskedCheck;
  /** Which asking of the check (a fresh round after each Close). */
  round: number;
  counts: number[];
}

/** A cell as text; a leading =, +, - or @ is quoted so a spreadsheet never runs it as a formula. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per option of every round of every check asked in the session: counts only, never who answered. */
export function resultsCsv(results: readonly CheckResult[]): string {
  const rows = [['check', 'round', 'question', 'option', 'text', 'correct', 'answers']];
  for (const { check, round, counts } of results) {
    check.options.forEach((option, i) => {
      rows.push([check.id, String(round), check.question, String(i + 1), option.text, option.correct ? 'yes' : 'no', String(counts[i] ?? 0)]);
    });
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
