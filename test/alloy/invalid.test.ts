import { describe, expect, it } from 'vitest';
import { parse } from '../../src/alloy/parser.ts';

// Each snippet is invalid in real Alloy. The expected place of the first
// error is where grafana/alloy's scanner.go / parser/internal.go report it
// (columns counted in UTF-16 units rather than bytes; all snippets are ASCII).
interface Case {
  name: string;
  source: string;
  line: number;
  col: number;
  message: string;
}

const cases: Case[] = [
  {
    name: 'two attributes on one line',
    source: 'a = 1 b = 2\n',
    line: 1,
    col: 7,
    message: "expected a newline (terminator) after the attribute 'a', got 'b'",
  },
  { name: 'two blocks on one line', source: 'a {} b {}\n', line: 1, col: 6, message: "after the block 'a'" },
  {
    name: 'multi-line array without trailing comma',
    source: 'x = [\n  1,\n  2\n]\n',
    line: 3,
    col: 4,
    message: "missing ',' before newline: a multi-line list needs a comma",
  },
  {
    name: 'multi-line object without trailing comma',
    source: 'o = {\n  a = 1\n}\n',
    line: 2,
    col: 8,
    message: "missing ',' before newline: a multi-line object",
  },
  {
    name: 'multi-line call without trailing comma',
    source: 'c = f(\n  1\n)\n',
    line: 2,
    col: 4,
    message: "missing ',' before newline: a multi-line call",
  },
  {
    name: 'missing comma before a trailing comment',
    source: 'x = [\n  "a" // first\n]\n',
    line: 2,
    col: 7,
    message: "missing ','",
  },
  { name: 'missing comma on one line', source: 'a = [1 2]\n', line: 1, col: 8, message: "missing ',' between list elements" },
  {
    name: 'object fields without commas on one line',
    source: 'a = { b = 1 c = 2 }\n',
    line: 1,
    col: 13,
    message: "missing ',' between object fields",
  },
  { name: 'label with a hyphen', source: 'foo "a-b" {}\n', line: 1, col: 5, message: 'is not a valid identifier' },
  {
    name: 'label with a space',
    source: 'prometheus.scrape "my job" {}\n',
    line: 1,
    col: 19,
    message: 'e.g. "my_job"',
  },
  { name: 'label that is a keyword', source: 'foo "true" {}\n', line: 1, col: 5, message: 'reserved words' },
  {
    name: 'bare identifier as label',
    source: 'foo bar {}\n',
    line: 1,
    col: 5,
    message: 'a block label must be a double-quoted string, e.g. foo "bar" {',
  },
  { name: 'raw string as label', source: 'foo `x` {}\n', line: 1, col: 5, message: 'not a raw string' },
  { name: 'nested block comment', source: '/* /* */ */\n', line: 1, col: 10, message: 'block comments do not nest' },
  { name: 'unterminated string', source: 'a = "abc\n', line: 1, col: 5, message: 'string literal not terminated' },
  {
    name: 'newline inside a double-quoted string',
    source: 'a = "ab\ncd"\n',
    line: 1,
    col: 5,
    message: 'must end on the same line',
  },
  { name: 'unterminated raw string', source: 'a = `abc\nb = 1\n', line: 1, col: 5, message: 'raw string not terminated' },
  {
    name: 'unterminated block comment',
    source: 'a = 1\n/* abc\n',
    line: 2,
    col: 1,
    message: 'block comment not terminated',
  },
  { name: 'unknown escape \\q', source: 'a = "\\q"\n', line: 1, col: 7, message: 'unknown escape sequence \\q' },
  { name: "escaped single quote \\'", source: 'a = "it\\\'s"\n', line: 1, col: 9, message: 'unknown escape sequence' },
  { name: 'short \\x escape', source: 'a = "\\x4g"\n', line: 1, col: 7, message: 'a \\x escape needs 2 hex digits' },
  {
    name: "'=' missing before a number",
    source: 'a 1\n',
    line: 1,
    col: 3,
    message: "expected '=' (attribute), '{' (block) or a block label after 'a', got number 1",
  },
  {
    name: "'=' missing before a string",
    source: 'a "x"\n',
    line: 1,
    col: 6,
    message: 'for an attribute, write a = "x"',
  },
  {
    name: 'unclosed block',
    source: 'a {\n  b = 1\n',
    line: 3,
    col: 1,
    message: "expected '}' to close the block 'a' opened on line 1",
  },
  { name: 'stray closing brace', source: 'a {}\n}\n', line: 2, col: 1, message: "unexpected '}'" },
  {
    name: 'extra closing brace on the same line',
    source: 'a { b = 1 } }\n',
    line: 1,
    col: 13,
    message: "this '}' has no matching '{'",
  },
  { name: 'attribute with no value at end of file', source: 'a =\n', line: 2, col: 1, message: 'expected a value' },
  { name: 'attribute with no value in a block', source: 'b {\n  a =\n}\n', line: 3, col: 1, message: "got '}'" },
  {
    name: 'attribute with no value before another attribute',
    source: 'a =\nb = 2\n',
    line: 2,
    col: 3,
    message: "'a =' on line 1 has no value",
  },
  { name: 'number as a name', source: '1 = 2\n', line: 1, col: 1, message: 'expected an attribute or block name' },
  { name: 'quoted attribute name', source: '"a" = 1\n', line: 1, col: 1, message: 'are not quoted' },
  { name: 'keyword as a name', source: 'true = 1\n', line: 1, col: 1, message: 'reserved words' },
  { name: '# comment', source: '# comment\na = 1\n', line: 1, col: 1, message: "illegal character U+0023 '#'" },
  { name: 'semicolon', source: 'a = 1;\n', line: 1, col: 6, message: 'no semicolons' },
  { name: 'single-quoted string', source: "a = 'x'\n", line: 1, col: 5, message: 'illegal single-quoted string' },
  { name: 'exponent without digits', source: 'a = 1e\n', line: 1, col: 5, message: 'exponent has no digits' },
  { name: 'single |', source: 'a = b | c\n', line: 1, col: 8, message: 'missing second | in ||' },
  { name: 'unary plus', source: 'a = +5\n', line: 1, col: 5, message: "no unary '+'" },
  {
    name: 'operator at the start of a continuation line',
    source: 'a = 1\n  + 2\n',
    line: 2,
    col: 3,
    message: 'end the previous line with the operator',
  },
  { name: 'hex literal', source: 'a = 0x1F\n', line: 1, col: 6, message: "got 'x1F'" },
  {
    name: 'dotted attribute name',
    source: 'a.b = 1\n',
    line: 1,
    col: 1,
    message: 'attribute names may only consist of a single identifier',
  },
  { name: 'attribute with a label', source: 'a "x" = 1\n', line: 1, col: 3, message: 'attribute names may not have labels' },
  { name: 'block used as a value', source: 'x = foo { }\n', line: 1, col: 5, message: 'cannot use a block as an expression' },
  { name: 'number as object key', source: 'a = { 1337 = 2 }\n', line: 1, col: 7, message: 'expected an object key' },
  { name: "object key without '='", source: 'a = { b 1 }\n', line: 1, col: 9, message: "expected '=' after the object key 'b'" },
  {
    name: 'commas between block statements',
    source: 'b { x = 1, y = 2 }\n',
    line: 1,
    col: 10,
    message: 'separated by newlines, not commas',
  },
  {
    name: "block '{' on the next line (labelled)",
    source: 'foo "x"\n{\n}\n',
    line: 1,
    col: 8,
    message: "the '{' must be on the same line",
  },
  { name: "block '{' on the next line", source: 'foo\n{\n}\n', line: 1, col: 4, message: "'{' must be on the same line" },
  { name: 'unclosed parenthesis', source: 'a = (1 + 2\n', line: 1, col: 11, message: "expected ')'" },
  { name: 'nothing after a dot', source: 'a = b.\n', line: 2, col: 1, message: "expected a name after '.'" },
  { name: 'unclosed list at end of file', source: 'a = [1, 2', line: 1, col: 10, message: 'is not closed' },
  { name: 'two strings in a row', source: 'a = "x" "y"\n', line: 1, col: 12, message: "expected '{' after string \"y\"" },
];

describe('invalid Alloy: the first error is where Alloy reports it', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name', ({ source, line, col, message }) => {
    const { errors } = parse(source);
    expect(errors.length).toBeGreaterThan(0);
    const [first] = errors;
    expect({ line: first?.line, col: first?.col }).toEqual({ line, col });
    expect(first?.message).toContain(message);
  });
});
