import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Exercise } from '../content/exercise-types.ts';
import { parseDuration } from '../learn/exercise/alloy-values.ts';
import { checkExercise } from '../learn/exercise/check-exercise.ts';
import { closest } from '../learn/exercise/edit-distance.ts';
import type { SlideError } from './slide-error.ts';

// Reads slides/exercises/ID.yaml: every key is checked against the vocabulary below, every
// pattern compiled, every duration read, and the solution must pass its own rules, so a typo
// fails the build at file:line:col instead of misleading a learner.

export const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Kind = 'string' | 'text' | 'strings' | 'severity' | 'type' | 'regex' | 'duration' | 'bool' | 'flags';
/** A key's shape: a scalar kind, a nested shape, a list of a shape, or a map from names to a shape. */
type Shape = Kind | { fields: Record<string, Shape>; required?: string[]; nullable?: boolean } | { list: Shape } | { mapOf: Shape };

const MESSAGE = { rule: 'string', message: 'text', severity: 'severity' } as const;
const msg = (extra: Record<string, Shape> = {}): Shape => ({ fields: { ...MESSAGE, ...extra }, required: ['rule', 'message'] });
const STRING_TEST = msg({ matches: 'regex', notMatches: 'regex', flags: 'flags', placeholder: 'bool' });
const ATTRIBUTE: Shape = {
  nullable: true,
  fields: {
    required: msg(),
    type: 'type',
    typeError: msg(),
    calls: { mapOf: msg() },
    string: { list: STRING_TEST },
    duration: { fields: { format: msg(), min: 'duration', tooShort: msg() }, required: ['format'] },
    keys: { list: STRING_TEST },
  },
};
const BLOCK: { fields: Record<string, Shape>; nullable: boolean } = { nullable: true, fields: {} };
Object.assign(BLOCK.fields, {
  required: msg({ insteadOf: 'strings', instead: 'string' }),
  nested: msg(),
  unique: msg(),
  noLabel: msg(),
  needsLabel: msg(),
  attributes: { mapOf: ATTRIBUTE },
  blocks: { mapOf: BLOCK },
  exclusive: { list: msg({ names: 'strings', required: msg() }) },
  unknownHint: 'text',
});
const FILE: Shape = {
  fields: {
    title: 'text',
    task: 'text',
    label: 'text',
    placeholder: 'string',
    starter: 'string',
    hints: { list: 'text' },
    solution: 'text',
    solutionNote: 'string',
    passed: 'text',
    passedWithWarnings: 'text',
    rules: { fields: { blocks: { mapOf: BLOCK } }, required: ['blocks'] },
  },
  required: ['title', 'task', 'label', 'hints', 'solution', 'passed', 'passedWithWarnings', 'rules'],
};

export function parseExerciseFile(file: string, id: string, text: string): { exercise?: Exercise; errors: SlideError[] } {
  const errors: SlideError[] = [];
  const lc = new LineCounter();
  const at = (node: Node | null | undefined, fallback = 0) => {
    const p = lc.linePos(node?.range?.[0] ?? fallback);
    return { line: p.line, col: p.col };
  };
  const err = (node: Node | null | undefined, message: string) => errors.push({ file, ...at(node), message });
  if (!EXERCISE_ID.test(id)) {
    errors.push({ file, line: 1, col: 1, message: `exercise file names are lower-case words and hyphens: rename it to e.g. "remote-write.yaml"` });
    return { errors };
  }
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const p = lc.linePos(e.pos[0]);
      errors.push({ file, line: p.line, col: p.col, message: `invalid YAML: ${e.message.split('\n')[0]}; quote values that contain ": " or start with a backtick` });
    }
    return { errors };
  }

  const walk = (node: unknown, shape: Shape, where: string, owner: Node | null | undefined): void => {
    // An alias (*name) is checked as the anchored node it stands for.
    const n = isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : (node as Node | null);
    if (typeof shape === 'string') return checkScalar(n, shape, where, owner);
    if ('list' in shape) {
      if (!isSeq(n) || n.items.length === 0) return void err(n ?? owner, `${where} must be a list with at least one item, each on a line starting with "- "`);
      n.items.forEach((item, i) => walk(item, shape.list, `${where}[${i + 1}]`, n));
      return;
    }
    if ('mapOf' in shape) {
      if (!isMap(n) || n.items.length === 0) return void err(n ?? owner, `${where} must map names to their rules, e.g. "url:" on its own line`);
      for (const pair of n.items) walk(pair.value, shape.mapOf, `${where}.${keyOf(pair)}`, pair.key as Node);
      return;
    }
    if (n === null || (isScalar(n) && n.value === null)) {
      if (!shape.nullable) err(n ?? owner, `${where} needs ${(shape.required ?? Object.keys(shape.fields)).join(', ')}`);
      return;
    }
    if (!isMap(n)) return void err(n, `${where} must be "key: value" lines`);
    const known = Object.keys(shape.fields);
    const seen = new Set<string>();
    for (const pair of n.items) {
      const key = keyOf(pair);
      seen.add(key);
      const sub = shape.fields[key];
      if (!sub) {
        const guess = closest(key, known);
        err(pair.key as Node, `unknown key "${key}" in ${where}: ${guess ? `did you mean "${guess}"?` : `use ${known.join(', ')}`}`);
        continue;
      }
      walk(pair.value, sub, `${where}.${key}`, pair.key as Node);
    }
    const missing = (shape.required ?? []).filter((k) => !seen.has(k));
    if (missing.length > 0) err(n, `${where} is missing ${missing.map((k) => `"${k}:"`).join(', ')}: add ${missing.length === 1 ? 'it' : 'them'}`);
  };

  const checkScalar = (n: Node | null, kind: Kind, where: string, owner: Node | null | undefined): void => {
    const value: unknown = isScalar(n) ? n.value : undefined;
    const place = n ?? owner;
    switch (kind) {
      case 'bool':
        if (typeof value !== 'boolean') err(place, `${where} must be true or false`);
        return;
      case 'strings':
        if (!isSeq(n) || n.items.length === 0 || !n.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value !== '')) {
          err(place, `${where} must be a list of names, e.g. [password, password_file]`);
        }
        return;
    }
    if (typeof value !== 'string') return void err(place, `${where} must be text; quote it if it starts with a special character`);
    if (kind === 'text' && value.trim() === '') err(place, `${where} is empty: write the text a learner reads`);
    if (kind === 'severity' && value !== 'error' && value !== 'warning') err(place, `${where} must be error or warning`);
    if (kind === 'type' && !['string', 'number', 'bool', 'array', 'object'].includes(value)) err(place, `${where} must be one of string, number, bool, array, object`);
    if (kind === 'flags' && !/^[imsu]*$/.test(value)) err(place, `${where} may only use the regular expression flags i, m, s, u`);
    if (kind === 'duration' && parseDuration(value) === undefined) err(place, `${where} must be a duration with a unit, e.g. "10s" or "1m"`);
    if (kind === 'regex') {
      try {
        new RegExp(value);
      } catch (e) {
        err(place, `${where} is not a valid regular expression (${(e as Error).message}); single-quote it in YAML so backslashes stay as written`);
      }
    }
  };

  walk(doc.contents, FILE, 'the exercise', null);
  if (errors.length > 0) return { errors };

  const raw = doc.toJS() as Record<string, unknown>;
  const exercise = normalise(id, raw);
  const result = checkExercise(exercise.solution, exercise.rules);
  if (!result.ok) {
    const first = result.findings.find((f) => f.severity === 'error');
    const solutionNode = isMap(doc.contents) ? (doc.contents.get('solution', true) as Node | undefined) : undefined;
    err(solutionNode, `the solution does not pass its own rules (${first?.rule}: ${first?.message}); fix the solution or the rules`);
    return { errors };
  }
  return { exercise, errors };
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

/** Null entries (`id:`) mean "known, no rules"; optional texts default to empty. */
function normalise(id: string, raw: Record<string, unknown>): Exercise {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? {} : clean(x)]));
    return v;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id,
    title: text(raw.title),
    task: text(raw.task),
    label: text(raw.label),
    placeholder: text(raw.placeholder),
    starter: text(raw.starter),
    hints: (raw.hints as string[]).slice(),
    solution: text(raw.solution),
    solutionNote: text(raw.solutionNote),
    passed: text(raw.passed),
    passedWithWarnings: text(raw.passedWithWarnings),
    rules: clean(raw.rules) as Exercise['rules'],
  };
}
