import { scan, type Token } from '../../alloy/scanner.ts';
import { isPublicAttribute, SECRET_BLOCKS } from './secret-names.ts';

export const REDACTED = '<redacted>';

/** `sys.env("NAME")`: the name of a variable is not a secret, and keeping it keeps the answer right. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The Instance ID: digits only. */
const INSTANCE_ID = /^\d+$/;
/** scheme://[userinfo@]host[:port][/path][?query][#fragment] */
const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)([?#][\s\S]*)?$/i;

/** Grafana Cloud tokens (glc_, glsa_) and anything long and random enough to be a key, wherever they are. */
const GRAFANA_TOKEN = /\b(?:glc|glsa)_[A-Za-z0-9+/=_-]*/g;
const LONG_RUN = /[A-Za-z0-9+/=_-]{20,}/g;

function looksRandom(run: string): boolean {
  // Mixed case and digits is how base64 and most API keys look; host names, paths and
  // variable names (one case) are left alone. Long hex strings are keys too.
  const mixed = /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run);
  return mixed || (run.length >= 32 && /^[0-9a-f]+$/i.test(run));
}

export interface Redaction {
  text: string;
  /** How many values were replaced; 0 means the draft had nothing that might be secret. */
  count: number;
}

/** One frame per open bracket: `{` (a block or object), `(` or `[`, with the name it belongs to. */
interface Frame {
  bracket: '{' | '(' | '[';
  /** The block's name for `name {`; empty for objects and other brackets. */
  block: string;
  /** The attribute or object key being assigned in a `{` frame; `(` and `[` inherit their parent's. */
  key: string;
}

/**
 * The draft reduced to what is known to be safe, by allow-list: structure, attribute and block
 * names, labels, `sys.env("NAME")` calls, a URL's scheme, host and path, the Instance ID's digits,
 * and the values of public attributes (url, attributes, poll_frequency, …) outside credential
 * blocks. Every other string, number or bare value, every comment, and every URL's userinfo,
 * query and fragment become `<redacted>`, at any depth of blocks, objects, lists and calls.
 * Works on drafts that do not parse: it reads tokens, not a syntax tree.
 */
export function redactDraft(source: string): Redaction {
  const replacements: { start: number; end: number; text: string }[] = [];
  const tokens = scan(source).tokens;
  const frames: Frame[] = [{ bracket: '{', block: '', key: '' }];
  const top = () => frames[frames.length - 1]!;
  const keys = () => frames.map((f) => f.key).filter((k) => k !== '');
  const inCredentials = () => frames.some((f) => SECRET_BLOCKS.has(f.block));
  /** Public: outside credential blocks, and every enclosing key is public (anything under `attributes` is). */
  const isPublicHere = () => {
    if (inCredentials()) return false;
    const path = keys();
    if (path.length === 0) return false;
    const attrs = path.indexOf('attributes');
    return (attrs >= 0 ? path.slice(0, attrs + 1) : path).every(isPublicAttribute);
  };
  const replace = (t: Token, text: string) => replacements.push({ start: t.start, end: t.end, text });

  const code = tokens.filter((t) => t.kind !== 'comment');
  for (const t of tokens) {
    if (t.kind === 'comment') replace(t, t.text.startsWith('/*') ? `/* ${REDACTED} */` : `// ${REDACTED}`);
  }

  code.forEach((t, i) => {
    const prev = code[i - 1];
    const next = code[i + 1];
    if (t.kind === 'punct' && (t.text === '{' || t.text === '(' || t.text === '[')) {
      if (t.text === '{') {
        // `name {` and `name "label" {` open blocks; `= {` opens an object.
        const named = prev?.kind === 'ident' ? prev : prev && isString(prev) && code[i - 2]?.kind === 'ident' ? code[i - 2] : undefined;
        frames.push({ bracket: '{', block: named?.text ?? '', key: '' });
      } else {
        frames.push({ bracket: t.text as '(' | '[', block: '', key: top().key });
      }
      return;
    }
    if (t.kind === 'punct' && (t.text === '}' || t.text === ')' || t.text === ']')) {
      if (frames.length > 1) frames.pop();
      return;
    }
    if (t.kind === 'terminator' || (t.kind === 'punct' && t.text === ',')) {
      // Only a block or object starts a new key; a comma inside ( ) or [ ] stays within the value.
      if (top().bracket === '{') top().key = '';
      return;
    }
    const isKey = (t.kind === 'ident' || isString(t)) && next && (next.text === '=' || next.text === ':') && !isString(next);
    if (isKey) {
      top().key = isString(t) ? unquote(t.text) : t.text;
      return;
    }
    if (isString(t)) {
      if (next?.kind === 'punct' && next.text === '{') return; // a block label: structure
      if (isEnvName(code, i)) return;
      const value = unquote(t.text);
      if (URL_PARTS.test(value)) {
        const safe = safeUrl(value);
        if (safe !== value) replace(t, requote(t.text, safe));
        return;
      }
      if (top().key === 'username' && INSTANCE_ID.test(value)) return;
      if (isPublicHere()) return;
      replace(t, requote(t.text, REDACTED));
      return;
    }
    if (t.kind === 'number' || t.kind === 'float' || t.kind === 'ident') {
      // A bare value: a number, or a word that is not a call, a member access or a keyword.
      if (t.kind === 'ident' && (next?.text === '(' || next?.text === '.' || prev?.text === '.' || /^(true|false|null)$/.test(t.text))) return;
      if (t.kind === 'ident' && next?.kind === 'punct' && next.text === '{') return; // a block name
      if (t.kind === 'ident' && next && isString(next) && code[i + 2]?.text === '{') return; // a labelled block
      if (t.kind === 'ident' && (keys().length === 0 || prev?.kind === 'terminator' || prev === undefined)) return;
      if (top().key === 'username' && INSTANCE_ID.test(t.text)) return;
      if (isPublicHere()) return;
      replace(t, REDACTED);
    }
  });

  replacements.sort((a, b) => a.start - b.start);
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
  text = text.replace(LONG_RUN, (run) => {
    if (run === REDACTED || !looksRandom(run)) return run;
    count++;
    return REDACTED;
  });
  return { text, count };
}

/** Keeps the scheme, host and path; userinfo, query and fragment are replaced. */
function safeUrl(url: string): string {
  const m = URL_PARTS.exec(url);
  if (!m) return REDACTED;
  const [, scheme = '', authority = '', path = '', rest] = m;
  const at = authority.lastIndexOf('@');
  const host = at >= 0 ? `${REDACTED}@${authority.slice(at + 1)}` : authority;
  const tail = rest ? `${rest[0]}${REDACTED}` : '';
  return scheme + host + path + tail;
}

function isString(t: Token): boolean {
  return t.kind === 'string' || t.kind === 'raw-string';
}

function unquote(text: string): string {
  return text.replace(/^["`]|["`]$/g, '');
}

/** Same quotes as the original, so the draft keeps its shape (an unclosed string stays unclosed). */
function requote(original: string, inner: string): string {
  const q = original[0] === '`' ? '`' : '"';
  const closed = original.length > 1 && original.endsWith(q);
  return q + inner + (closed ? q : '');
}

/** The string is the only argument of sys.env(...) or env(...) and looks like a variable name. */
function isEnvName(code: Token[], i: number): boolean {
  const t = code[i]!;
  if (!ENV_NAME.test(unquote(t.text)) || code[i - 1]?.text !== '(' || code[i + 1]?.text !== ')') return false;
  const fn = code[i - 2];
  return fn?.kind === 'ident' && fn.text === 'env';
}
