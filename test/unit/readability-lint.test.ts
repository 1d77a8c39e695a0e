import { describe, expect, it } from 'vitest';
import { CODE_COLUMNS_AT_1024, readabilityLint } from '../../src/node/readability-lint.ts';

const long = 'x'.repeat(CODE_COLUMNS_AT_1024 + 1);
const fits = 'x'.repeat(CODE_COLUMNS_AT_1024);

describe('readabilityLint', () => {
  it('points at a code line too long for the column at 1024 px, at the first column that scrolls', () => {
    const src = ['---', 'title: A', '---', '', '```alloy', fits, long, '```', ''].join('\n');
    const w = readabilityLint('slides/01-a.md', src);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'slides/01-a.md', line: 7, col: CODE_COLUMNS_AT_1024 + 1 });
    expect(w[0]!.message).toMatch(/scrolls sideways at 1024 px/);
  });

  it('leaves checks, prose and the script alone', () => {
    const src = ['```check', long, '```', long, '', '## Script', '', '```alloy', long, '```'].join('\n');
    expect(readabilityLint('f.md', src)).toEqual([]);
  });

  it('ends a fence only at its own marker, so a fence holding ## Script still counts', () => {
    const src = ['````text', '```', '## Script', long, '````', '## Script', '```', long, '```'].join('\n');
    expect(readabilityLint('f.md', src).map((w) => w.line)).toEqual([4]);
  });

  it('counts CRLF sources by the same lines', () => {
    expect(readabilityLint('f.md', ['```sh', long, '```'].join('\r\n')).map((w) => w.line)).toEqual([2]);
  });

  it('warns about a table with more columns than a phone holds at the table floor', () => {
    const wide = ['| a | b | c | d | e |', '| --- | --- | :-: | --- | --- |', '| 1 | 2 | 3 | 4 | 5 |'].join('\n');
    const ok = ['| a | b | c | d |', '|---|---|---|---|', '| 1 | 2 | 3 | 4 |'].join('\n');
    expect(readabilityLint('f.md', `${ok}\n\n${wide}`).map((w) => [w.line, w.message.slice(0, 28)])).toEqual([[5, 'this table has 5 columns; on']]);
  });
});
