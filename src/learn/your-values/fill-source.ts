import { scan } from '../../alloy/scanner.ts';
import { PLACEHOLDER_TOKEN, type PlaceholderContext } from '../../content/placeholder-types.ts';
import { encodeValue } from './insert-value.ts';

/**
 * Alloy source with each `<NAME>` that has a value replaced by it, escaped for where it sits
 * (the same rules as the slides' code); a placeholder without a value, or whose value cannot
 * be written there, stays as it is.
 *
 * The exercise panel starts its editor from `fillPlaceholders(starter, currentValues({ secrets: false }))`
 * (issue 14, item 5). Secrets are left out on purpose: the exercise's draft is saved with the progress.
 */
export function fillPlaceholders(source: string, values: Readonly<Record<string, string>>): string {
  const tokens = scan(source).tokens;
  const contextAt = (offset: number): PlaceholderContext => {
    const t = tokens.find((k) => k.start <= offset && offset < k.end);
    if (t?.kind === 'string') return 'string';
    if (t?.kind === 'raw-string') return 'raw';
    if (t?.kind === 'comment') return 'comment';
    return 'code';
  };
  return source.replace(PLACEHOLDER_TOKEN, (whole, name: string, offset: number) => {
    const value = values[name];
    if (!value) return whole;
    const encoded = encodeValue(value, contextAt(offset));
    return encoded.ok ? encoded.text : whole;
  });
}

/**
 * An exercise's starter as this learner first sees it: each line that names a placeholder appears
 * only once the learner has given every value it names, filled in; other lines stay as written. So a
 * starter of reference comments ("// Your instance ID: <INSTANCE_ID>") is empty for a learner who
 * has filled in nothing, and shows their own values to one who has.
 */
export function starterFor(starter: string, values: Readonly<Record<string, string>>): string {
  const lines = starter.split('\n').filter((line) => [...line.matchAll(PLACEHOLDER_TOKEN)].every((m) => Boolean(values[m[1] ?? ''])));
  const kept = lines.join('\n');
  return kept.trim() === '' ? '' : fillPlaceholders(kept, values);
}
