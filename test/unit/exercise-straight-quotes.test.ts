import { describe, expect, it } from 'vitest';
import { checkExercise } from '../../src/learn/exercise/check-exercise.ts';
import { straightenQuotes } from '../../src/learn/exercise/straight-quotes.ts';

describe('straightenQuotes', () => {
  it.each([
    ['url = \u201Chttps://x/\u201D', 'url = "https://x/"'],
    ['a = \u201Ex\u201F', 'a = "x"'],
    ['a = \u00ABx\u00BB', 'a = "x"'],
    ['a = \u2033x\u2033', 'a = "x"'],
    ['plain "text" stays', 'plain "text" stays'],
    ['', ''],
  ])('%s', (input, expected) => {
    const out = straightenQuotes(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('turns a pasted config with curly quotes into one Alloy accepts', () => {
    const pasted = 'logging {\n  level = \u201Cwarn\u201D\n}\n';
    const rules = { blocks: { logging: { attributes: { level: { required: { rule: 'level-missing', message: 'Add level.' } } } } } };
    expect(checkExercise(pasted, rules).ok).toBe(false);
    expect(checkExercise(straightenQuotes(pasted), rules)).toEqual({ ok: true, findings: [] });
  });
});
