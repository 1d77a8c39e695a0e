/**
 * Token-level tests for the Grafana Alloy TextMate grammar
 * (src/alloy/grafana-alloy.tmLanguage.json), run through shiki's strict
 * JavaScript regex engine.
 *
 * Each case is: a snippet, a substring of it (optionally its n-th occurrence),
 * a scope that every character of the substring must carry, and optionally
 * scopes that no character of the substring may carry. A scope given as
 * `keyword.operator` matches `keyword.operator` and anything below it
 * (`keyword.operator.arithmetic.alloy`).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

const grammarUrl = new URL('../../src/alloy/grafana-alloy.tmLanguage.json', import.meta.url);
const grammar = JSON.parse(readFileSync(grammarUrl, 'utf8')) as LanguageRegistration;

let highlighter: HighlighterCore;

beforeAll(async () => {
  highlighter = await createHighlighterCore({
    langs: [grammar],
    themes: [],
    engine: createJavaScriptRegexEngine(),
  });
});

/** Scope stack (outermost first, root scope excluded) of every UTF-16 code unit in `code`. */
function scopesPerChar(code: string): string[][] {
  const g = highlighter.getLanguage('alloy');
  const out: string[][] = [];
  let state: ReturnType<typeof g.tokenizeLine>['ruleStack'] | null = null;
  const lines = code.split('\n');
  lines.forEach((line, li) => {
    const res = g.tokenizeLine(line, state);
    state = res.ruleStack;
    const perLine: string[][] = Array.from({ length: line.length }, () => []);
    for (const t of res.tokens) {
      for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) perLine[i] = t.scopes.slice(1);
    }
    out.push(...perLine);
    if (li < lines.length - 1) out.push(['<newline>']);
  });
  return out;
}

/** Token boundaries (absolute offsets) of `code`, to check that a literal is one token. */
function tokenStarts(code: string): Set<number> {
  const g = highlighter.getLanguage('alloy');
  const starts = new Set<number>();
  let state: ReturnType<typeof g.tokenizeLine>['ruleStack'] | null = null;
  let offset = 0;
  for (const line of code.split('\n')) {
    const res = g.tokenizeLine(line, state);
    state = res.ruleStack;
    for (const t of res.tokens) starts.add(offset + t.startIndex);
    offset += line.length + 1;
  }
  return starts;
}

const hasScope = (stack: readonly string[], scope: string): boolean =>
  stack.some((s) => s === scope || s.startsWith(`${scope}.`));

interface Case {
  /** What the case checks (used as the test title). */
  what: string;
  code: string;
  /** Substring of `code` to check. */
  text: string;
  /** 0-based occurrence of `text` in `code`; default 0. */
  nth?: number;
  scope: string;
  not?: string[];
  /** `text` must be exactly one token (no split inside, boundaries at both ends). */
  single?: boolean;
}

const ops = 'x = a + b - c * d / e % f ^ g';
const cmp = 'y = a == b != c < d <= e > f >= g';
const logic = 'z = !a && b || c';
const header = 'prometheus.scrape "default" {\n  targets = []\n}';
const nested = 'a {\n  b {\n    c {\n      d = 1\n    }\n  }\n  e = 2\n}\nf = 3';
const objArr = 'targets = [\n  {\n    "__address__" = "h:9100",\n    job = "x",\n  },\n  {"nu" = "jazz", "n" = "4"},\n  {"bossa" ="nova"},\n  {"lo"="fi"},\n]';
const rawMulti = 'import.string "mod" {\n  content = `\n    import.file "x" {\n      filename = "a.alloy" // not a comment\n    }\n    # yaml-ish\n  `\n  after = 1\n}';
const blockComment = '/* line one\nline two { x = "y" }\n*/\nx = 1';

const cases: Case[] = [
  // ---- comments -------------------------------------------------------------------------
  { what: 'line comment body', code: '// hello', text: 'hello', scope: 'comment.line.double-slash.alloy' },
  { what: 'line comment marker', code: '// hello', text: '//', scope: 'punctuation.definition.comment' },
  { what: 'trailing line comment', code: 'x = 1 // trailing', text: 'trailing', scope: 'comment.line.double-slash' },
  { what: 'code before a trailing comment', code: 'x = 1 // trailing', text: '1', scope: 'constant.numeric.alloy', not: ['comment'] },
  { what: 'block comment body', code: '/* block */', text: 'block', scope: 'comment.block.alloy' },
  { what: 'block comment begin marker', code: '/* block */', text: '/*', scope: 'punctuation.definition.comment' },
  { what: 'block comment end marker', code: '/* block */', text: '*/', scope: 'punctuation.definition.comment' },
  { what: 'multi-line block comment, middle line', code: blockComment, text: 'line two { x = "y" }', scope: 'comment.block.alloy', not: ['string', 'entity', 'variable'] },
  { what: 'multi-line block comment, closing line', code: blockComment, text: '*/', scope: 'comment.block.alloy' },
  { what: 'code after a multi-line block comment', code: blockComment, text: 'x', nth: 1, scope: 'variable.other.property.alloy', not: ['comment'] },
  { what: 'block comments do not nest: inner /* is text', code: '/* a /* b */ c */', text: '/* b', scope: 'comment.block.alloy' },
  { what: 'block comments do not nest: text after the first */ is code', code: '/* a /* b */ c */', text: 'c', scope: 'variable.other.alloy', not: ['comment'] },
  { what: 'block comments do not nest: the stray */ is operators', code: '/* a /* b */ c */', text: '*/', nth: 1, scope: 'keyword.operator.arithmetic', not: ['comment'] },
  { what: 'block comment inside an array', code: 'forward_to = [/* ... */]', text: '...', scope: 'comment.block.alloy' },
  { what: 'array bracket after a block comment', code: 'forward_to = [/* ... */]', text: ']', scope: 'punctuation.section.array.end.alloy', not: ['comment'] },
  { what: 'block comment inside a block body', code: 'block { /* defaults */ }', text: 'defaults', scope: 'comment.block.alloy' },
  { what: '# is not a comment', code: 'x = 1 # no', text: 'no', scope: 'variable.other.alloy', not: ['comment'] },

  // ---- double-quoted strings ----------------------------------------------------------------
  { what: '// inside a string stays string', code: 'url = "http://x"', text: '//x', scope: 'string.quoted.double.alloy', not: ['comment'] },
  { what: '/* inside a string stays string', code: 'p = "/user/*/list/*"', text: '/*/list/*', scope: 'string.quoted.double.alloy', not: ['comment'] },
  { what: 'line after a string containing // is code', code: 's = "a // b"\nt = 1', text: 't', scope: 'variable.other.property.alloy', not: ['string', 'comment'] },
  { what: 'opening quote', code: 's = "abc"', text: '"', scope: 'punctuation.definition.string.begin.alloy' },
  { what: 'closing quote', code: 's = "abc"', text: '"', nth: 1, scope: 'punctuation.definition.string.end.alloy' },
  { what: 'escaped quote does not end the string', code: 's = "say \\"hi\\" now"', text: 'now', scope: 'string.quoted.double.alloy' },
  { what: 'escaped quote is an escape', code: 's = "say \\"hi\\" now"', text: '\\"', scope: 'constant.character.escape.alloy' },
  { what: '"C:\\\\" ends at the quote after \\\\', code: 's = "C:\\\\"\nt = 1', text: 't', scope: 'variable.other.property.alloy', not: ['string'] },
  { what: '\\\\ is an escape', code: 's = "C:\\\\"', text: '\\\\', scope: 'constant.character.escape.alloy', not: ['invalid'] },
  { what: 'regex \\\\d in a string', code: 'r = "^(?P<year>\\\\d+)"', text: '\\\\d', scope: 'string.quoted.double.alloy', not: ['invalid'] },
  { what: 'escape \\n', code: 's = "a\\nb"', text: '\\n', scope: 'constant.character.escape.alloy' },
  { what: 'escape \\t', code: 's = "a\\tb"', text: '\\t', scope: 'constant.character.escape.alloy' },
  { what: 'escape \\a', code: 's = "\\a"', text: '\\a', scope: 'constant.character.escape.alloy' },
  { what: 'escape \\v', code: 's = "\\v"', text: '\\v', scope: 'constant.character.escape.alloy' },
  { what: 'octal escape', code: 's = "\\101"', text: '\\101', scope: 'constant.character.escape.alloy' },
  { what: '\\x escape', code: 's = "\\x41"', text: '\\x41', scope: 'constant.character.escape.alloy' },
  { what: '\\u escape', code: 's = "\\u00e9"', text: '\\u00e9', scope: 'constant.character.escape.alloy' },
  { what: '\\U escape', code: 's = "\\U0001F600"', text: '\\U0001F600', scope: 'constant.character.escape.alloy' },
  { what: "\\' is accepted leniently (docs list it)", code: 's = "it\\\'s"', text: "\\'", scope: 'constant.character.escape.alloy', not: ['invalid'] },
  { what: 'unknown escape is invalid', code: 's = "\\d"', text: '\\d', scope: 'invalid.illegal.escape.alloy' },
  { what: '${...} is not interpolation', code: 'r = "${1}:9100"', text: '${1}', scope: 'string.quoted.double.alloy', not: ['meta.interpolation', 'punctuation', 'variable'] },
  { what: 'Go template text is plain string', code: 't = "{{ .Value }}"', text: '{{ .Value }}', scope: 'string.quoted.double.alloy', not: ['punctuation', 'variable'] },
  { what: 'unterminated string stops at end of line', code: 's = "abc\nt = 1', text: 't', scope: 'variable.other.property.alloy', not: ['string'] },
  { what: 'trailing backslash does not continue a string onto the next line', code: 's = "abc\\\nt = 1', text: 't', scope: 'variable.other.property.alloy', not: ['string'] },

  // ---- raw strings --------------------------------------------------------------------------
  { what: 'regex in a raw string', code: 'r = `\\d+\\.\\d+`', text: '\\d+\\.\\d+', scope: 'string.quoted.other.raw.alloy', not: ['constant.character.escape', 'invalid'] },
  { what: 'raw string backtick punctuation', code: 'r = `x`', text: '`', scope: 'punctuation.definition.string.begin.alloy' },
  { what: 'quotes and // inside a raw string', code: 'r = `a "q" // c`', text: '"q" // c', scope: 'string.quoted.other.raw.alloy', not: ['comment', 'string.quoted.double'] },
  { what: 'backslash before the closing backtick is literal', code: 'r = `C:\\`\nx = 1', text: 'x', scope: 'variable.other.property.alloy', not: ['string'] },
  { what: 'multi-line raw string: Alloy code inside is string', code: rawMulti, text: 'import.file "x" {', scope: 'string.quoted.other.raw.alloy', not: ['entity', 'meta.block.alloy meta.block'] },
  { what: 'multi-line raw string: // inside is string', code: rawMulti, text: '// not a comment', scope: 'string.quoted.other.raw.alloy', not: ['comment'] },
  { what: 'multi-line raw string: # line is string', code: rawMulti, text: '# yaml-ish', scope: 'string.quoted.other.raw.alloy' },
  { what: 'attribute after a multi-line raw string', code: rawMulti, text: 'after', scope: 'variable.other.property.alloy', not: ['string'] },

  // ---- numbers ------------------------------------------------------------------------------
  { what: 'integer', code: 'x = 42', text: '42', scope: 'constant.numeric.alloy', single: true },
  { what: 'float', code: 'x = 3.14', text: '3.14', scope: 'constant.numeric.alloy', single: true },
  { what: 'leading-dot float .5', code: 'x = .5', text: '.5', scope: 'constant.numeric.alloy', single: true },
  { what: 'exponent 2.5E-3', code: 'x = 2.5E-3', text: '2.5E-3', scope: 'constant.numeric.alloy', single: true, not: ['keyword'] },
  { what: 'exponent 1e+2', code: 'x = 1e+2', text: '1e+2', scope: 'constant.numeric.alloy', single: true, not: ['keyword'] },
  { what: '1.5e3 is one token', code: 'x = 1.5e3', text: '1.5e3', scope: 'constant.numeric.alloy', single: true },
  { what: 'trailing-dot float 0.', code: 'x = 0.', text: '0.', scope: 'constant.numeric.alloy', single: true },
  { what: 'float in an array with .5', code: 'x = [1, .5]', text: '.5', scope: 'constant.numeric.alloy', single: true },
  { what: 'unary minus is an operator', code: 'x = -5', text: '-', scope: 'keyword.operator.arithmetic.alloy' },
  { what: '0x1F: only 0 is a number', code: 'x = 0x1F', text: 'x1F', scope: 'variable.other.alloy', not: ['constant.numeric'] },
  { what: 'digits inside identifiers are not numbers', code: 'x = abc123', text: '123', scope: 'variable.other.alloy', not: ['constant.numeric'] },

  // ---- true / false / null --------------------------------------------------------------------
  { what: 'true', code: 'x = true', text: 'true', scope: 'constant.language.alloy' },
  { what: 'false', code: 'x = false', text: 'false', scope: 'constant.language.alloy' },
  { what: 'null', code: 'x = null', text: 'null', scope: 'constant.language.alloy' },
  { what: 'true_value is an identifier', code: 'x = true_value', text: 'true_value', scope: 'variable.other.alloy', not: ['constant.language'] },
  { what: 'nullable is an identifier', code: 'x = nullable', text: 'nullable', scope: 'variable.other.alloy', not: ['constant.language'] },
  { what: 'True (capitalised) is an identifier', code: 'x = True', text: 'True', scope: 'variable.other.alloy', not: ['constant.language'] },

  // ---- block headers ----------------------------------------------------------------------------
  { what: 'dotted block name', code: header, text: 'prometheus.scrape', scope: 'entity.name.type.alloy', not: ['variable'] },
  { what: 'dot in a block name', code: header, text: '.', scope: 'punctuation.accessor.dot.alloy' },
  { what: 'block label is entity.name.tag', code: header, text: '"default"', scope: 'entity.name.tag.alloy' },
  { what: 'block label is also a string', code: header, text: '"default"', scope: 'string.quoted.double.alloy' },
  { what: 'block opening brace', code: header, text: '{', scope: 'punctuation.section.block.begin.alloy' },
  { what: 'block closing brace', code: header, text: '}', scope: 'punctuation.section.block.end.alloy' },
  { what: 'attribute inside a block', code: header, text: 'targets', scope: 'variable.other.property.alloy' },
  { what: 'three-part block name', code: 'otelcol.receiver.otlp "default" {\n}', text: 'otelcol.receiver.otlp', scope: 'entity.name.type.alloy' },
  { what: 'unlabeled block remotecfg {', code: 'remotecfg {\n  url = "x"\n}', text: 'remotecfg', scope: 'entity.name.type.alloy' },
  { what: 'empty block remotecfg { }', code: 'remotecfg { }', text: 'remotecfg', scope: 'entity.name.type.alloy' },
  { what: 'empty block http {}', code: 'http {}', text: 'http', scope: 'entity.name.type.alloy' },
  { what: 'empty block http {}: braces', code: 'http {}', text: '}', scope: 'punctuation.section.block.end.alloy' },
  { what: 'nested block basic_auth {', code: 'remotecfg {\n  basic_auth {\n    username = "u"\n  }\n}', text: 'basic_auth', scope: 'entity.name.type.alloy', not: ['variable'] },
  { what: 'upper-case name fragment stage.Match', code: 'stage.Match {\n}', text: 'stage.Match', scope: 'entity.name.type.alloy' },
  { what: 'custom component lib.MyComp "x"', code: 'lib.MyComp "x" { }', text: 'lib.MyComp', scope: 'entity.name.type.alloy' },
  { what: 'one-line block: name', code: 'livedebugging { enabled = true }', text: 'livedebugging', scope: 'entity.name.type.alloy' },
  { what: 'one-line block: attribute', code: 'livedebugging { enabled = true }', text: 'enabled', scope: 'variable.other.property.alloy' },
  { what: 'one-line nested blocks', code: 'http { auth { } }', text: 'auth', scope: 'entity.name.type.alloy' },
  { what: 'name = is an attribute', code: 'endpoint = "a"\nendpoint {\n}', text: 'endpoint', scope: 'variable.other.property.alloy', not: ['entity.name.type'] },
  { what: 'name { is a block', code: 'endpoint = "a"\nendpoint {\n}', text: 'endpoint', nth: 1, scope: 'entity.name.type.alloy', not: ['variable'] },
  { what: 'nested blocks: innermost name', code: nested, text: 'c', scope: 'entity.name.type.alloy' },
  { what: 'nested blocks: innermost attribute', code: nested, text: 'd', scope: 'variable.other.property.alloy' },
  { what: 'nested blocks: attribute after a nested block', code: nested, text: 'e', scope: 'variable.other.property.alloy' },
  { what: 'attribute after the block on a following line', code: nested, text: 'f', scope: 'variable.other.property.alloy', not: ['meta.block'] },
  { what: 'labelled nested block in declare', code: 'declare "x" {\n  argument "y" {\n    optional = false\n  }\n}', text: '"y"', scope: 'entity.name.tag.alloy' },
  { what: 'labelled nested block name', code: 'declare "x" {\n  argument "y" {\n    optional = false\n  }\n}', text: 'argument', scope: 'entity.name.type.alloy' },
  { what: 'name = { is an object, not a block', code: 'attributes = {\n  a = 1,\n}', text: '{', scope: 'punctuation.section.object.begin.alloy', not: ['punctuation.section.block'] },
  { what: 'attribute whose value is an object', code: 'attributes = {\n  a = 1,\n}', text: 'attributes', scope: 'variable.other.property.alloy', not: ['entity.name.type'] },

  // ---- attributes -------------------------------------------------------------------------------
  { what: 'top-level attribute', code: 'log_level = "debug"', text: 'log_level', scope: 'variable.other.property.alloy' },
  { what: 'assignment operator', code: 'log_level = "debug"', text: '=', scope: 'keyword.operator.assignment.alloy' },
  { what: 'a == b is a comparison, not an attribute', code: 'x = a == b', text: 'a', scope: 'variable.other.alloy', not: ['variable.other.property'] },
  { what: 'Unicode attribute name', code: 'métrica_café = 1', text: 'métrica_café', scope: 'variable.other.property.alloy' },
  { what: 'attribute value string is not a property', code: 'log_level = "debug"', text: '"debug"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },

  // ---- objects --------------------------------------------------------------------------------
  { what: 'bare object key', code: 'x = { key = 1, "quoted-key" = 2 }', text: 'key', scope: 'variable.other.property.alloy' },
  { what: 'quoted object key is a property', code: 'x = { key = 1, "quoted-key" = 2 }', text: '"quoted-key"', scope: 'variable.other.property.alloy' },
  { what: 'quoted object key is also a string', code: 'x = { key = 1, "quoted-key" = 2 }', text: '"quoted-key"', scope: 'string.quoted.double.alloy' },
  { what: 'object comma', code: 'x = { key = 1, "quoted-key" = 2 }', text: ',', scope: 'punctuation.separator.comma.alloy' },
  { what: 'object closing brace', code: 'x = { key = 1 }', text: '}', scope: 'punctuation.section.object.end.alloy' },
  { what: 'object value string is not a key', code: 'x = { k = "v" }', text: '"v"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },
  { what: 'array of objects: quoted key', code: objArr, text: '"__address__"', scope: 'variable.other.property.alloy' },
  { what: 'array of objects: value', code: objArr, text: '"h:9100"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },
  { what: 'array of objects: bare key', code: objArr, text: 'job', scope: 'variable.other.property.alloy' },
  { what: 'array of objects: one-line object key', code: objArr, text: '"n"', scope: 'variable.other.property.alloy' },
  { what: 'array of objects: one-line object value', code: objArr, text: '"jazz"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },
  { what: 'key with no space before =', code: objArr, text: '"bossa"', scope: 'variable.other.property.alloy' },
  { what: 'key and value with no spaces', code: objArr, text: '"lo"', scope: 'variable.other.property.alloy' },
  { what: 'value with no spaces', code: objArr, text: '"fi"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },
  { what: 'array of objects: object brace', code: objArr, text: '{', scope: 'punctuation.section.object.begin.alloy' },
  { what: 'key match[]', code: 'x = { "match[]" = ["up"] }', text: '"match[]"', scope: 'variable.other.property.alloy' },
  { what: 'key with dots and slash', code: 'x = { "app.kubernetes.io/name" = "a" }', text: '"app.kubernetes.io/name"', scope: 'variable.other.property.alloy' },
  { what: 'key with an escaped quote', code: 'x = { "a\\"b" = 1 }', text: '\\"', scope: 'constant.character.escape.alloy' },
  { what: 'nested object key', code: 'x = { a = { b = 1 } }', text: 'b', scope: 'variable.other.property.alloy' },
  { what: 'string compared with == in an object is not a key', code: 'x = { a = b == "y" }', text: '"y"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },
  { what: 'reference as an object value', code: 'x = { a = b.c }', text: 'b.c', scope: 'variable.other.alloy', not: ['variable.other.property'] },

  // ---- function calls ---------------------------------------------------------------------------
  { what: 'sys.env(', code: 'x = sys.env("HOME")', text: 'sys.env', scope: 'entity.name.function.alloy' },
  { what: 'string.format(', code: 'x = string.format("%s", y)', text: 'string.format', scope: 'entity.name.function.alloy' },
  { what: 'array.concat(', code: 'x = array.concat(a, b)', text: 'array.concat', scope: 'entity.name.function.alloy' },
  { what: 'coalesce(', code: 'x = coalesce(a, "")', text: 'coalesce', scope: 'entity.name.function.alloy' },
  { what: 'encoding.from_URLbase64(', code: 'x = encoding.from_URLbase64(y)', text: 'encoding.from_URLbase64', scope: 'entity.name.function.alloy' },
  { what: 'function from a custom component', code: 'x = custom.lib.transform(y)', text: 'custom.lib.transform', scope: 'entity.name.function.alloy' },
  { what: 'call argument string', code: 'x = sys.env("HOME")', text: '"HOME"', scope: 'string.quoted.double.alloy' },
  { what: 'call opening paren', code: 'x = sys.env("HOME")', text: '(', scope: 'punctuation.section.arguments.begin.alloy' },
  { what: 'call closing paren', code: 'x = sys.env("HOME")', text: ')', scope: 'punctuation.section.arguments.end.alloy' },
  { what: 'call argument reference', code: 'x = string.format("%s", y.z)', text: 'y.z', scope: 'variable.other.alloy' },
  { what: 'nested call', code: 'x = string.join(string.split(y, ","), "-")', text: 'string.split', scope: 'entity.name.function.alloy' },
  { what: 'multi-line call', code: 'x = coalesce(\n  sys.env("A"),\n  "b",\n)', text: 'sys.env', scope: 'entity.name.function.alloy' },
  { what: 'a reference is not a function', code: 'x = discovery.relabel.x.output', text: 'discovery.relabel.x.output', scope: 'variable.other.alloy', not: ['entity.name.function'] },

  // ---- references and indexing --------------------------------------------------------------------
  { what: 'component export reference', code: 'forward_to = [prometheus.remote_write.default.receiver]', text: 'prometheus.remote_write.default.receiver', scope: 'variable.other.alloy' },
  { what: 'dots in a reference', code: 'x = argument.attributes.value', text: '.', scope: 'punctuation.accessor.dot.alloy' },
  { what: 'argument reference', code: 'x = argument.attributes.value', text: 'argument.attributes.value', scope: 'variable.other.alloy', not: ['entity'] },
  { what: 'bare identifier reference', code: 'x = file.path_join(module_path, "a")', text: 'module_path', scope: 'variable.other.alloy' },
  { what: 'index bracket', code: 'x = argument.x.value["k"]', text: '[', scope: 'punctuation.section.brackets.begin.alloy', not: ['punctuation.section.array'] },
  { what: 'index key string', code: 'x = argument.x.value["k"]', text: '"k"', scope: 'string.quoted.double.alloy', not: ['variable.other.property'] },
  { what: 'index reference', code: 'x = argument.x.value["k"]', text: 'argument.x.value', scope: 'variable.other.alloy' },
  { what: 'chained index: number', code: 'x = discovery.kubernetes.pods.targets[0]["__address__"]', text: '0', scope: 'constant.numeric.alloy' },
  { what: 'chained index: second bracket', code: 'x = discovery.kubernetes.pods.targets[0]["__address__"]', text: '[', nth: 1, scope: 'punctuation.section.brackets.begin.alloy' },
  { what: 'member access after an index', code: 'x = y[0].address', text: 'address', scope: 'variable.other' },
  { what: 'foreach variable index', code: 'max = t["n"]', text: 't', scope: 'variable.other.alloy' },

  // ---- operators --------------------------------------------------------------------------------
  { what: '+', code: ops, text: '+', scope: 'keyword.operator.arithmetic.alloy' },
  { what: '-', code: ops, text: '-', scope: 'keyword.operator.arithmetic.alloy' },
  { what: '*', code: ops, text: '*', scope: 'keyword.operator.arithmetic.alloy' },
  { what: '/', code: ops, text: '/', scope: 'keyword.operator.arithmetic.alloy', not: ['comment'] },
  { what: '%', code: ops, text: '%', scope: 'keyword.operator.arithmetic.alloy' },
  { what: '^', code: ops, text: '^', scope: 'keyword.operator.arithmetic.alloy' },
  { what: '==', code: cmp, text: '==', scope: 'keyword.operator.comparison.alloy', single: true },
  { what: '!=', code: cmp, text: '!=', scope: 'keyword.operator.comparison.alloy', single: true, not: ['keyword.operator.logical'] },
  { what: '<', code: cmp, text: '<', single: true, scope: 'keyword.operator.comparison.alloy' },
  { what: '<=', code: cmp, text: '<=', scope: 'keyword.operator.comparison.alloy', single: true },
  { what: '>', code: cmp, text: '>', single: true, scope: 'keyword.operator.comparison.alloy' },
  { what: '>=', code: cmp, text: '>=', scope: 'keyword.operator.comparison.alloy', single: true },
  { what: '!', code: logic, text: '!', scope: 'keyword.operator.logical.alloy' },
  { what: '&&', code: logic, text: '&&', scope: 'keyword.operator.logical.alloy', single: true },
  { what: '||', code: logic, text: '||', scope: 'keyword.operator.logical.alloy', single: true },

  // ---- punctuation --------------------------------------------------------------------------------
  { what: 'array brackets', code: 'x = [1, 2]', text: '[', scope: 'punctuation.section.array.begin.alloy' },
  { what: 'array comma', code: 'x = [1, 2]', text: ',', scope: 'punctuation.separator.comma.alloy' },
  { what: 'grouping parens', code: 'x = (1 + 2) * 3', text: '(', scope: 'punctuation.section.parens.begin.alloy' },
  { what: 'nested arrays', code: 'x = [[1], [2]]', text: '[', nth: 1, scope: 'punctuation.section.array.begin.alloy', not: ['punctuation.section.brackets'] },
  { what: 'multi-line array trailing comma', code: 'x = [\n  "a",\n  "b",\n]', text: ',', nth: 1, scope: 'punctuation.separator.comma.alloy' },
];

describe('grafana-alloy grammar: token scopes', () => {
  it('has at least 85 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(85);
  });

  it.each(cases.map((c) => [c.what, c] as const))('%s', (_title, c) => {
    let at = -1;
    for (let n = 0; n <= (c.nth ?? 0); n++) {
      at = c.code.indexOf(c.text, at + 1);
      expect(at, `occurrence ${n} of ${JSON.stringify(c.text)} in ${JSON.stringify(c.code)}`).toBeGreaterThanOrEqual(0);
    }
    const scopes = scopesPerChar(c.code);
    for (let i = at; i < at + c.text.length; i++) {
      const stack = scopes[i] ?? [];
      const where = `char ${JSON.stringify(c.code[i])} at ${i} has [${stack.join(', ')}]`;
      expect(hasScope(stack, c.scope), `${where}; expected ${c.scope}`).toBe(true);
      for (const bad of c.not ?? []) {
        // A `not` entry with a space means "this scope nested inside that one".
        const parts = bad.split(' ');
        const found =
          parts.length === 1
            ? hasScope(stack, bad)
            : stack.some((s, k) => hasScope([s], parts[0] ?? '') && hasScope(stack.slice(k + 1), parts.slice(1).join(' ')));
        expect(found, `${where}; must not have ${bad}`).toBe(false);
      }
    }
    if (c.single) {
      const starts = tokenStarts(c.code);
      expect(starts.has(at), `token starts at ${at}`).toBe(true);
      expect(starts.has(at + c.text.length) || at + c.text.length === c.code.length, 'token ends after the text').toBe(true);
      for (let i = at + 1; i < at + c.text.length; i++) expect(starts.has(i), `no token boundary at ${i}`).toBe(false);
    }
  });
});
