// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/alloy/parser.ts';
import type { Expr, Stmt } from '../../src/alloy/ast.ts';
import type { PlaceholderDecl } from '../../src/content/placeholder-types.ts';
import { applyValues } from '../../src/learn/your-values/apply-values.ts';
import { checkValue, encodeValue, MAX_VALUE_LENGTH } from '../../src/learn/your-values/insert-value.ts';
import { compileSlide } from '../../src/node/compile-slide.ts';
import { getHighlighter } from '../../src/node/highlighter.ts';
import { parseSlide } from '../../src/node/slide-parser.ts';

const decl = (name: string, extra: Partial<PlaceholderDecl> = {}): PlaceholderDecl => ({
  name,
  token: `<${name}>`,
  label: name,
  help: 'h',
  secret: false,
  contexts: ['string'],
  ...extra,
});
const DECLS = [decl('CLUSTER'), decl('INSTANCE_ID'), decl('YOUR_ACCESS_TOKEN', { secret: true })];

// The deck's own slide 3 block, plus a raw string and a comment, so every context is exercised.
const SLIDE = `---
title: T
---

\`\`\`alloy
remotecfg {
    url = "https://fleet-management-<CLUSTER>.grafana.net/"
    basic_auth {
        username = "<INSTANCE_ID>"
        password = "<YOUR_ACCESS_TOKEN>"  // ← token goes here
    }
}
\`\`\`

\`\`\`alloy
// instance <INSTANCE_ID>
local.file "token" {
  filename = \`/etc/<CLUSTER>/token\`
}
\`\`\`
`;

const HOSTILE: Record<string, string> = {
  quote: 'abc"def',
  newline: 'line1\nline2',
  interpolation: '${env("HOME")}',
  backslash: 'C:\\path\\',
  long: 'x'.repeat(MAX_VALUE_LENGTH),
  control: 'a\u0001b\u007f\tc\r',
  backtick: 'a`b',
  breakout: '" }\nevil = "1',
};

async function renderedBlocks(values: Record<string, string>): Promise<string[]> {
  const { slide } = parseSlide('slides/01-t.md', SLIDE);
  const { slide: compiled, errors } = compileSlide(slide!, 1, 't', await getHighlighter(), {}, DECLS);
  expect(errors).toEqual([]);
  const div = document.createElement('div');
  div.innerHTML = compiled!.content.html;
  applyValues(div, values);
  return [...div.querySelectorAll('pre code')].map((c) => c.textContent ?? '');
}

function strings(stmts: Stmt[], out: string[] = []): string[] {
  const expr = (e: Expr) => {
    if (e.type === 'literal' && e.kind === 'string') out.push(e.value);
  };
  for (const s of stmts) {
    if (s.type === 'attribute') expr(s.value);
    else strings(s.body, out);
  }
  return out;
}

describe('encodeValue', () => {
  it('escapes quotes, backslashes and control characters inside double quotes', () => {
    expect(encodeValue('a"b\\c\nd', 'string')).toEqual({ ok: true, text: 'a\\"b\\\\c\\nd' });
    expect(encodeValue('\u0001', 'string')).toEqual({ ok: true, text: '\\u0001' });
    expect(encodeValue('${x}', 'string')).toEqual({ ok: true, text: '${x}' });
  });

  it('refuses what cannot be written in a raw string, a comment or bare code, with the reason', () => {
    expect(encodeValue('a`b', 'raw')).toEqual({ ok: false, message: 'This value cannot contain a backtick (`).' });
    expect(encodeValue('a\nb', 'comment')).toEqual({ ok: false, message: 'This value cannot contain a line break.' });
    expect(encodeValue('a b', 'code').ok).toBe(false);
    expect(encodeValue('prod-us-1', 'code')).toEqual({ ok: true, text: 'prod-us-1' });
  });

  it('refuses a value longer than the limit in every context', () => {
    for (const c of ['string', 'raw', 'comment', 'code'] as const) {
      expect(encodeValue('x'.repeat(MAX_VALUE_LENGTH + 1), c).ok).toBe(false);
    }
  });
});

describe('hostile values in the deck code', () => {
  for (const [what, value] of Object.entries(HOSTILE)) {
    it(`keeps every block parseable with ${what} (${JSON.stringify(value.slice(0, 30))})`, async () => {
      const blocks = await renderedBlocks({ CLUSTER: value, INSTANCE_ID: value, YOUR_ACCESS_TOKEN: value });
      expect(blocks).toHaveLength(2);
      for (const code of blocks) expect(parse(code).errors).toEqual([]);
      // In double quotes the value reads back exactly as typed: nothing was lost or reinterpreted.
      const first = strings(parse(blocks[0]!).file.body);
      expect(first).toEqual([`https://fleet-management-${value}.grafana.net/`, value, value]);
      // Where it cannot be written safely the placeholder stays, so the block is still valid.
      const second = blocks[1]!;
      if (value.includes('`')) expect(second).toContain('`/etc/<CLUSTER>/token`');
      else expect(strings(parse(second).file.body)).toEqual([`/etc/${value}/token`]);
      if (/[\r\n]/.test(value)) expect(second).toContain('// instance <INSTANCE_ID>');
    });
  }

  it('shows the placeholder again once a value is cleared, and marks only filled ones as yours', async () => {
    const { slide } = parseSlide('slides/01-t.md', SLIDE);
    const { slide: compiled } = compileSlide(slide!, 1, 't', await getHighlighter(), {}, DECLS);
    const div = document.createElement('div');
    div.innerHTML = compiled!.content.html;
    applyValues(div, { CLUSTER: 'prod-eu-1' });
    expect(div.querySelector('[data-placeholder="CLUSTER"]')?.hasAttribute('data-yours')).toBe(true);
    expect(div.querySelector('[data-placeholder="INSTANCE_ID"]')?.hasAttribute('data-yours')).toBe(false);
    expect(div.querySelector('figure')?.hasAttribute('data-yours')).toBe(true);
    applyValues(div, {});
    expect(div.querySelector('pre code')?.textContent).toContain('fleet-management-<CLUSTER>.grafana.net');
    expect(div.querySelector('figure')?.hasAttribute('data-yours')).toBe(false);
  });
});

describe('checkValue', () => {
  const cluster = decl('CLUSTER', { pattern: '[a-z0-9-]+', message: 'Lower-case letters, digits and dashes only.', contexts: ['string', 'raw'] });
  it('refuses a value that does not match the whole pattern, with the declared message', () => {
    expect(checkValue(cluster, 'prod us')).toBe('Lower-case letters, digits and dashes only.');
    expect(checkValue(cluster, 'prod-us-1')).toBeNull();
    expect(checkValue(cluster, '')).toBeNull();
  });
  it('refuses a value one of the contexts the deck uses cannot hold', () => {
    const open = decl('X', { contexts: ['string', 'raw'] });
    expect(checkValue(open, 'a`b')).toBe('This value cannot contain a backtick (`).');
    expect(checkValue(open, 'a"b')).toBeNull();
  });
});
