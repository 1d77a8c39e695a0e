/** A value the learner can fill into the deck's code, declared once in slides/deck.yaml. */

/** Where an occurrence sits in its code: inside "double quotes", a `raw string`, a comment, or anywhere else. */
export type PlaceholderContext = 'string' | 'raw' | 'comment' | 'code';

export interface PlaceholderDecl {
  /** The name without brackets: `CLUSTER` for `<CLUSTER>`. */
  name: string;
  /** The text as it appears in code: `<CLUSTER>`. */
  token: string;
  label: string;
  /** Where to find the value. */
  help: string;
  /** A regular expression the whole value must match (source text, without ^ and $). */
  pattern?: string;
  /** Shown when the value does not match `pattern`. */
  message?: string;
  /** Kept in memory for the page's life only. */
  secret: boolean;
  /** Every kind of place the deck's code uses it (filled in by the build), so a value is checked against all. */
  contexts: PlaceholderContext[];
}

/** `<NAME>` as a placeholder looks in code; NAME starts with a capital letter. */
export const PLACEHOLDER_TOKEN = /<([A-Z][A-Z0-9_]*)>/g;

/** The whole value must match: the pattern is wrapped, so an author need not anchor it. */
export function fullMatch(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}
