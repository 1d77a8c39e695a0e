/**
 * Typographic quotes that phones, word processors and chat apps put in for `"`: Alloy only
 * knows the straight one, and a curly quote would give a cascade of syntax errors. Each is
 * one UTF-16 unit, like `"`, so the caret stays where it was.
 */
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** The text with every typographic double quote made straight; the same length as the input. */
export function straightenQuotes(text: string): string {
  return text.replace(CURLY_DOUBLE, '"');
}
