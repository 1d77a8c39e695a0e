import type { Severity } from '../../content/exercise-types.ts';
import type { Finding } from './finding.ts';

const lineCount = (text: string) => text.split('\n').length;

/**
 * The editor lines to mark for a check's findings, with the worst severity on each line.
 * The marks belong to the text that was checked: once an edit adds or removes a line they
 * would point at the wrong rows, so they go (the list of findings stays until the next check).
 */
export function findingLines(findings: readonly Finding[], checkedText: string, currentText: string): Map<number, Severity> {
  const marks = new Map<number, Severity>();
  if (lineCount(checkedText) !== lineCount(currentText)) return marks;
  for (const f of findings) {
    if (f.line === undefined) continue;
    if (marks.get(f.line) !== 'error') marks.set(f.line, f.severity);
  }
  return marks;
}
