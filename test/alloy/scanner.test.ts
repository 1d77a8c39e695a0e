import { describe, expect, it } from 'vitest';
import { scan, stringValue, type Token, type TokenKind } from '../../src/alloy/scanner.ts';

/** [kind, text] pairs, without the final eof token. */
function lex(source: string): [TokenKind, string][] {
  const { tokens } = scan(source);
  return tokens.filter((t) => t.kind !== 'eof').map((t) => [t.kind, t.text]);
}

function only(source: string, kind: TokenKind): Token[] {
  return scan(source).tokens.filter((t) => t.kind === kind);
}

describe('scan: comments and strings', () => {
  it('keeps // and /* inside a string as string text', () => {
    expect(lex('url = "http://x/*y*/"')).toEqual([
      ['ident', 'url'],
      ['operator', '='],
      ['string', '"http://x/*y*/"'],
      ['terminator', ''],
    ]);
  });

  it('ends a string at an unescaped quote and not at an escaped one', () => {
    const src = 'a = "say \\"hi\\"" // done';
    const [str] = only(src, 'string');
    expect(str?.text).toBe('"say \\"hi\\""');
    expect(only(src, 'comment').map((t) => t.text)).toEqual(['// done']);
    expect(stringValue(str?.text ?? '')).toBe('say "hi"');
  });

  it('treats \\\\ before the closing quote as an escaped backslash', () => {
    const src = 'p = "C:\\\\" /* c */';
    expect(only(src, 'string').map((t) => t.text)).toEqual(['"C:\\\\"']);
    expect(only(src, 'comment').map((t) => t.text)).toEqual(['/* c */']);
    expect(scan(src).errors).toEqual([]);
  });

  it('keeps regexes in raw strings verbatim, including backslashes, quotes and comment markers', () => {
    const src = 'regex = `^(\\d+)"//x/*`';
    const tokens = only(src, 'raw-string');
    expect(tokens.map((t) => t.text)).toEqual(['`^(\\d+)"//x/*`']);
    expect(only(src, 'comment')).toEqual([]);
    expect(stringValue(tokens[0]?.text ?? '')).toBe('^(\\d+)"//x/*');
  });

  it('lets a raw string span lines and reports where it starts', () => {
    const src = 'c = `line1\nline2`\nd = 1';
    const [raw] = only(src, 'raw-string');
    expect(raw).toMatchObject({ text: '`line1\nline2`', line: 1, col: 5, start: 4, end: 17 });
    expect(only(src, 'ident').at(-1)).toMatchObject({ text: 'd', line: 3, col: 1 });
  });

  it('ends a block comment at the first */ (no nesting)', () => {
    const src = '/* a /* b */ c */';
    expect(lex(src)).toEqual([
      ['comment', '/* a /* b */'],
      ['ident', 'c'],
      ['operator', '*'],
      // '/' is an operator, so no terminator is inserted after it.
      ['operator', '/'],
    ]);
  });

  it('gives exact offsets for comment and string regions', () => {
    const src = 'a = "x" // y\n/* z */ b = `w`';
    const regions = scan(src)
      .tokens.filter((t) => ['comment', 'string', 'raw-string'].includes(t.kind))
      .map((t) => [t.kind, t.start, t.end, src.slice(t.start, t.end)]);
    expect(regions).toEqual([
      ['string', 4, 7, '"x"'],
      ['comment', 8, 12, '// y'],
      ['comment', 13, 20, '/* z */'],
      ['raw-string', 25, 28, '`w`'],
    ]);
  });

  it('decodes the escapes Alloy accepts', () => {
    expect(stringValue('"\\a\\b\\f\\n\\r\\t\\v\\\\\\""')).toBe('\x07\b\f\n\r\t\v\\"');
    expect(stringValue('"\\101\\x42\\u0043\\U0001F600"')).toBe('ABC\u{1F600}');
    expect(stringValue('"\\xc3\\xa9"')).toBe('é');
    expect(scan('a = "\\101\\x42\\u0043\\U0001F600"').errors).toEqual([]);
  });
});

describe('scan: names and numbers', () => {
  it('splits a dotted block name with a label', () => {
    expect(lex('prometheus.scrape "default" {')).toEqual([
      ['ident', 'prometheus'],
      ['punct', '.'],
      ['ident', 'scrape'],
      ['string', '"default"'],
      ['punct', '{'],
    ]);
  });

  it('distinguishes name = from name {', () => {
    expect(lex('endpoint = "x"\nendpoint {}').map(([k, t]) => `${k}:${t}`)).toEqual([
      'ident:endpoint',
      'operator:=',
      'string:"x"',
      'terminator:\n',
      'ident:endpoint',
      'punct:{',
      'punct:}',
      'terminator:',
    ]);
  });

  it('scans object keys, bare and quoted', () => {
    expect(lex('{ job = "a", "app.kubernetes.io/name" = b }')).toEqual([
      ['punct', '{'],
      ['ident', 'job'],
      ['operator', '='],
      ['string', '"a"'],
      ['punct', ','],
      ['string', '"app.kubernetes.io/name"'],
      ['operator', '='],
      ['ident', 'b'],
      ['punct', '}'],
      ['terminator', ''],
    ]);
  });

  it('scans a dotted function call', () => {
    expect(lex('sys.env("HOME")')).toEqual([
      ['ident', 'sys'],
      ['punct', '.'],
      ['ident', 'env'],
      ['punct', '('],
      ['string', '"HOME"'],
      ['punct', ')'],
      ['terminator', ''],
    ]);
  });

  it('scans floats with a leading dot and exponents', () => {
    expect(lex('a = .5')[2]).toEqual(['float', '.5']);
    expect(lex('a = 2.5E-3')[2]).toEqual(['float', '2.5E-3']);
    expect(lex('a = 1e+2')[2]).toEqual(['float', '1e+2']);
    expect(lex('a = 0.')[2]).toEqual(['float', '0.']);
    expect(lex('a = 42')[2]).toEqual(['number', '42']);
  });

  it('does not read hex: 0x1F is a number then an identifier', () => {
    expect(lex('0x1F').slice(0, 2)).toEqual([
      ['number', '0'],
      ['ident', 'x1F'],
    ]);
  });

  it('scans every operator, ^ included', () => {
    const ops = lex('a ^ b || c && !d == e != f < g <= h > i >= j + k - l * m / n % o')
      .filter(([k]) => k === 'operator')
      .map(([, t]) => t);
    expect(ops).toEqual(['^', '||', '&&', '!', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);
  });

  it('accepts Unicode letters in identifiers', () => {
    expect(lex('métrica_café = 1')[0]).toEqual(['ident', 'métrica_café']);
  });
});

describe('scan: terminators', () => {
  it('inserts a terminator after an identifier, literal, ) ] or } at the end of a line', () => {
    const terminated = ['a', '"s"', '1', '1.5', 'true', 'null', 'f()', '[1]', '{}', '`r`'];
    for (const src of terminated) {
      expect(lex(`${src}\n`).at(-1), src).toEqual(['terminator', '\n']);
    }
  });

  it('skips a newline after an operator, comma or opening bracket', () => {
    for (const src of ['a =\n1', 'a +\nb', '[\n1,\n2,\n]', 'f(\nx,\n)', '{\n}']) {
      const newlines = lex(src).filter(([k, t]) => k === 'terminator' && t === '\n');
      expect(newlines, src).toEqual([]);
    }
  });

  it('puts the terminator before a trailing comment, which then ends the line', () => {
    const src = 'a = 1 // one\nb = 2';
    const tokens = scan(src).tokens;
    const term = tokens[3];
    expect(term).toMatchObject({ kind: 'terminator', text: '', start: 6, end: 6 });
    expect(tokens[4]).toMatchObject({ kind: 'comment', text: '// one' });
    expect(tokens[5]).toMatchObject({ kind: 'ident', text: 'b', line: 2, col: 1 });
  });

  it('does not end the line at a comment followed by more code', () => {
    expect(lex('a = 1 /* c */ + 2').map(([k]) => k)).toEqual([
      'ident',
      'operator',
      'number',
      'comment',
      'operator',
      'number',
      'terminator',
    ]);
  });

  it('handles CRLF: CR is whitespace, the terminator is the LF, line comments stop before CR', () => {
    const src = 'a = 1 // c\r\nb = "x"\r\n';
    const { tokens, errors } = scan(src);
    expect(errors).toEqual([]);
    expect(tokens.find((t) => t.kind === 'comment')).toMatchObject({ text: '// c', start: 6, end: 10 });
    expect(tokens.find((t) => t.text === 'b')).toMatchObject({ line: 2, col: 1 });
    expect(tokens.filter((t) => t.kind === 'terminator').map((t) => t.text)).toEqual(['', '\n']);
  });

  it('ends with an eof token and a terminator for a last line without newline', () => {
    const { tokens } = scan('a = 1');
    expect(tokens.slice(-2).map((t) => [t.kind, t.start])).toEqual([
      ['terminator', 5],
      ['eof', 5],
    ]);
  });
});

describe('scan: errors', () => {
  it('reports illegal characters with their position', () => {
    const { tokens, errors } = scan('a = 1\n# no');
    expect(tokens.find((t) => t.kind === 'illegal')).toMatchObject({ text: '#', line: 2, col: 1 });
    expect(errors[0]).toMatchObject({ line: 2, col: 1 });
    expect(errors[0]?.message).toContain("illegal character U+0023 '#'");
  });

  it('reports an unterminated string at its opening quote', () => {
    const { errors } = scan('x = 1\ny = "abc\n');
    expect(errors).toEqual([{ line: 2, col: 5, message: expect.stringContaining('string literal not terminated') }]);
  });

  it('reports a bad escape at the character after the backslash', () => {
    const { errors } = scan('x = "a\\qb"');
    expect(errors).toEqual([{ line: 1, col: 8, message: expect.stringContaining('unknown escape sequence') }]);
  });

  it("rejects \\' like Alloy's scanner does", () => {
    expect(scan(`x = "it\\'s"`).errors[0]?.message).toContain('unknown escape sequence');
  });
});
