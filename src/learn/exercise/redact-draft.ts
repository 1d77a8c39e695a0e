import { scan, type Token } from '../../alloy/scanner.ts';
import { isSecretAttribute, SECRET_BLOCKS } from './secret-names.ts';

export const REDACTED = '<redacted>';

/** `sys.env("NAME")`: the name of a variable is not a secret, and keeping it keeps the answer right. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Grafana Cloud tokens (glc_, glsa_) and anything long and random enough to be a key. */
const GRAFANA_TOKEN = /\b(?:glc|glsa)_[A-Za-z0-9+/=_-]*/g;
/** user:password@ in a URL. */
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@"`]+@/gi;
const LONG_RUN = /[A-Za-z0-9+/=_-]{20,}/g;

function looksRandom(run: string): boolean {
  // Mixed case and digits is how base64 and most API keys look; host names, paths and
  // variable names (one case) are left alone. Long hex strings are keys too.
  const mixed = /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run);
  return mixed || (run.length >= 32 && /^[0-9a-f]+$/i.test(run));
}

export interface Redaction {
  text: string;
  /** How many values were replaced; 0 means the draft had nothing secret-looking. */
  count: number;
}

/**
 * The draft with every secret-looking value replaced by `<redacted>`: all strings inside
 * basic_auth (and the other auth blocks), strings given to password / bearer_token-like
 * attributes, then anywhere in the text (comments too) Grafana tokens and long random
 * strings, and user:password@ in URLs. Works on drafts that do not parse: it reads tokens, not a syntax tree.
 */
export function redactDraft(source: string): Redaction {
  const replacements: { start: number; end: number; text: string }[] = [];
  const tokens = scan(source).tokens;
  const code = tokens.filter((t) => t.kind !== 'comment');

  // One frame per open brace: the block it belongs to, and the attribute being assigned in it.
  const frames: { block: string; key: string }[] = [{ block: '', key: '' }];
  const top = () => frames[frames.length - 1]!;
  const secretHere = () => frames.some((f) => SECRET_BLOCKS.has(f.block) || isSecretAttribute(f.key));

  code.forEach((t, i) => {
    const prev = code[i - 1];
    const next = code[i + 1];
    if (t.text === '{' && t.kind === 'punct') {
      // `name {` and `name "label" {` open blocks; `= {` opens an object.
      const named = prev?.kind === 'ident' ? prev : prev && isString(prev) && code[i - 2]?.kind === 'ident' ? code[i - 2] : undefined;
      frames.push({ block: named?.text ?? '', key: '' });
    } else if (t.text === '}' && t.kind === 'punct') {
      if (frames.length > 1) frames.pop();
    } else if (t.kind === 'terminator' || (t.kind === 'punct' && t.text === ',')) {
      top().key = '';
    } else if ((t.kind === 'ident' || isString(t)) && next && (next.text === '=' || next.text === ':') && next.kind !== 'string') {
      top().key = isString(t) ? unquote(t.text) : t.text;
    } else if (isString(t) && secretHere() && !isEnvName(code, i)) {
      replacements.push({ start: t.start, end: t.end, text: quoteLike(t.text) });
    }
  });

  let text = '';
  let at = 0;
  for (const r of replacements) {
    text += source.slice(at, r.start) + r.text;
    at = r.end;
  }
  text += source.slice(at);
  let count = replacements.length;
  text = text.replace(GRAFANA_TOKEN, () => {
    count++;
    return REDACTED;
  });
  text = text.replace(URL_CREDENTIALS, (_, scheme: string) => {
    count++;
    return `${scheme}${REDACTED}@`;
  });
  text = text.replace(LONG_RUN, (run) => {
    if (run === REDACTED || !looksRandom(run)) return run;
    count++;
    return REDACTED;
  });
  return { text, count };
}

function isString(t: Token): boolean {
  return t.kind === 'string' || t.kind === 'raw-string';
}

function unquote(text: string): string {
  return text.replace(/^["`]|["`]$/g, '');
}

/** Same quotes as the original, so the draft keeps its shape (an unclosed string stays unclosed). */
function quoteLike(text: string): string {
  const q = text[0] === '`' ? '`' : '"';
  const closed = text.length > 1 && text.endsWith(q);
  return q + REDACTED + (closed ? q : '');
}

/** The string is the only argument of sys.env(...) or env(...) and looks like a variable name. */
function isEnvName(code: Token[], i: number): boolean {
  const t = code[i]!;
  if (!ENV_NAME.test(unquote(t.text)) || code[i - 1]?.text !== '(' || code[i + 1]?.text !== ')') return false;
  const fn = code[i - 2];
  return fn?.kind === 'ident' && fn.text === 'env';
}
