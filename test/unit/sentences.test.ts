import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/learn/sentences.ts';

const texts = (s: string, max?: number) => splitSentences(s, max).map((x) => x.text);

describe('splitSentences', () => {
  it('splits at . ! ? followed by a space, and at line breaks', () => {
    expect(texts('Hello there. It works! Does it?\nA new paragraph')).toEqual(['Hello there.', 'It works!', 'Does it?', 'A new paragraph']);
  });

  it('keeps offsets that point back into the source', () => {
    const source = '  First one.   Second one.\n\n Third ';
    const out = splitSentences(source);
    expect(out.map((s) => s.text)).toEqual(['First one.', 'Second one.', 'Third']);
    for (const s of out) expect(source.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split inside versions, file names and host names', () => {
    expect(texts('Install Alloy v1.7.2 or later. Edit config.alloy on fleet-management-x.grafana.net today.')).toEqual([
      'Install Alloy v1.7.2 or later.',
      'Edit config.alloy on fleet-management-x.grafana.net today.',
    ]);
  });

  it('does not split after common abbreviations or a leading list number', () => {
    expect(texts('Use a label, e.g. env or team. Then go.')).toEqual(['Use a label, e.g. env or team.', 'Then go.']);
    expect(texts('1. Install Alloy. 2. Restart it.')).toEqual(['1. Install Alloy.', '2. Restart it.']);
  });

  it('keeps closing quotes and brackets with their sentence, and ellipses end one', () => {
    expect(texts('He said "stop." Then (quietly.) Wait… Done?!')).toEqual(['He said "stop."', 'Then (quietly.)', 'Wait…', 'Done?!']);
    expect(texts('It’s ‘done.’ Next')).toEqual(['It’s ‘done.’', 'Next']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });

  it('breaks a sentence longer than the limit at a comma, each part within the limit', () => {
    const long = `${'word '.repeat(20)}first part, ${'more '.repeat(20)}second part; ${'tail '.repeat(10)}end.`;
    const out = splitSentences(long, 120);
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) {
      expect(s.text.length).toBeLessThanOrEqual(120);
      expect(long.slice(s.start, s.end)).toBe(s.text);
    }
    expect(out[0]!.text.endsWith('first part,')).toBe(true);
    expect(out.map((s) => s.text).join(' ')).toBe(long);
  });

  it('breaks a long sentence without punctuation at a space', () => {
    const long = 'abcdefghij '.repeat(40).trim();
    const out = splitSentences(long);
    expect(out.length).toBe(3);
    for (const s of out) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(out.map((s) => s.text).join(' ')).toBe(long);
  });

  it('cuts a long sentence of one unbroken word at the limit', () => {
    const out = splitSentences('x'.repeat(450));
    expect(out.map((s) => s.text.length)).toEqual([200, 200, 50]);
  });
});
