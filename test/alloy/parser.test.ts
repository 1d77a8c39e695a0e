import { describe, expect, it } from 'vitest';
import type { AttributeStmt, BlockStmt, Expr } from '../../src/alloy/ast.ts';
import { formatDiagnostic, parse } from '../../src/alloy/parser.ts';

function parseOk(source: string) {
  const result = parse(source);
  expect(result.errors).toEqual([]);
  return result.file;
}

/** The value of `x = <source>`, parsed without errors. */
function expr(source: string): Expr {
  const stmt = parseOk(`x = ${source}\n`).body[0] as AttributeStmt;
  return stmt.value;
}

/** A compact Lisp-like rendering that makes operator structure easy to compare. */
function show(e: Expr): string {
  switch (e.type) {
    case 'literal':
      return e.raw;
    case 'identifier':
      return e.name;
    case 'access':
      return `${show(e.object)}.${e.name}`;
    case 'index':
      return `${show(e.object)}[${show(e.index)}]`;
    case 'call':
      return `${show(e.callee)}(${e.args.map(show).join(', ')})`;
    case 'unary':
      return `(${e.op}${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'paren':
      return `<${show(e.inner)}>`;
    case 'array':
      return `[${e.elements.map(show).join(', ')}]`;
    case 'object':
      return `{${e.fields.map((f) => `${f.quoted ? JSON.stringify(f.key) : f.key}=${show(f.value)}`).join(', ')}}`;
  }
}

describe('parse: statements', () => {
  it('parses a labelled component block with attributes and a nested block', () => {
    const file = parseOk(
      [
        'prometheus.remote_write "default" {',
        '  endpoint {',
        '    url = "http://mimir:9009/api/v1/push"',
        '  }',
        '  external_labels = { cluster = "dev" }',
        '}',
        '',
      ].join('\n'),
    );
    const block = file.body[0] as BlockStmt;
    expect(block).toMatchObject({
      type: 'block',
      name: 'prometheus.remote_write',
      label: 'default',
      pos: { line: 1, col: 1, offset: 0 },
      labelPos: { line: 1, col: 25 },
    });
    expect(block.body.map((s) => `${s.type}:${s.name}`)).toEqual(['block:endpoint', 'attribute:external_labels']);
    const endpoint = block.body[0] as BlockStmt;
    expect(endpoint.label).toBeUndefined();
    expect(endpoint.body[0]).toMatchObject({
      type: 'attribute',
      name: 'url',
      namePos: { line: 3, col: 5 },
      value: { type: 'literal', kind: 'string', value: 'http://mimir:9009/api/v1/push', rawString: false },
    });
  });

  it('parses top-level attributes, empty blocks and one-line blocks', () => {
    const file = parseOk('log_level = "debug"\nhttp {}\nlivedebugging { enabled = true }\n');
    expect(file.body.map((s) => s.type)).toEqual(['attribute', 'block', 'block']);
    expect((file.body[1] as BlockStmt).body).toEqual([]);
    expect((file.body[2] as BlockStmt).body[0]).toMatchObject({ name: 'enabled', value: { kind: 'bool', value: true } });
  });

  it('keeps an empty label as written (Alloy treats it as no label)', () => {
    expect(parseOk('foo "" {}\n').body[0]).toMatchObject({ name: 'foo', label: '' });
  });

  it('ignores comments anywhere between tokens', () => {
    const file = parseOk('/* head */ a { // x\n  b = [/* none */] // y\n}\n');
    const inner = (file.body[0] as BlockStmt).body[0] as AttributeStmt;
    expect(inner.value).toMatchObject({ type: 'array', elements: [] });
  });

  it('accepts a UTF-8 BOM and CRLF line endings', () => {
    const file = parseOk('\uFEFFa = 1\r\nb {\r\n  c = "x"\r\n}\r\n');
    expect(file.body.map((s) => s.name)).toEqual(['a', 'b']);
  });
});

describe('parse: expressions', () => {
  it('parses literals with their values', () => {
    expect(expr('"a\\tb"')).toMatchObject({ kind: 'string', value: 'a\tb', raw: '"a\\tb"' });
    expect(expr('`a\\tb`')).toMatchObject({ kind: 'string', value: 'a\\tb', rawString: true });
    expect(expr('.5')).toMatchObject({ kind: 'number', value: 0.5, float: true });
    expect(expr('2.5E-3')).toMatchObject({ kind: 'number', value: 0.0025, float: true });
    expect(expr('1e+2')).toMatchObject({ kind: 'number', value: 100 });
    expect(expr('42')).toMatchObject({ kind: 'number', value: 42, float: false });
    expect(expr('010')).toMatchObject({ kind: 'number', value: 8 });
    expect(expr('false')).toMatchObject({ kind: 'bool', value: false });
    expect(expr('null')).toMatchObject({ kind: 'null', value: null, raw: 'null' });
  });

  it('follows Alloy precedence', () => {
    expect(show(expr('1 + 2 * 3 - 4'))).toBe('((1 + (2 * 3)) - 4)');
    expect(show(expr('a || b && c == d'))).toBe('(a || (b && (c == d)))');
    expect(show(expr('1 == 2 != 3'))).toBe('((1 == 2) != 3)');
    expect(show(expr('!a && -b < 3'))).toBe('((!a) && ((-b) < 3))');
    expect(show(expr('(1 + 5) * 100'))).toBe('(<(1 + 5)> * 100)');
  });

  it('makes ^ right-associative and tighter than *', () => {
    expect(show(expr('1 ^ 2 ^ 3'))).toBe('(1 ^ (2 ^ 3))');
    expect(show(expr('2 * 3 ^ 2'))).toBe('(2 * (3 ^ 2))');
  });

  it('parses references, dotted calls and indexing as postfix chains', () => {
    expect(show(expr('prometheus.exporter.unix.default.targets'))).toBe('prometheus.exporter.unix.default.targets');
    expect(show(expr('sys.env("HOME")'))).toBe('sys.env("HOME")');
    expect(show(expr('discovery.k8s.pods.targets[0]["__address__"]'))).toBe(
      'discovery.k8s.pods.targets[0]["__address__"]',
    );
    expect(show(expr('(a.b.c)(1, 3 * l[i * 2]).f'))).toBe('<a.b.c>(1, (3 * l[(i * 2)])).f');
    const call = expr('string.format("%s", x)');
    expect(call).toMatchObject({
      type: 'call',
      callee: { type: 'access', name: 'format', object: { type: 'identifier', name: 'string' } },
      args: [{ kind: 'string', value: '%s' }, { type: 'identifier', name: 'x' }],
    });
  });

  it('parses arrays and objects with bare and quoted keys, trailing commas and newlines', () => {
    const src = '[\n  { "__address__" = "h:9100", job = "a" },\n  [1, 2,],\n]';
    expect(show(expr(src))).toBe('[{"__address__"="h:9100", job="a"}, [1, 2]]');
    const obj = expr('{\n  a = 1,\n  "b-c" = `x`,\n}');
    expect(obj).toMatchObject({
      type: 'object',
      fields: [
        { key: 'a', quoted: false, pos: { line: 2, col: 3 } },
        { key: 'b-c', quoted: true, value: { rawString: true } },
      ],
    });
  });

  it('lets an expression continue after an operator at the end of a line', () => {
    expect(show(expr('"a" +\n  "b"'))).toBe('("a" + "b")');
  });

  it('records positions of operators and nested expressions', () => {
    const e = expr('a + b');
    expect(e).toMatchObject({ type: 'binary', pos: { line: 1, col: 5, offset: 4 }, opPos: { col: 7 } });
  });
});

describe('formatDiagnostic', () => {
  it('formats FILE:LINE:COL: message', () => {
    expect(formatDiagnostic('c.alloy', { line: 3, col: 7, message: 'boom' })).toBe('c.alloy:3:7: boom');
  });
});
