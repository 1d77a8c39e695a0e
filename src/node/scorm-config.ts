import { isMap, isScalar, type Document, type LineCounter } from 'yaml';
import type { ScormConfig } from '../content/deck-types.ts';
import type { SlideError } from './slide-error.ts';

const KNOWN = ['masteryScore'];

/**
 * `scorm:` in deck.yaml: what the learning-platform package reports. Optional; absent means the
 * package reports `completed` rather than `passed`/`failed`.
 */
export function parseScormConfig(doc: Document, lc: LineCounter, file: string): { scorm?: ScormConfig; errors: SlideError[] } {
  if (!isMap(doc.contents)) return { errors: [] };
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'scorm');
  if (!pair) return { errors: [] };
  const at = (node: unknown, message: string): SlideError => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const p = lc.linePos(range?.[0] ?? 0);
    return { file, line: p.line, col: p.col, message };
  };
  const value = pair.value;
  if (!isMap(value)) return { errors: [at(pair.key, 'scorm must be a map, e.g. "scorm: { masteryScore: 80 }"')] };
  const errors: SlideError[] = [];
  const scorm: ScormConfig = {};
  for (const item of value.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!KNOWN.includes(key)) {
      errors.push(at(item.key, `unknown scorm setting "${key}": the only one is masteryScore (a percentage, e.g. masteryScore: 80)`));
      continue;
    }
    const n: unknown = isScalar(item.value) ? item.value.value : undefined;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100) {
      errors.push(at(item.value ?? item.key, 'scorm.masteryScore must be a whole percentage from 0 to 100, e.g. masteryScore: 80'));
    } else scorm.masteryScore = n;
  }
  return errors.length ? { errors } : { scorm, errors };
}
