import { describe, expect, it } from 'vitest';
import { checkExercise } from '../../src/learn/exercise/check-exercise.ts';
import { findTypographic, straightenQuotes } from '../../src/learn/exercise/straight-quotes.ts';

const rules = { blocks: { logging: { attributes: { level: { required: { rule: 'level-missing', message: 'Add level.' } } } } } };

describe('straightenQuotes', () => {
  it.each([
    ['url = \u201Chttps://x/\u201D', 'url = "https://x/"'],
    ['a = \u201Ex\u201F', 'a = "x"'],
    ['a = \u00ABx\u00BB', 'a = "x"'],
    ['a = \u2033x\u2033', 'a = "x"'],
    ['a = \uFF02x\uFF02', 'a = "x"'],
    // Single quotes become the straight single quote the learner typed, which Alloy reports plainly.
    ['a = \u2018x\u2019', "a = 'x'"],
    ['a = \u201Ax\u201B \u2032 \u2039x\u203A \uFF07', "a = 'x' ' 'x' '"],
    ['// don\u2019t paste the token', "// don't paste the token"],
    ['level\u00A0=\u202F"warn"\u2007', 'level = "warn" '],
    ['plain "text" stays', 'plain "text" stays'],
    ['', ''],
  ])('%s', (input, expected) => {
    const out = straightenQuotes(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('turns a pasted config with curly quotes into one Alloy accepts', () => {
    const pasted = 'logging {\n  level = \u201Cwarn\u201D\n}\n';
    expect(checkExercise(pasted, rules).ok).toBe(false);
    expect(checkExercise(straightenQuotes(pasted), rules)).toEqual({ ok: true, findings: [] });
  });
});

describe('findTypographic', () => {
  it('lists every offset and names the first character and its twin', () => {
    expect(findTypographic('a = \u2018x\u2019 \u201Cy\u201D')).toEqual({ offsets: [4, 6, 8, 10], first: { char: '\u2018', twin: "'" } });
    expect(findTypographic('a = "x"')).toBeNull();
  });
});

describe('checkExercise with typographic quotes', () => {
  it('reports curly double quotes once, at the first, with nothing following from them', () => {
    const typed = 'logging {\n  level = \u201Cwarn\u201D\n}\n';
    const { ok, findings } = checkExercise(typed, rules);
    expect(ok).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'typographic-quote', line: 2, col: 11, severity: 'error' });
    expect(findings[0]!.message).toContain('use straight quotes: type "');
    expect(findings[0]!.message).toContain('2 such characters');
    // Not the bogus errors a curly quote used to cause: ':' outside a string, "expected a value".
    expect(findings.map((f) => f.message).join(' ')).not.toMatch(/illegal character|expected a value/);
  });

  it('reports a URL in curly quotes once (the colon stays inside the string)', () => {
    const typed = 'remotecfg {\n  url = \u201Chttps://fleet-management-prod-us-east-0.grafana.net/\u201D\n}\n';
    const { findings } = checkExercise(typed, { blocks: {} });
    expect(findings.map((f) => f.rule)).toEqual(['typographic-quote']);
  });

  it('reports curly single quotes once, not as a single-quoted string as well', () => {
    const { findings } = checkExercise('logging {\n  level = \u2018warn\u2019\n}\n', rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'typographic-quote', line: 2, col: 11 });
    expect(findings[0]!.message).toContain("type ' instead");
  });

  it('reports a no-break space as one error', () => {
    const { findings } = checkExercise('logging {\n  level\u00A0= "warn"\n}\n', rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('no-break space');
    expect(findings[0]).toMatchObject({ line: 2, col: 8 });
  });

  it('keeps real errors elsewhere in the file', () => {
    const { findings } = checkExercise('logging {\n  level = \u201Cwarn\u201D\n  x = \n}\n', rules);
    expect(findings[0]?.rule).toBe('typographic-quote');
    expect(findings.length).toBeGreaterThan(1);
    expect(findings.slice(1).every((f) => f.rule === 'syntax' && f.line !== 2)).toBe(true);
  });

  it('says a straight single-quoted string once, not twice at the same place', () => {
    const { findings } = checkExercise("logging {\n  level = 'warn'\n}\n", rules);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'syntax', line: 2, col: 11, message: 'illegal single-quoted string; use double quotes' });
  });
});
