import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExercise } from '../../src/learn/exercise/check-exercise.ts';
import { loadDeck } from '../../src/node/load-deck.ts';
import { formatSlideError, SlideBuildError } from '../../src/node/slide-error.ts';

const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures/slides');

describe('a deck with two exercises as data', () => {
  it('compiles both exercises and ties each slide to its own', async () => {
    const deck = await loadDeck({ root: fixtureRoot, dir: 'two-exercises' });
    expect(deck.manifest.slides.map((s) => s.exercise)).toEqual(['logging', 'remote-write']);
    expect([...deck.exercises.keys()]).toEqual(['logging', 'remote-write']);
    expect(deck.exercises.get('remote-write')?.starter).toBe('prometheus.remote_write "default" {\n}\n');
    expect(deck.files.some((f) => f.endsWith(path.join('exercises', 'logging.yaml')))).toBe(true);
  });

  it('checks each exercise by its own rules', async () => {
    const deck = await loadDeck({ root: fixtureRoot, dir: 'two-exercises' });
    const logging = deck.exercises.get('logging')!;
    const remoteWrite = deck.exercises.get('remote-write')!;
    const rules = (source: string, rulesOf: typeof logging) => checkExercise(source, rulesOf.rules).findings.map((f) => f.rule);

    expect(checkExercise(logging.solution, logging.rules)).toEqual({ ok: true, findings: [] });
    expect(rules('logging {\n  level = "loud"\n  format = "json"\n}\n', logging)).toEqual(['level-unknown']);
    expect(rules('logging {\n  level = "info"\n  format = "json"\n}\n', logging)).toEqual(['level-too-chatty']);
    expect(rules('logging "x" {\n  level = "warn"\n}\n', logging)).toEqual(['format-missing', 'logging-label']);
    expect(checkExercise('logging {\n  level = "warn"\n  format = "xml"\n}\n', logging.rules).findings[0]).toMatchObject({
      rule: 'format-unknown',
      line: 3,
      col: 12,
    });
    expect(rules('remotecfg { }\n', logging)).toEqual(['logging-missing']);

    expect(checkExercise(remoteWrite.solution, remoteWrite.rules)).toEqual({ ok: true, findings: [] });
    expect(rules(remoteWrite.starter, remoteWrite)).toEqual(['endpoint-missing']);
    expect(rules('prometheus.remote_write {\n  endpoint { url = "http://x" }\n}\n', remoteWrite)).toEqual(['remote-write-label', 'endpoint-url-https']);
    const literal = checkExercise(
      'prometheus.remote_write "a" {\n  endpoint {\n    url = "https://x"\n    basic_auth {\n      password = "hunter2-secret"\n    }\n  }\n}\n',
      remoteWrite.rules,
    );
    expect(literal).toMatchObject({ ok: true, findings: [{ rule: 'password-literal', severity: 'warning', line: 5 }] });
    // The same rule id means the same thing in a different exercise: logging knows nothing of remotecfg.
    expect(rules('logging {\n  level = "warn"\n  format = "json"\n  colour = "red"\n}\n', logging)).toEqual(['unknown-attribute']);
  });

  it('fails the build at file:line:col for a bad exercise file and an unknown exercise id', async () => {
    const err = await loadDeck({ root: fixtureRoot, dir: 'bad-exercise' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SlideBuildError);
    const lines = (err as SlideBuildError).errors.map(formatSlideError);
    expect(lines).toEqual([
      'bad-exercise/exercises/typo.yaml:17:13: unknown key "mesage" in the exercise.rules.blocks.logging.attributes.level.required: did you mean "message"?',
      'bad-exercise/exercises/typo.yaml:16:13: the exercise.rules.blocks.logging.attributes.level.required is missing "message:": add it',
      expect.stringMatching(/^bad-exercise\/exercises\/typo\.yaml:20:24: the exercise\.rules\.blocks\.logging\.attributes\.level\.string\[1\]\.matches is not a valid regular expression/),
      'bad-exercise/01-unknown.md:4:11: unknown exercise "nowhere": create bad-exercise/exercises/nowhere.yaml',
    ]);
  });

  it('refuses a solution that fails its own rules', async () => {
    const { parseExerciseFile } = await import('../../src/node/exercise-file.ts');
    const yaml = 'title: T\ntask: T\nlabel: L\nhints: [h]\nsolution: "logging { }"\npassed: p\npassedWithWarnings: p\nrules:\n  blocks:\n    logging:\n      attributes:\n        level:\n          required: { rule: level-missing, message: Add level. }\n';
    expect(parseExerciseFile('x.yaml', 'x', yaml).errors.map(formatSlideError)).toEqual([
      'x.yaml:5:11: the solution does not pass its own rules (level-missing: Add level.); fix the solution or the rules',
    ]);
  });
});
