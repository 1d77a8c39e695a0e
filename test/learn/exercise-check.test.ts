import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/learn/exercise/alloy-values.ts';
import { checkExercise } from '../../src/learn/exercise/check-exercise.ts';
import type { ExerciseResult } from '../../src/learn/exercise/finding.ts';
import { parseExerciseFile } from '../../src/node/exercise-file.ts';

// The slide 7 exercise's rules as authored: these tests check the data and the engine together.
const file = path.resolve(import.meta.dirname, '../../slides/exercises/remotecfg.yaml');
const loaded = parseExerciseFile('slides/exercises/remotecfg.yaml', 'remotecfg', readFileSync(file, 'utf8'));
const rulesOf = loaded.exercise?.rules;
if (!rulesOf) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`).join('\n'));
const checkRemotecfgExercise = (source: string) => checkExercise(source, rulesOf);

const URL = 'https://fleet-management-prod-us-east-0.grafana.net/';
const SECRET = 'glc_eyJvIjoiMTIzNDU2Iiwibi_SECRET_do-not-echo';

/** A remotecfg block with the given body lines, indented by two spaces. */
function remotecfg(...lines: string[]): string {
  return ['remotecfg {', ...lines.map((l) => `  ${l}`), '}', ''].join('\n');
}

const BASIC_AUTH = ['basic_auth {', '  username = "123456"', '  password = sys.env("GCLOUD_RW_API_KEY")', '}'];

function rules(result: ExerciseResult, severity?: 'error' | 'warning'): string[] {
  return result.findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule);
}

const check = checkRemotecfgExercise;

describe('correct answers pass', () => {
  it('accepts the canonical answer', () => {
    const result = check(
      remotecfg(
        `url = "${URL}"`,
        'id  = constants.hostname',
        '',
        ...BASIC_AUTH,
        '',
        'attributes     = { env = "dev", "team" = "sre" }',
        'poll_frequency = "1m"',
      ),
    );
    expect(result).toEqual({ ok: true, findings: [] });
  });

  it('accepts a differently written answer: tabs, comments, reordering, raw string, quoted keys, password_file', () => {
    const source = [
      '// Register this collector with Fleet Management',
      'logging { level = "info" }',
      '',
      'remotecfg {',
      '\tbasic_auth { /* instance ID + token */',
      '\t\tpassword_file = "/etc/alloy/fm-token"',
      '\t\tusername      = sys.env("GCLOUD_FM_USER") // from the API tab',
      '\t}',
      '\tattributes = {',
      '\t\t"env"  = "prod",',
      '\t\tregion = "eu",',
      '\t}',
      '\turl = `https://fleet-management-prod-eu-west-2.grafana.net`',
      '\tpoll_frequency = "1h30m"',
      '}',
    ].join('\r\n');
    expect(check(source)).toEqual({ ok: true, findings: [] });
  });

  it('accepts url = sys.env(...) since it can only be known at run time', () => {
    expect(check(remotecfg('url = sys.env("GCLOUD_FM_URL")', ...BASIC_AUTH))).toEqual({ ok: true, findings: [] });
  });

  it('accepts the nested host form', () => {
    const result = check(remotecfg('url = "https://fleet-management-prod-042.aws-eu-west-2-0.grafana.net/"', ...BASIC_AUTH));
    expect(result).toEqual({ ok: true, findings: [] });
  });

  it('accepts poll_frequency of exactly 10s and a block comment inside basic_auth', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'basic_auth { /* creds */', '  username = "1"', '  password = sys.env("T")', '}', 'poll_frequency = "10s"'));
    expect(result).toEqual({ ok: true, findings: [] });
  });

  it('accepts the deprecated env() with a gentle warning', () => {
    const result = check(
      remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "123456"', '  password = env("GCLOUD_RW_API_KEY")', '}'),
    );
    expect(result.ok).toBe(true);
    expect(rules(result)).toEqual(['env-deprecated']);
  });
});

describe('password handling', () => {
  it('warns about a literal password but still passes, without echoing it', () => {
    const result = check(
      remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "123456"', `  password = "${SECRET}"`, '}'),
    );
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'password-literal', line: 5, col: 16 }),
    ]);
    expect(result.findings[0]?.message).toContain('plain text');
    expect(result.findings[0]?.message).toContain('sys.env');
  });

  it('warns about a literal raw-string password too', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password = \`${SECRET}\``, '}'));
    expect(rules(result)).toEqual(['password-literal']);
  });

  it('reports a missing password', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "123456"', '}'));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'password-missing', line: 3, col: 3 })]);
  });

  it('reports a missing username', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'basic_auth {', '  password = sys.env("T")', '}'));
    expect(rules(result, 'error')).toEqual(['username-missing']);
  });

  it('reports password and password_file together', () => {
    const result = check(
      remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', '  password = sys.env("T")', '  password_file = "/t"', '}'),
    );
    expect(rules(result, 'error')).toEqual(['password-conflict']);
  });

  it('does not echo a password that sits in a syntax error', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password "${SECRET}"`, '}'));
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ rule: 'syntax', line: 5, col: 14 });
  });
});

describe('structure', () => {
  it('reports a missing basic_auth block', () => {
    const result = check(remotecfg(`url = "${URL}"`));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'basic-auth-missing', line: 1, col: 1 })]);
  });

  it('reports an empty remotecfg block', () => {
    expect(rules(check('remotecfg { }\n'))).toEqual(['url-missing', 'basic-auth-missing']);
  });

  it('reports a file without remotecfg', () => {
    const result = check('logging {\n  level = "debug"\n}\n');
    expect(result).toMatchObject({ ok: false, findings: [{ rule: 'remotecfg-missing' }] });
  });

  it('reports remotecfg nested in another block', () => {
    const result = check(`declare "x" {\n${remotecfg(`url = "${URL}"`, ...BASIC_AUTH)}}\n`);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'remotecfg-top-level', line: 2, col: 1 })]);
  });

  it('reports two remotecfg blocks at the second one', () => {
    const one = remotecfg(`url = "${URL}"`, ...BASIC_AUTH);
    const result = check(`${one}\n${one}`);
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'remotecfg-duplicate', line: 9, col: 1 })]);
  });

  it('reports a label on remotecfg', () => {
    const result = check(remotecfg(`url = "${URL}"`, ...BASIC_AUTH).replace('remotecfg {', 'remotecfg "fleet" {'));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'remotecfg-label', line: 1, col: 11 })]);
  });

  it('reports a syntax error with its line and column and stops there', () => {
    const source = remotecfg(`url = "${URL}"`, 'attributes = {', '  env = "dev"', '}', ...BASIC_AUTH);
    const result = check(source);
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([
      {
        severity: 'error',
        rule: 'syntax',
        line: 4,
        col: 16,
        message: expect.stringContaining("missing ',' before newline"),
      },
    ]);
  });

  it('reports two auth methods', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'bearer_token = sys.env("T")', ...BASIC_AUTH));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'auth-multiple', line: 4, col: 3 })]);
  });

  it('explains that bearer_token alone is not how Fleet Management signs in', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'bearer_token = sys.env("T")'));
    expect(result.findings[0]?.message).toContain('not bearer_token');
  });

  it('warns about an unknown attribute and suggests the right name', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'poll_frequncy = "1m"', ...BASIC_AUTH));
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'unknown-attribute', line: 3 })]);
    expect(result.findings[0]?.message).toContain('Did you mean poll_frequency?');
  });

  it('reports basic_auth written as an attribute', () => {
    const result = check(remotecfg(`url = "${URL}"`, 'basic_auth = { username = "1", password = sys.env("T") }'));
    expect(rules(result, 'error')).toEqual(['basic-auth-missing', 'block-as-attribute']);
  });
});

describe('url', () => {
  it('rejects http://', () => {
    const result = check(remotecfg('url = "http://fleet-management-prod-us-east-0.grafana.net/"', ...BASIC_AUTH));
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'error', rule: 'url-https', line: 2, col: 9 })]);
  });

  it('rejects another host and says where to copy the URL from', () => {
    const result = check(remotecfg('url = "https://prometheus-prod-01-eu-west-0.grafana.net/api/prom"', ...BASIC_AUTH));
    expect(rules(result)).toEqual(['url-host']);
    expect(result.findings[0]?.message).toContain('API tab');
  });

  it('rejects a Fleet Management URL with a path', () => {
    const result = check(remotecfg(`url = "${URL}collector.v1.CollectorService/GetConfig"`, ...BASIC_AUTH));
    expect(result.findings[0]?.message).toContain('without a path');
  });

  it('accepts the placeholder URL with a warning to copy the real one', () => {
    const result = check(remotecfg('url = "https://fleet-management-<CLUSTER>.grafana.net/"', ...BASIC_AUTH));
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'url-placeholder' })]);
    expect(result.findings[0]?.message).toContain('API tab');
  });

  it('treats the nested placeholder form the same way', () => {
    const url = 'https://fleet-management-<CLUSTER>.<CSP>-<CSP_REGION>-<COUNTER>.grafana.net/';
    expect(rules(check(remotecfg(`url = "${url}"`, ...BASIC_AUTH)))).toEqual(['url-placeholder']);
  });

  it('reports a missing url', () => {
    expect(rules(check(remotecfg(...BASIC_AUTH)))).toEqual(['url-missing']);
  });
});

describe('attributes', () => {
  it('rejects a reserved collector.* key at its position', () => {
    const result = check(remotecfg(`url = "${URL}"`, ...BASIC_AUTH, 'attributes = { env = "dev", "collector.os" = "linux" }'));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'attributes-reserved', line: 7, col: 31 })]);
  });

  it('rejects attributes that are not an object', () => {
    const result = check(remotecfg(`url = "${URL}"`, ...BASIC_AUTH, 'attributes = "env=dev"'));
    expect(rules(result)).toEqual(['attributes-type']);
  });
});

describe('poll_frequency', () => {
  it.each([
    ['"5s"', 'poll-frequency-min'],
    ['"500ms"', 'poll-frequency-min'],
    ['"9.9s"', 'poll-frequency-min'],
    ['"5 minutes"', 'poll-frequency-format'],
    ['"60"', 'poll-frequency-format'],
    ['60', 'poll-frequency-type'],
  ])('rejects %s', (value, rule) => {
    const result = check(remotecfg(`url = "${URL}"`, ...BASIC_AUTH, `poll_frequency = ${value}`));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ rule, line: 7, col: 20 })]);
  });

  it.each(['"1m"', '"10s"', '"1h30m"', '"0.5m"', 'sys.env("POLL")'])('accepts %s', (value) => {
    expect(check(remotecfg(`url = "${URL}"`, ...BASIC_AUTH, `poll_frequency = ${value}`))).toEqual({ ok: true, findings: [] });
  });

  it('parses Go durations', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('250us')).toBe(0.25);
    expect(parseDuration('2µs')).toBe(0.002);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('10')).toBeUndefined();
    expect(parseDuration('1d')).toBeUndefined();
  });
});

describe('secrecy', () => {
  const answers = [
    remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password = "${SECRET}"`, '}'),
    remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password = \`${SECRET}\``, '}'),
    remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password "${SECRET}"`, '}'),
    remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password = "${SECRET}" "x"`, '}'),
    remotecfg(`url = "${URL}"`, 'basic_auth {', '  username = "1"', `  password = "${SECRET}`, '}'),
    remotecfg(`url = "${URL}"`, `bearer_token = "${SECRET}"`, 'basic_auth {', '  username = "1"', `  password = "${SECRET}"`, '}'),
    remotecfg(`url = "${SECRET}"`.replace('url', 'password'), 'basic_auth {', `  password = "${SECRET}"`, '}'),
  ];

  it.each(answers)('never repeats the literal password: %s', (source) => {
    const result = check(source);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(f.message).not.toContain(SECRET);
      expect(f.message).not.toContain(SECRET.slice(0, 12));
      expect(f.message).not.toContain(SECRET.slice(-12));
    }
  });
});
