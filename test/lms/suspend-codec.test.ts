import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SlideMeta } from '../../src/content/deck-types.ts';
import { emptyProgress, type CheckRecord, type DeckProgress } from '../../src/learn/progress-types.ts';
import { checkIdsOf } from '../../src/learn/slide-state.ts';
import { exercisesOf, withExercises } from '../../src/lms/progress-fields.ts';
import { decodeProgress, encodeProgress, SCORM12_SUSPEND_LIMIT } from '../../src/lms/suspend-codec.ts';
import { loadDeck } from '../../src/node/load-deck.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The worst case a learner can leave: every option of every check chosen, answers both right and wrong. */
function everyCheckAnswered(slides: readonly Pick<SlideMeta, 'number' | 'checkCount'>[], optionsPerCheck: number): Record<string, CheckRecord> {
  const checks: Record<string, CheckRecord> = {};
  for (const s of slides)
    checkIdsOf(s).forEach((id, i) => {
      checks[id] = { selected: Array.from({ length: optionsPerCheck }, (_, k) => k), status: i % 3 === 2 ? 'revealed' : 'answered', correct: i % 2 === 0 };
    });
  return checks;
}

/** A redacted draft as the exercise keeps it: the full remotecfg block with the secrets replaced. */
const DRAFT = [
  'remotecfg {',
  '    url = "https://fleet-management-prod-us-central-0.grafana.net/"',
  '    id = constants.hostname',
  '    attributes = { "env" = "production", "team" = "platform", "region" = "eu-west" }',
  '    basic_auth {',
  '        username = "<redacted>"',
  '        password = "<redacted>"  // a token looked like this',
  '    }',
  '}',
].join('\n');

function fullProgress(slides: readonly Pick<SlideMeta, 'number' | 'checkCount'>[], optionsPerCheck: number): DeckProgress {
  const base: DeckProgress = {
    ...emptyProgress(),
    visited: slides.map((s) => s.number),
    lastPosition: { slide: slides.length, step: 1 },
    checks: everyCheckAnswered(slides, optionsPerCheck),
    timeSpentMs: 9 * 3600_000 + 59 * 60_000,
  };
  return withExercises(base, [{ id: 'remotecfg', record: { status: 'passed', hintsShown: 3, redactedDraft: DRAFT } }]);
}

describe('saved state (cmi.suspend_data) within SCORM 1.2’s 4,096 characters', () => {
  let slides: SlideMeta[] = [];
  beforeAll(async () => {
    slides = (await loadDeck({ root: ROOT })).manifest.slides;
  }, 60_000);

  it('fits this deck with every check answered and the exercise done, draft included, dropping nothing', () => {
    const progress = fullProgress(slides, 6);
    const { text, dropped } = encodeProgress(progress, SCORM12_SUSPEND_LIMIT);
    console.info(`saved state, this deck (${slides.length} slides, ${Object.keys(progress.checks).length} checks, exercise with draft): ${text.length} characters`);
    expect(dropped).toEqual([]);
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    expect(decodeProgress(text)).toEqual({ progress, dropped: [] });
  });

  it('fits a generated 60-slide deck with three checks a slide, dropping nothing', () => {
    const generated = Array.from({ length: 60 }, (_, i) => ({ number: i + 1, checkCount: 3 }));
    const progress = fullProgress(generated, 6);
    const { text, dropped } = encodeProgress(progress, SCORM12_SUSPEND_LIMIT);
    console.info(`saved state, 60 slides × 3 checks, exercise with draft: ${text.length} characters`);
    expect(Object.keys(progress.checks)).toHaveLength(180);
    expect(dropped).toEqual([]);
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    expect(decodeProgress(text)?.progress).toEqual(progress);
  });
});

describe('what does not fit is dropped whole and said so, never cut off', () => {
  const slides = Array.from({ length: 8 }, (_, i) => ({ number: i + 1, checkCount: 3 }));
  // The id the progress shape gives the exercise (src/lms/progress-fields.ts).
  const exerciseId = exercisesOf(fullProgress(slides, 2))[0]!.id;

  it('drops an exercise draft too long for the limit, and names it in the string', () => {
    const progress = withExercises(fullProgress(slides, 2), [{ id: 'remotecfg', record: { status: 'attempted', hintsShown: 1, redactedDraft: 'x'.repeat(5000) } }]);
    const { text, dropped } = encodeProgress(progress, SCORM12_SUSPEND_LIMIT);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    expect(dropped).toEqual([`draft:${exerciseId}`]);
    const decoded = decodeProgress(text)!;
    expect(decoded.dropped).toEqual([`draft:${exerciseId}`]);
    expect(exercisesOf(decoded.progress)).toEqual([{ id: exerciseId, record: { status: 'attempted', hintsShown: 1 } }]);
    expect(decoded.progress.checks).toEqual(progress.checks);
  });

  it('drops check records from the last slide back when even they do not fit, and counts them', () => {
    const progress = fullProgress(slides, 2);
    const { text, dropped } = encodeProgress(progress, 120);
    expect(text.length).toBeLessThanOrEqual(120);
    const decoded = decodeProgress(text)!;
    const kept = Object.keys(decoded.progress.checks);
    expect(dropped).toEqual([`draft:${exerciseId}`, `checks:${24 - kept.length}`]);
    expect(decoded.dropped).toEqual(dropped);
    expect(kept.length).toBeGreaterThan(0);
    // The first slides' answers are the ones kept.
    expect(kept).toEqual(Object.keys(progress.checks).slice(0, kept.length));
    expect(decoded.progress.visited).toEqual(progress.visited);
  });
});

describe('decoding', () => {
  it('keeps what the app keeps: ids that are not the build’s pattern, revealed answers, no position', () => {
    const progress: DeckProgress = {
      ...emptyProgress(),
      visited: [1, 7, 13, 64],
      checks: { 'odd id, with: separators|~%': { selected: [0, 12], status: 'answered', correct: false }, 's2-c1': { selected: [], status: 'revealed', correct: true } },
    };
    expect(decodeProgress(encodeProgress(progress).text)).toEqual({ progress, dropped: [] });
  });

  it('rejects another version, a platform’s cut, a hand edit and garbage', () => {
    const text = encodeProgress(fullProgress([{ number: 1, checkCount: 2 }], 2)).text;
    expect(decodeProgress(text)).not.toBeNull();
    expect(decodeProgress(`2${text.slice(1)}`)).toBeNull();
    expect(decodeProgress(text.slice(0, text.length - 20))).toBeNull();
    expect(decodeProgress(text.replace('|', '|!'))).toBeNull();
    expect(decodeProgress('{"version":1}')).toBeNull();
    expect(decodeProgress('')).toBeNull();
  });
});
