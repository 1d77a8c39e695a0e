import { describe, expect, it } from 'vitest';
import { answersFromSearch, contentBox, cssString, pageRule, pagesFor, paginate, PAPER, PX_PER_MM } from '../../src/print/print-pages.ts';

const PAGE = contentBox(PAPER).heightMm * PX_PER_MM;

describe('pagination of the handout', () => {
  it('A4 with 16 mm margins leaves a 178 x 265 mm box, about 1002 px tall', () => {
    expect(contentBox(PAPER)).toEqual({ widthMm: 178, heightMm: 265 });
    expect(PAGE).toBeCloseTo(1001.57, 1);
  });

  it('a block fills whole pages, with sub-pixel rounding forgiven', () => {
    expect(pagesFor(500, 1000)).toBe(1);
    expect(pagesFor(1000, 1000)).toBe(1);
    expect(pagesFor(1001.5, 1000)).toBe(1);
    expect(pagesFor(1003, 1000)).toBe(2);
    expect(pagesFor(3221, 1000)).toBe(4);
  });

  it('an empty, negative or nonsense height still takes its page', () => {
    expect(pagesFor(0, 1000)).toBe(1);
    expect(pagesFor(-5, 1000)).toBe(1);
    expect(pagesFor(Number.NaN, 1000)).toBe(1);
    expect(pagesFor(5000, 0)).toBe(1);
  });

  it('each block starts on a new page: the contents page numbers follow a long slide', () => {
    expect(paginate([500, 900, 1500, 800, 3221], 1000)).toEqual({ starts: [1, 2, 3, 5, 6], total: 9 });
    expect(paginate([], 1000)).toEqual({ starts: [], total: 0 });
  });
});

describe('the @page rule', () => {
  it('quotes the deck title as a CSS string, escaping what would end it', () => {
    expect(cssString('Fleet: "health"')).toBe('"Fleet: \\"health\\""');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('two\nlines')).toBe('"two lines"');
  });

  it('sets the paper, the margins, the title and "Page N of M"', () => {
    const rule = pageRule('My deck');
    expect(rule).toContain('size: A4 portrait;');
    expect(rule).toContain('margin: 16mm 16mm 16mm;');
    expect(rule).toContain('@top-left { content: "My deck";');
    expect(rule).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(rule).toMatch(/@page :first \{ @top-left \{ content: none; \}/);
  });
});

describe('answers on or off', () => {
  it('only ?answers=1 (or true, yes) turns them on', () => {
    expect(answersFromSearch(new URLSearchParams('answers=1'))).toBe(true);
    expect(answersFromSearch(new URLSearchParams('answers=true'))).toBe(true);
    expect(answersFromSearch(new URLSearchParams(''))).toBe(false);
    expect(answersFromSearch(new URLSearchParams('answers=0'))).toBe(false);
    expect(answersFromSearch(new URLSearchParams('answers=maybe'))).toBe(false);
  });
});
