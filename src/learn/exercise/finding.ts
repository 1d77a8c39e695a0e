import type { Pos } from '../../alloy/ast.ts';
import type { RuleMessage, Severity } from '../../content/exercise-types.ts';

export interface Finding {
  severity: Severity;
  line?: number;
  col?: number;
  message: string;
  rule: string;
}

export interface ExerciseResult {
  ok: boolean;
  findings: Finding[];
}

export type Place = Pick<Pos, 'line' | 'col'>;

/** `{name}` in a message becomes vars.name; unknown names stay as written. */
export function fill(text: string, vars: Record<string, string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

export class Findings {
  readonly list: Finding[] = [];

  /** Reports a rule from the exercise data, filling its placeholders. */
  report(m: RuleMessage, pos: Place | undefined, vars?: Record<string, string>, suffix = ''): void {
    this.add(m.severity ?? 'error', m.rule, fill(m.message, vars) + suffix, pos);
  }

  error(rule: string, message: string, pos?: Place): void {
    this.add('error', rule, message, pos);
  }

  warning(rule: string, message: string, pos?: Place): void {
    this.add('warning', rule, message, pos);
  }

  private add(severity: Severity, rule: string, message: string, pos?: Place): void {
    this.list.push(pos ? { severity, line: pos.line, col: pos.col, message, rule } : { severity, message, rule });
  }
}
