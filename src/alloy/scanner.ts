import type { Diagnostic } from './diagnostic.ts';

// A port of grafana/alloy syntax/scanner/scanner.go. The state machine (ch,
// offset, readOffset, insertTerm) mirrors the Go code on purpose so that
// terminator insertion and error positions match Alloy exactly; only the
// messages are reworded for people. Offsets are UTF-16 indexes, not bytes.

export type TokenKind =
  | 'ident'
  | 'number'
  | 'float'
  | 'string'
  | 'raw-string'
  | 'comment'
  | 'operator'
  | 'punct'
  | 'terminator'
  | 'eof'
  | 'illegal';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  line: number;
  col: number;
}

export interface ScanResult {
  tokens: Token[];
  errors: Diagnostic[];
}

export interface TokenSource {
  /** The next token, comments included; returns `eof` forever at the end. */
  next(): Token;
}

const EOF = -1;
const BOM = 0xfeff;
const NEWLINE = 0x0a;

/** Maps a source offset to its 1-based line and UTF-16 column. Lines break on '\n' only, as in Alloy. */
export function createLineIndex(source: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

const LETTER = /^\p{L}$/u;
const UNICODE_DIGIT = /^\p{Nd}$/u;

export function isLetter(ch: number): boolean {
  return (
    (ch >= 0x61 && ch <= 0x7a) ||
    (ch >= 0x41 && ch <= 0x5a) ||
    ch === 0x5f ||
    (ch >= 0x80 && LETTER.test(String.fromCodePoint(ch)))
  );
}

function isDecimal(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

function isDigit(ch: number): boolean {
  return isDecimal(ch) || (ch >= 0x80 && UNICODE_DIGIT.test(String.fromCodePoint(ch)));
}

function digitVal(ch: number): number {
  if (isDecimal(ch)) return ch - 0x30;
  const lower = ch | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return 16;
}

/** Go's %#U, e.g. `U+0023 '#'`, which is how Alloy names a bad character. */
export function describeRune(ch: number): string {
  const hex = `U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
  const printable = ch > 0x20 && ch !== 0x7f && !(ch >= 0x80 && ch < 0xa0);
  return printable ? `${hex} '${String.fromCodePoint(ch)}'` : hex;
}

const KEYWORDS = new Set(['true', 'false', 'null']);

/** True if `s` is exactly one Alloy identifier (keywords excluded), like scanner.IsValidIdentifier. */
export function isValidIdentifier(s: string): boolean {
  if (KEYWORDS.has(s)) return false;
  let first = true;
  for (const c of s) {
    const ch = c.codePointAt(0) ?? EOF;
    if (!(isLetter(ch) || (!first && isDigit(ch)))) return false;
    first = false;
  }
  return !first;
}

const ILLEGAL_HINTS: Record<string, string> = {
  '#': 'comments start with // or /*, not #',
  ';': 'Alloy has no semicolons; put each statement on its own line',
  ':': "use '=' to assign a value",
  "'": 'use double quotes for strings',
};

export function createScanner(source: string, onError: (d: Diagnostic) => void): TokenSource {
  const position = createLineIndex(source);
  let ch = EOF;
  let offset = 0;
  let readOffset = 0;
  let insertTerm = false;
  // findLineEnd reads ahead and rewinds; errors seen while reading ahead are
  // reported again when the text is scanned for real, so they are muted.
  let muted = false;

  const error = (at: number, message: string): void => {
    if (muted) return;
    onError({ ...position(at), message });
  };

  const next = (): void => {
    if (readOffset >= source.length) {
      offset = source.length;
      ch = EOF;
      return;
    }
    offset = readOffset;
    const r = source.codePointAt(readOffset) ?? EOF;
    if (r === 0) error(offset, 'illegal character NUL');
    else if (r >= 0xd800 && r <= 0xdfff) error(offset, 'illegal UTF-16 surrogate: the text is not valid Unicode');
    else if (r === BOM && offset > 0) error(offset, 'illegal byte order mark: it is only allowed as the first character');
    readOffset += r > 0xffff ? 2 : 1;
    ch = r;
  };

  // Reads ch through a call so TypeScript does not keep a narrowing of it
  // across next(), which changes it behind the compiler's back.
  const cur = (): number => ch;

  const peek = (): number => (readOffset < source.length ? source.charCodeAt(readOffset) : 0);

  const skipWhitespace = (): void => {
    while (ch === 0x20 || ch === 0x09 || ch === 0x0d || (ch === NEWLINE && !insertTerm)) next();
  };

  const digits = (): number => {
    let count = 0;
    while (isDecimal(ch)) {
      next();
      count++;
    }
    return count;
  };

  const scanIdentifier = (): void => {
    while (isLetter(ch) || isDigit(ch)) next();
  };

  const scanNumber = (start: number): TokenKind => {
    let kind: TokenKind = 'number';
    if (ch !== 0x2e) digits();
    if (ch === 0x2e) {
      kind = 'float';
      next();
      digits();
    }
    if ((ch | 0x20) === 0x65) {
      kind = 'float';
      next();
      if (ch === 0x2b || ch === 0x2d) next();
      if (digits() === 0) {
        error(start, `exponent has no digits in number ${source.slice(start, offset)}: write e.g. 1e3 or 2.5E-3`);
      }
    }
    return kind;
  };

  const scanEscape = (): void => {
    const at = offset;
    let n: number;
    let base: number;
    let max: number;
    let kind: string;
    switch (ch) {
      case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c: case 0x22:
        next();
        return;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        [n, base, max, kind] = [3, 8, 255, 'an octal escape \\NNN needs 3 octal digits'];
        break;
      case 0x78:
        next();
        [n, base, max, kind] = [2, 16, 255, 'a \\x escape needs 2 hex digits'];
        break;
      case 0x75:
        next();
        [n, base, max, kind] = [4, 16, 0x10ffff, 'a \\u escape needs 4 hex digits'];
        break;
      case 0x55:
        next();
        [n, base, max, kind] = [8, 16, 0x10ffff, 'a \\U escape needs 8 hex digits'];
        break;
      default:
        if (ch === EOF) error(at, 'escape sequence not terminated: the file ends after a backslash');
        else if (ch === 0x27) error(at, "unknown escape sequence \\': write ' without a backslash inside double quotes");
        else if (ch === NEWLINE) error(at, 'unknown escape sequence: a backslash at the end of a line does not continue the string');
        else {
          error(
            at,
            `unknown escape sequence \\${String.fromCodePoint(ch)}: write \\\\ for a literal backslash ` +
              '(valid escapes: \\a \\b \\f \\n \\r \\t \\v \\\\ \\" \\NNN \\xHH \\uHHHH \\UHHHHHHHH), or use a `raw string`',
          );
        }
        return;
    }
    let x = 0;
    for (; n > 0; n--) {
      const d = digitVal(ch);
      if (d >= base) {
        if (cur() === EOF) error(at, 'escape sequence not terminated: the file ends inside it');
        else error(at, `illegal character ${describeRune(ch)} in escape sequence: ${kind}`);
        return;
      }
      x = x * base + d;
      next();
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      error(at, `escape sequence is invalid Unicode code point (${source.slice(at - 1, offset)})`);
    }
  };

  // `start` is the offset of the opening quote, already consumed.
  const scanString = (start: number, until: number, escape: boolean, multiline: boolean): void => {
    for (;;) {
      const c = ch;
      if ((!multiline && c === NEWLINE) || c === EOF) {
        if (until === 0x60) error(start, 'raw string not terminated: add the closing backtick (`)');
        else if (c === NEWLINE) {
          error(
            start,
            'string literal not terminated: a double-quoted string must end on the same line ' +
              '(use \\n for a line break, or a `raw string` for multi-line text)',
          );
        } else error(start, 'string literal not terminated: add the closing double quote (")');
        return;
      }
      next();
      if (c === until) return;
      if (escape && c === 0x5c) scanEscape();
    }
  };

  const scanComment = (start: number): void => {
    if (ch === 0x2f) {
      while (cur() !== NEWLINE && cur() !== EOF) next();
      return;
    }
    next();
    while (ch !== EOF) {
      const c = ch;
      next();
      if (c === 0x2a && cur() === 0x2f) {
        next();
        return;
      }
    }
    error(start, "block comment not terminated: add '*/' (block comments do not nest; the first '*/' ends one)");
  };

  // Whether the comment starting at the '/' just consumed runs, possibly
  // through more comments, to the end of its line. Scanner state is restored.
  const findLineEnd = (): boolean => {
    const saved = { ch, offset, readOffset };
    muted = true;
    try {
      while (cur() === 0x2f || cur() === 0x2a) {
        if (cur() === 0x2f) return true;
        next();
        while (cur() !== EOF) {
          const c = cur();
          if (c === NEWLINE) return true;
          next();
          if (c === 0x2a && cur() === 0x2f) {
            next();
            break;
          }
        }
        skipWhitespace();
        if (cur() === EOF || cur() === NEWLINE) return true;
        if (cur() !== 0x2f) return false;
        next();
      }
      return false;
    } finally {
      ({ ch, offset, readOffset } = saved);
      muted = false;
    }
  };

  const make = (kind: TokenKind, start: number, end: number = offset): Token => ({
    kind,
    text: source.slice(start, end),
    start,
    end,
    ...position(start),
  });

  const scanToken = (): Token => {
    skipWhitespace();
    const start = offset;
    let insert = false;
    let token: Token;

    if (isLetter(ch)) {
      scanIdentifier();
      insert = true;
      token = make('ident', start);
    } else if (isDecimal(ch) || (ch === 0x2e && isDecimal(peek()))) {
      insert = true;
      token = make(scanNumber(start), start);
    } else {
      const c = ch;
      next();
      switch (c) {
        case EOF:
          if (insertTerm) {
            insertTerm = false;
            return make('terminator', start, start);
          }
          return make('eof', start, start);
        case NEWLINE:
          insertTerm = false;
          return make('terminator', start);
        case 0x27:
          error(start, 'illegal single-quoted string; use double quotes');
          insert = true;
          scanString(start, 0x27, true, false);
          token = make('illegal', start);
          break;
        case 0x22:
          insert = true;
          scanString(start, 0x22, true, false);
          token = make('string', start);
          break;
        case 0x60:
          insert = true;
          scanString(start, 0x60, false, true);
          token = make('raw-string', start);
          break;
        case 0x7c:
        case 0x26: {
          const op = String.fromCharCode(c);
          if (ch !== c) error(offset, `missing second ${op} in ${op}${op}: Alloy has no single ${op} operator`);
          else next();
          token = make('operator', start);
          break;
        }
        case 0x21:
        case 0x3d:
        case 0x3c:
        case 0x3e:
          if (ch === 0x3d) next();
          token = make('operator', start);
          break;
        case 0x2b:
        case 0x2d:
        case 0x2a:
        case 0x25:
        case 0x5e:
          token = make('operator', start);
          break;
        case 0x2f:
          if (ch === 0x2f || ch === 0x2a) {
            // A comment ending its line stands in for the newline, so the
            // terminator goes before it (empty, at the comment's start).
            if (insertTerm && findLineEnd()) {
              // Rewind onto the '/' so the comment is scanned next time.
              ch = 0x2f;
              offset = start;
              readOffset = start + 1;
              insertTerm = false;
              return make('terminator', start, start);
            }
            scanComment(start);
            // Like Alloy, a line comment does not own the '\r' of a CRLF ending.
            token = make('comment', start, source[offset - 1] === '\r' && source[start + 1] === '/' ? offset - 1 : offset);
          } else {
            token = make('operator', start);
          }
          break;
        case 0x7d:
        case 0x29:
        case 0x5d:
          insert = true;
          token = make('punct', start);
          break;
        case 0x7b:
        case 0x28:
        case 0x5b:
        case 0x2c:
        case 0x2e:
          token = make('punct', start);
          break;
        default: {
          if (c !== BOM) {
            const hint = ILLEGAL_HINTS[String.fromCodePoint(c)];
            error(start, `illegal character ${describeRune(c)}${hint ? `: ${hint}` : ''}`);
          }
          insert = insertTerm;
          token = make('illegal', start);
        }
      }
    }
    insertTerm = insert;
    return token;
  };

  next();
  if (ch === BOM) next();
  return { next: scanToken };
}

/** Scans the whole source. The result ends with one `eof` token. */
export function scan(source: string): ScanResult {
  const errors: Diagnostic[] = [];
  const scanner = createScanner(source, (d) => errors.push(d));
  const tokens: Token[] = [];
  for (;;) {
    const token = scanner.next();
    tokens.push(token);
    if (token.kind === 'eof') return { tokens, errors };
  }
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, '\\': 0x5c, '"': 0x22,
};

const ESCAPE = /\\(?:([abfnrtv\\"])|([0-7]{3})|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/y;

/**
 * The value of a string token's text. Escapes are decoded the way Go's
 * strconv.Unquote does: \x and octal escapes are bytes of a UTF-8 sequence.
 * Invalid escapes are kept as written (the scanner has already reported them).
 */
export function stringValue(text: string): string {
  if (text.startsWith('`')) return text.slice(1, text.length > 1 && text.endsWith('`') ? -1 : undefined);
  const body = text.slice(1, text.length > 1 && text.endsWith('"') ? -1 : undefined);
  if (!body.includes('\\')) return body;
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  let plainFrom = 0;
  const flushPlain = (to: number): void => {
    bytes.push(...encoder.encode(body.slice(plainFrom, to)));
  };
  for (let i = body.indexOf('\\'); i !== -1; i = body.indexOf('\\', i)) {
    ESCAPE.lastIndex = i;
    const m = ESCAPE.exec(body);
    if (!m) {
      i++;
      continue;
    }
    flushPlain(i);
    const [, simple, octal, hex, u4, u8] = m;
    if (simple !== undefined) bytes.push(SIMPLE_ESCAPES[simple] ?? 0);
    else if (octal !== undefined) bytes.push(parseInt(octal, 8) & 0xff);
    else if (hex !== undefined) bytes.push(parseInt(hex, 16));
    else {
      const cp = parseInt(u4 ?? u8 ?? '', 16);
      const valid = cp <= 0x10ffff && !(cp >= 0xd800 && cp < 0xe000);
      bytes.push(...encoder.encode(valid ? String.fromCodePoint(cp) : '\ufffd'));
    }
    i = ESCAPE.lastIndex;
    plainFrom = i;
  }
  flushPlain(body.length);
  return new TextDecoder().decode(new Uint8Array(bytes));
}
