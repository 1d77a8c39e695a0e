import { fullMatch, type PlaceholderContext, type PlaceholderDecl } from '../../content/placeholder-types.ts';

export type Encoded = { ok: true; text: string } | { ok: false; message: string };

/** Longer than any token or URL a learner pastes; keeps a stray paste from filling every slide. */
export const MAX_VALUE_LENGTH = 2000;

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * The text to put in the code for `value` where the placeholder sits, so the block still parses
 * as Alloy. Inside "double quotes" every character Alloy would read specially is escaped;
 * elsewhere a value that would change the code's meaning is refused with the reason.
 */
export function encodeValue(value: string, context: PlaceholderContext): Encoded {
  if (value.length > MAX_VALUE_LENGTH) return { ok: false, message: `This is longer than ${MAX_VALUE_LENGTH} characters: paste only the value itself.` };
  switch (context) {
    case 'string':
      return {
        ok: true,
        text: value.replace(/[\\"\u0000-\u001f\u007f]/g, (ch) => {
          if (ch === '\\') return '\\\\';
          if (ch === '"') return '\\"';
          if (ch === '\n') return '\\n';
          if (ch === '\r') return '\\r';
          if (ch === '\t') return '\\t';
          return hex4(ch.charCodeAt(0));
        }),
      };
    case 'raw':
      // A raw string has no escapes: a backtick would end it.
      if (value.includes('`')) return { ok: false, message: 'This value cannot contain a backtick (`).' };
      return { ok: true, text: value };
    case 'comment':
      if (/[\r\n]/.test(value)) return { ok: false, message: 'This value cannot contain a line break.' };
      return { ok: true, text: value };
    case 'code':
      // Outside a string any other character could change what the code means.
      if (!/^[A-Za-z0-9._:/@+-]*$/.test(value)) return { ok: false, message: 'Use only letters, digits and . _ : / @ + - here.' };
      return { ok: true, text: value };
  }
}

/** The first reason `value` cannot go into every place the deck uses it, or null. */
export function refusal(value: string, contexts: readonly PlaceholderContext[]): string | null {
  for (const c of contexts.length > 0 ? contexts : (['string'] as const)) {
    const r = encodeValue(value, c);
    if (!r.ok) return r.message;
  }
  return null;
}

/** Why `value` is not accepted for `decl` (its pattern's message, or a refusal), or null when it is. */
export function checkValue(decl: PlaceholderDecl, value: string): string | null {
  if (value === '') return null;
  if (decl.pattern !== undefined && !fullMatch(decl.pattern).test(value)) {
    return decl.message ?? `This does not look like a ${decl.label}.`;
  }
  return refusal(value, decl.contexts);
}
