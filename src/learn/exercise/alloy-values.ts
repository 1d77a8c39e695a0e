import type { Expr } from '../../alloy/ast.ts';
import type { ValueType } from '../../content/exercise-types.ts';

/** The value of an expression built only from string literals, '+' and parentheses. */
export function constantString(e: Expr): string | undefined {
  switch (e.type) {
    case 'literal':
      return e.kind === 'string' ? e.value : undefined;
    case 'paren':
      return constantString(e.inner);
    case 'binary': {
      if (e.op !== '+') return undefined;
      const left = constantString(e.left);
      const right = constantString(e.right);
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    default:
      return undefined;
  }
}

/** The dotted name of a call's callee (`sys.env`), or undefined. */
export function callName(e: Expr): string | undefined {
  if (e.type !== 'call') return undefined;
  const parts: string[] = [];
  let callee: Expr = e.callee;
  while (callee.type === 'access') {
    parts.unshift(callee.name);
    callee = callee.object;
  }
  if (callee.type !== 'identifier') return undefined;
  parts.unshift(callee.name);
  return parts.join('.');
}

/** The type of a literal value (`"x"`, `1`, `true`, `[…]`, `{…}`); undefined for expressions known only at run time. */
export function literalType(e: Expr): ValueType | 'null' | undefined {
  if (e.type === 'literal') return e.kind;
  if (e.type === 'array' || e.type === 'object') return e.type;
  return undefined;
}

const DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds in a Go duration string ("1h30m", "500ms"), or undefined if it is not one. */
export function parseDuration(text: string): number | undefined {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '');
  if (body === '0') return 0;
  if (body === '') return undefined;
  let total = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < body.length) {
    const m = DURATION_PART.exec(body);
    if (!m) return undefined;
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
  }
  return sign * total;
}
