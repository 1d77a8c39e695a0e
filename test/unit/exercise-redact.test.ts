import { describe, expect, it } from 'vitest';
import { REDACTED, redactDraft } from '../../src/learn/exercise/redact-draft.ts';

const TOKEN = 'glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJ0ZXN0In0=';

describe('redactDraft', () => {
  it('keeps a correct answer that has no secrets word for word, except the instance ID', () => {
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
    expect(count).toBe(1);
    expect(text).toBe(draft.replace('"123456"', `"${REDACTED}"`));
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
    const draft = 'remotecfg {\n  url = "https://fleet-management-prod-eu-west-2.grafana.net/"\n  id = constants.hostname\n  x = sys.env("GCLOUD_RW_API_KEY_FOR_PRODUCTION_2")\n  f = "/etc/alloy/fleet-management-token-file"\n}';
    expect(redactDraft(draft)).toEqual({ text: draft, count: 0 });
  });

  it('still replaces a token passed to sys.env', () => {
    const { text } = redactDraft(`remotecfg {\n  basic_auth {\n    password = sys.env("${TOKEN}")\n  }\n}`);
    expect(text).not.toContain('glc_');
  });

  it('copes with labels, nesting and stray braces', () => {
    const { text } = redactDraft('}}\nblock "label" {\n  basic_auth "x" {\n    username = "u"\n  }\n  other = "keep"\n}\n{');
    expect(text).toContain(`username = "${REDACTED}"`);
    expect(text).toContain('other = "keep"');
  });
});
