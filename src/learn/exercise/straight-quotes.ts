/**
 * What phones, word processors and chat apps put in for the characters Alloy needs: curly and
 * angled quotes for `"` and `'` (iOS Smart Punctuation, Android keyboards, pasted documents),
 * full-width quotes from CJK keyboards, and no-break spaces from pasted web pages. Alloy reads
 * none of them, and each gives a cascade of syntax errors. Every one is a single UTF-16 unit,
 * like its twin, so swapping them keeps the length and the caret where it was.
 */
const TWINS: Readonly<Record<string, string>> = {
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\uFF02': '"', // ＂
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
  '\uFF07': "'", // ＇
  '\u00A0': ' ', // no-break space
  '\u202F': ' ', // narrow no-break space
  '\u2007': ' ', // figure space
};

const TYPOGRAPHIC = new RegExp(`[${Object.keys(TWINS).join('')}]`, 'g');

/** The text with every typographic quote and no-break space made plain; the same length as the input. */
export function straightenQuotes(text: string): string {
  return text.replace(TYPOGRAPHIC, (c) => TWINS[c] ?? c);
}

export interface Typographic {
  /** UTF-16 offsets of every typographic character, in order. */
  offsets: number[];
  /** The first one and the plain character it stands for. */
  first: { char: string; twin: string };
}

/** Where the text has characters straightenQuotes would change; null when it has none. */
export function findTypographic(text: string): Typographic | null {
  const offsets: number[] = [];
  for (const m of text.matchAll(TYPOGRAPHIC)) offsets.push(m.index);
  const at = offsets[0];
  if (at === undefined) return null;
  const char = text.charAt(at);
  return { offsets, first: { char, twin: TWINS[char] ?? char } };
}
