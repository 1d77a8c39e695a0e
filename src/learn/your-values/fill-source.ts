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
