import { describe, expect, it } from 'vitest';
import { compileSlide } from '../../src/node/compile-slide.ts';
import { getHighlighter } from '../../src/node/highlighter.ts';
import { parseSlide } from '../../src/node/slide-parser.ts';
import { emptyProgress, type CheckRecord, type DeckProgress } from '../../src/learn/progress-types.ts';
import { checkIdsOf, checksDoneOn, slideState } from '../../src/learn/slide-state.ts';

const answered = (correct: boolean): CheckRecord => ({ selected: [0], status: 'answered', correct });
const revealed: CheckRecord = { selected: [], status: 'revealed', correct: false };
const with_ = (p: Partial<DeckProgress>): DeckProgress => ({ ...emptyProgress(), ...p });

describe('checkIdsOf', () => {
  it('names checks as the build does: s{slide}-c{n}, from 1', () => {
    expect(checkIdsOf({ number: 3, checkCount: 2 })).toEqual(['s3-c1', 's3-c2']);
    expect(checkIdsOf({ number: 1, checkCount: 0 })).toEqual([]);
  });

  it('matches the ids the build gives a compiled slide', async () => {
    const check = (q: string) => `\`\`\`check\nquestion: ${q}\noptions:\n  - text: a\n    correct: true\n    why: w\n  - text: b\n    why: w\n\`\`\`\n`;
    const source = `---\ntitle: T\n---\n\n## S\n\nText.\n\n## Script\n\nSay.\n\n## Checks\n\n${check('One?')}\n${check('Two?')}`;
    const { slide: parsed } = parseSlide('slides/04-t.md', source);
    const { slide } = await compileSlide(parsed!, 4, 't', await getHighlighter(), {});
    expect(slide!.content.checks.map((c) => c.id)).toEqual(checkIdsOf(slide!.meta));
    expect(checkIdsOf(slide!.meta)).toEqual(['s4-c1', 's4-c2']);
  });
});

describe('slideState', () => {
  const slide = { number: 2, checkCount: 2 };

  it('is not visited with no progress', () => {
    expect(slideState(slide, emptyProgress())).toBe('not-visited');
  });

  it('is visited once opened, whatever other slides hold', () => {
    expect(slideState(slide, with_({ visited: [2] }))).toBe('visited');
    expect(slideState(slide, with_({ visited: [1, 3], checks: { 's1-c1': answered(true), 's3-c1': answered(true) } }))).toBe('not-visited');
  });

  it('stays visited while some checks are unanswered', () => {
    expect(slideState(slide, with_({ visited: [2], checks: { 's2-c1': answered(true) } }))).toBe('visited');
  });

  it('is checks done when every check is answered or revealed, right or wrong', () => {
    expect(slideState(slide, with_({ visited: [2], checks: { 's2-c1': answered(false), 's2-c2': revealed } }))).toBe('checks-done');
  });

  it('ignores records for checks the slide no longer has', () => {
    const p = with_({ visited: [2], checks: { 's2-c1': answered(true), 's2-c3': answered(true) } });
    expect(checksDoneOn(slide, p)).toBe(1);
    expect(slideState(slide, p)).toBe('visited');
  });

  it('a slide without checks is at most visited', () => {
    expect(slideState({ number: 1, checkCount: 0 }, with_({ visited: [1] }))).toBe('visited');
  });

  it('an answered check marks its slide visited even if the visit was not recorded', () => {
    expect(slideState(slide, with_({ checks: { 's2-c1': answered(true) } }))).toBe('visited');
  });
});
