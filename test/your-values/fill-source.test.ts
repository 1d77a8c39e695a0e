import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from '../../src/alloy/parser.ts';
import { fullMatch } from '../../src/content/placeholder-types.ts';
import { checkExercise } from '../../src/learn/exercise/check-exercise.ts';
import { fillPlaceholders, starterFor } from '../../src/learn/your-values/fill-source.ts';
import { parseExerciseFile } from '../../src/node/exercise-file.ts';

const slide7 = readFileSync('slides/07-register-your-collector.md', 'utf8');
const block = /```alloy[^\n]*\n([\s\S]*?)\n```/.exec(slide7)?.[1] ?? '';
const declared = (parseYaml(readFileSync('slides/deck.yaml', 'utf8')) as { placeholders: { token: string; pattern: string }[] }).placeholders;
const exercise = parseExerciseFile('slides/exercises/remotecfg.yaml', 'remotecfg', readFileSync('slides/exercises/remotecfg.yaml', 'utf8')).exercise!;
const checkRemotecfgExercise = (source: string) => checkExercise(source, exercise.rules);
const patternOf = (token: string) => fullMatch(declared.find((d) => d.token === token)!.pattern);

describe('fillPlaceholders (for the exercise on slide 7)', () => {
  it('fills the slide 7 block with values the deck accepts, and the exercise checker passes it', () => {
    for (const [cluster, id] of [
      ['prod-us-east-0', '123456'],
      ['prod-eu-west-2', 'abc_DEF-9'],
      ['prod-gb-south-1.aws-eu-west-2-0', '42'],
    ] as const) {
      expect(patternOf('<CLUSTER>').test(cluster), cluster).toBe(true);
      expect(patternOf('<INSTANCE_ID>').test(id), id).toBe(true);
      const filled = fillPlaceholders(block, { CLUSTER: cluster, INSTANCE_ID: id });
      expect(filled).toContain(`"https://fleet-management-${cluster}.grafana.net/"`);
      const result = checkRemotecfgExercise(filled);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(result.findings ?? [], JSON.stringify(result)).toEqual([]);
    }
  });

  it('leaves a placeholder without a value, and one that cannot be written where it sits', () => {
    const src = 'a = "<CLUSTER>"\nb = `<CLUSTER>`\n// <INSTANCE_ID>\n';
    expect(fillPlaceholders(src, { CLUSTER: 'x`"y' })).toBe('a = "x`\\"y"\nb = `<CLUSTER>`\n// <INSTANCE_ID>\n');
    expect(parse(fillPlaceholders(src, { CLUSTER: 'x`"y' })).errors).toEqual([]);
  });
});

describe('starterFor: the exercise starter from the learner\'s values', () => {
  const starter = '// URL: https://fleet-management-<CLUSTER>.grafana.net/\n// Instance ID: <INSTANCE_ID>\n';
  it('is empty while no value is filled in', () => {
    expect(starterFor(starter, {})).toBe('');
  });
  it('shows each line once its values are filled in, and only those lines', () => {
    expect(starterFor(starter, { INSTANCE_ID: '123456' })).toBe('// Instance ID: 123456\n');
    expect(starterFor(starter, { INSTANCE_ID: '123456', CLUSTER: 'prod-us-east-0' })).toBe(
      '// URL: https://fleet-management-prod-us-east-0.grafana.net/\n// Instance ID: 123456\n',
    );
  });
  it('keeps lines without placeholders as written', () => {
    expect(starterFor('remotecfg {\n  // <INSTANCE_ID>\n}\n', {})).toBe('remotecfg {\n}\n');
  });
});
