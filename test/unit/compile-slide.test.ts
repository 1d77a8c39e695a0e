import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLints, formatWarning } from '../../src/node/check-lints.ts';
import { compileSlide } from '../../src/node/compile-slide.ts';
import { getHighlighter } from '../../src/node/highlighter.ts';
import { loadDeck } from '../../src/node/load-deck.ts';
import { formatSlideError, SlideBuildError } from '../../src/node/slide-error.ts';
import { parseSlide } from '../../src/node/slide-parser.ts';
import { RIGHT_OPTIONS } from '../e2e/deck-content.ts';

const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures/slides');

// The real deck is compiled once and shared: each compile takes seconds on a busy machine.
let realDeckLoad: ReturnType<typeof loadDeck> | undefined;
const realDeck = () => (realDeckLoad ??= loadDeck({ root: path.resolve(import.meta.dirname, '../..') }));

async function compile(source: string, validators = {}) {
  const { slide, errors } = parseSlide('slides/01-t.md', source);
  if (!slide) return { errors };
  return compileSlide(slide, 1, 't', await getHighlighter(), validators);
}

const fm = '---\ntitle: T\n---\n\n';

describe('compileSlide', () => {
  it('renders tables with column headers and a scroll box', async () => {
    const { slide } = await compile(`${fm}## S\n\n| Concept | What it is |\n| --- | --- |\n| a | b |\n`);
    expect(slide?.content.html).toContain('<th scope="col">Concept</th>');
    expect(slide?.content.html).toContain('role="region"');
    expect(slide?.content.html).toContain('aria-label="Table: Concept, What it is"');
    expect(slide?.content.html).toMatch(/<section class="slide-section"><h2>S<\/h2>/);
  });

  it('highlights code at build time with both themes as CSS variables', async () => {
    const { slide } = await compile(`${fm}\`\`\`yaml {2}\na: 1\nb: 2\n\`\`\`\n`);
    const html = slide?.content.html ?? '';
    expect(html).toContain('--shiki-light:');
    expect(html).toContain('--shiki-dark:');
    expect(html).toContain('aria-label="YAML code"');
    expect(html).toMatch(/class="line is-highlighted" data-line="2"/);
    expect(html).toContain('has-focus');
  });

  it('counts step-through stages as slide steps and shows the final stage statically', async () => {
    const { slide } = await compile(`${fm}\`\`\`text {1|2|all}\na\nb\n\`\`\`\n`);
    expect(slide?.meta.steps).toBe(3);
    expect(slide?.content.html).toContain('data-stages="1|2|all"');
    expect(slide?.content.html).not.toContain('has-focus');
  });

  it('fails an unknown language and a bad line spec at the fence', async () => {
    const bad = await compile(`${fm}\`\`\`cobol\nX\n\`\`\`\n\n\`\`\`text {9}\na\n\`\`\`\n`);
    expect(bad.errors.map(formatSlideError)).toEqual([
      expect.stringMatching(/^slides\/01-t\.md:5:4: unknown code language "cobol"/),
      expect.stringMatching(/^slides\/01-t\.md:9:9: line spec names a line past the end/),
    ]);
  });

  it('maps a code validator error to the line in the markdown file', async () => {
    const validators = { alloy: () => [{ line: 2, col: 5, message: 'expected =' }] };
    const { errors } = await compile(`${fm}## S\n\n\`\`\`alloy\na {\n  b c\n}\n\`\`\`\n`, validators);
    expect(errors.map(formatSlideError)).toEqual([expect.stringMatching(/^slides\/01-t\.md:9:5: Alloy syntax error: expected =/)]);
    const fragment = await compile(`${fm}\`\`\`alloy fragment\na {\n\`\`\`\n`, validators);
    expect(fragment.errors).toEqual([]);
  });

  it('compiles knowledge checks and rejects duplicates and checks with no right answer', async () => {
    const ok = await compile(`${fm}## Script\n\nWords.\n\n## Checks\n\n\`\`\`check\nquestion: Is \`x\` right?\noptions:\n  - text: Yes\n    correct: true\n    why: It is.\n  - text: No\n    why: It is not.\n\`\`\`\n`);
    expect(ok.slide?.content.checks[0]).toMatchObject({ id: 's1-c1', multiple: false, questionHtml: 'Is <code>x</code> right?' });
    expect(ok.slide?.meta.checkCount).toBe(1);
    const deck = await loadDeck({ root: fixtureRoot, dir: 'bad-check' }).catch((e: unknown) => e);
    expect(deck).toBeInstanceOf(SlideBuildError);
    const lines = (deck as SlideBuildError).errors.map(formatSlideError);
    expect(lines).toEqual([
      'bad-check/01-check.md:16:5: duplicate option "Same": each option must be different',
      expect.stringMatching(/^bad-check\/01-check\.md:14:3: no option is marked correct/),
      expect.stringMatching(/^bad-check\/01-check\.md:23:3: no option is marked correct/),
    ]);
  });
});

describe('loadDeck', () => {
  it('reports every fixture problem as file:line:col', async () => {
    for (const [dir, pattern] of [
      ['duplicate', /duplicate\/02-two\.md:1:1: slide number 02 is also used/],
      ['gap', /gap\/03-three\.md:1:1: slide numbers must run/],
      ['bad-name', /bad-name\/1-bad_Name\.md:1:1: file name is not NN-slug\.md/],
      ['empty-title', /empty-title\/01-blank\.md:2:8: title is empty/],
    ] as const) {
      const err = await loadDeck({ root: fixtureRoot, dir }).catch((e: unknown) => e);
      expect(err, dir).toBeInstanceOf(SlideBuildError);
      expect((err as Error).message).toMatch(pattern);
    }
  });

  it('compiles the real deck: eight slides, every script 120 to 300 words except the given slide 3', async () => {
    const deck = await realDeck();
    expect(deck.manifest.slides).toHaveLength(8);
    expect(deck.manifest.slides[2]?.title).toBe('Access tokens and policies');
    for (const s of deck.slides) {
      const words = s.scriptText.split(/\s+/).filter(Boolean).length;
      expect(words, s.meta.title).toBeGreaterThanOrEqual(120);
      expect(words, s.meta.title).toBeLessThanOrEqual(300);
      expect(s.content.checks.length, s.meta.title).toBeGreaterThanOrEqual(1);
      expect(s.content.checks.length, s.meta.title).toBeLessThanOrEqual(3);
      expect(s.content.html + s.scriptText).not.toMatch(/\b(TODO|TBD|lorem ipsum)\b/i);
    }
  });

  it('has the right options the browser tests seed (test/e2e/deck-content.ts), and no lint warnings', async () => {
    const deck = await realDeck();
    const rights = Object.fromEntries(deck.slides.flatMap((s) => s.content.checks.map((c) => [c.id, c.options.flatMap((o, i) => (o.correct ? [i] : []))])));
    expect(rights).toEqual(RIGHT_OPTIONS);
    const lintChecks = deck.slides.flatMap((s) => s.content.checks.map((c, i) => ({ ...s.checkPlaces[i]!, options: c.options })));
    expect(checkLints(lintChecks).map(formatWarning)).toEqual([]);
  });

  it('plans a learner\'s realistic time for the real deck: 27 to 33 minutes, the exercise slide 10 or more', async () => {
    const deck = await realDeck();
    const total = deck.manifest.slides.reduce((n, s) => n + s.minutes, 0);
    expect(total).toBeGreaterThanOrEqual(27);
    expect(total).toBeLessThanOrEqual(33);
    const exercise = deck.manifest.slides.find((s) => s.exercise);
    expect(exercise?.minutes).toBeGreaterThanOrEqual(10);
  });

  it('keeps pin: true on an option and rejects a pin that is not a boolean', async () => {
    const fence = (pin: string) => `## Script\n\nS.\n\n## Checks\n\n\`\`\`check\nquestion: Q?\noptions:\n  - text: a\n    correct: true\n    why: w\n  - text: None of these\n    pin: ${pin}\n    why: w\n\`\`\`\n`;
    const ok = await compile(`${fm}Hi.\n\n${fence('true')}`);
    expect(ok.slide?.content.checks[0]?.options.map((o) => o.pin ?? false)).toEqual([false, true]);
    const bad = await compile(`${fm}Hi.\n\n${fence('yes please')}`);
    expect(bad.errors.map(formatSlideError)).toEqual([expect.stringMatching(/^slides\/01-t\.md:\d+:\d+: pin must be true or false$/)]);
  });

  it('counts checks and the exercise in the estimate when front matter gives no minutes', async () => {
    const check = '```check\nquestion: Q?\noptions:\n  - text: a\n    correct: true\n    why: w\n  - text: b\n    why: w\n```\n';
    const plain = await compile(`${fm}Hi.\n\n## Script\n\nShort.\n`);
    const withChecks = await compile(`${fm}Hi.\n\n## Script\n\nShort.\n\n## Checks\n\n${check}\n${check}\n${check}\n${check}`);
    const withExercise = await compile(`---\ntitle: T\nexercise: remotecfg\n---\n\nHi.\n`);
    expect(plain.slide?.meta.minutes).toBe(1);
    expect(withChecks.slide?.meta.minutes).toBe(3.5);
    expect(withExercise.slide?.meta.minutes).toBeGreaterThanOrEqual(7);
    expect(withChecks.slide?.meta.minutesEstimated).toBe(true);
  });
});
