import { describe, expect, it } from 'vitest';
import { REDACTED, redactDraft } from '../../src/learn/exercise/redact-draft.ts';

const TOKEN = 'glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJ0ZXN0In0=';

describe('redactDraft', () => {
  it('keeps a correct answer that has no secrets word for word, the instance ID and URL included (issue 11)', () => {
    const draft = [
      'remotecfg {',
      '  url = "https://fleet-management-prod-us-east-0.grafana.net/"',
      '  basic_auth {',
      '    username = "123456"',
      '    password = sys.env("GCLOUD_RW_API_KEY")',
      '  }',
      '  attributes = { "env" = "dev" }',
      '}',
    ].join('\n');
    const { text, count } = redactDraft(draft);
    expect(count).toBe(0);
    expect(text).toBe(draft);
  });

  it('replaces a token pasted as the password, in every quoting style', () => {
    for (const q of ['"', '`']) {
      const { text } = redactDraft(`remotecfg {\n  basic_auth {\n    password = ${q}${TOKEN}${q}\n  }\n}`);
      expect(text).not.toContain('glc_');
      expect(text).toContain(`password = ${q}${REDACTED}${q}`);
    }
  });

  it('replaces a short password too, and one split with +', () => {
    const { text } = redactDraft('remotecfg {\n  basic_auth {\n    password = "hunter" + "2"\n  }\n}');
    expect(text).toContain(`password = "${REDACTED}" + "${REDACTED}"`);
    expect(text).not.toContain('hunter');
  });

  it('replaces an unterminated password string and keeps it unterminated', () => {
    const { text } = redactDraft('remotecfg {\n  basic_auth {\n    password = "s3cret\n  }\n}');
    expect(text).not.toContain('s3cret');
    expect(text).toContain(`password = "${REDACTED}\n`);
  });

  it('replaces bearer_token outside basic_auth and quoted secret keys in objects', () => {
    const { text } = redactDraft('remotecfg {\n  bearer_token = "abc"\n  http_headers = { "Authorization" = ["Bearer xyz"] }\n}');
    expect(text).not.toContain('"abc"');
    expect(text).not.toContain('xyz');
  });

  it('finds Grafana tokens and long random strings anywhere: comments, other strings, bare text', () => {
    const draft = `// my token: ${TOKEN}\nremotecfg {\n  url = "${TOKEN}"\n  id = "Zx9Qw3Er5Ty7Ui9Op1As3Df"\n}\n${TOKEN}`;
    const { text, count } = redactDraft(draft);
    expect(text).not.toContain('eyJ');
    expect(text).not.toContain('Zx9Qw3Er5Ty7Ui9Op1As3Df');
    expect(count).toBe(4);
  });

  it('replaces long hex keys and credentials inside URLs', () => {
    const { text } = redactDraft('a = "0123456789abcdef0123456789abcdef"\nb = "https://user:pa55@example.com/"');
    expect(text).toBe(`a = "${REDACTED}"\nb = "https://${REDACTED}@example.com/"`);
  });

  it('leaves host names, paths and variable names alone', () => {
    const draft = 'remotecfg {\n  url = "https://fleet-management-prod-eu-west-2.grafana.net/"\n  id = constants.hostname\n  x = sys.env("GCLOUD_RW_API_KEY_FOR_PRODUCTION_2")\n  password_file = "/etc/alloy/fleet-management-token-file"\n}';
    expect(redactDraft(draft)).toEqual({ text: draft, count: 0 });
  });

  it('still replaces a token passed to sys.env', () => {
    const { text } = redactDraft(`remotecfg {\n  basic_auth {\n    password = sys.env("${TOKEN}")\n  }\n}`);
    expect(text).not.toContain('glc_');
  });

  it('copes with labels, nesting and stray braces', () => {
    const { text } = redactDraft('}}\nblock "label" {\n  basic_auth "x" {\n    username = "u"\n  }\n  name = "keep"\n}\n{');
    expect(text).toContain(`username = "${REDACTED}"`);
    expect(text).toContain('name = "keep"');
    expect(text).toContain('block "label" {');
  });
});

/** Issue 15 finding 1 and more: what is saved keeps only what is known to be safe. */
describe('redactDraft keeps only an allow-list', () => {
  const R = REDACTED;
  it.each([
    ['a literal inside a call', 'remotecfg {\n  bearer_token = coalesce(sys.env("T"), "hunter2-x")\n}', 'bearer_token = coalesce(sys.env("T"), "<redacted>")'],
    ['a password in a line comment', '// password hunter2-x\nremotecfg {}', `// ${R}\nremotecfg {}`],
    ['a block comment', 'remotecfg { /* hunter2-x */ }', `remotecfg { /* ${R} */ }`],
    ['a URL query', 'remotecfg {\n  url = "https://h/?access_token=hunter2-x"\n}', `url = "https://h/?${R}"`],
    ['a URL fragment', 'a { url = "https://h/p#hunter2-x" }', `url = "https://h/p#${R}"`],
    ['a list of secrets', 'a {\n  password = ["a", "hunter2-x"]\n}', `password = ["${R}", "${R}"]`],
    ['api_key', 'a {\n  api_key = "hunter2-x"\n}', `api_key = "${R}"`],
    ['api_token', 'a {\n  api_token = "hunter2-x"\n}', `api_token = "${R}"`],
    ['secret', 'a {\n  secret = "hunter2-x"\n}', `secret = "${R}"`],
    ['passwd', 'a {\n  passwd = "hunter2-x"\n}', `passwd = "${R}"`],
    ['a header X-Api-Key', 'a {\n  http_headers = { "X-Api-Key" = ["hunter2-x"] }\n}', `"X-Api-Key" = ["${R}"]`],
    ['userinfo with @ in the password', 'a {\n  url = "https://user:p@ss@host/x"\n}', `url = "https://${R}@host/x"`],
    ['an unquoted value', 'a {\n  password = hunter2x\n}', `password = ${R}`],
    ['a number as a password', 'a {\n  password = 1234\n}', `password = ${R}`],
    ['a comma inside ( ) keeps the key', 'a {\n  token = concat("x", "hunter2-x")\n}', `token = concat("${R}", "${R}")`],
    ['a comma inside [ ] keeps the key', 'a {\n  credentials = ["x", "hunter2-x"]\n}', `credentials = ["${R}", "${R}"]`],
    ['deep nesting', 'a {\n  b {\n    c = { d = [{ e = "hunter2-x" }] }\n  }\n}', `e = "${R}"`],
    ['a username that is not an instance ID', 'remotecfg {\n  basic_auth {\n    username = "admin-hunter2"\n  }\n}', `username = "${R}"`],
    ['oauth2 strings', 'a {\n  oauth2 {\n    client_id = "hunter2-x"\n  }\n}', `client_id = "${R}"`],
  ])('%s', (_, draft, expected) => {
    const { text, count } = redactDraft(draft);
    expect(text).toContain(expected);
    expect(text).not.toContain('hunter2');
    expect(count).toBeGreaterThan(0);
  });

  it.each([
    ['the instance ID digits', 'remotecfg {\n  basic_auth {\n    username = "123456"\n  }\n}'],
    ['sys.env names', 'remotecfg {\n  basic_auth {\n    password = sys.env("GCLOUD_RW_API_KEY")\n  }\n}'],
    ['a URL scheme, host and path', 'remotecfg {\n  url = "https://fleet-management-prod-us-east-0.grafana.net/some/path"\n}'],
    ['collector attributes', 'remotecfg {\n  attributes = { "env" = "dev", team = "sre" }\n}'],
    ['poll_frequency and id', 'remotecfg {\n  id = constants.hostname\n  poll_frequency = "1m"\n}'],
    ['labels and block names', 'prometheus.remote_write "default" {\n  endpoint {\n    url = "https://x/api"\n  }\n}'],
  ])('keeps %s', (_, draft) => {
    expect(redactDraft(draft)).toEqual({ text: draft, count: 0 });
  });
});
