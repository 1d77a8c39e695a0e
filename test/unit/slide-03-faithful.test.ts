import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseSlide } from '../../src/node/slide-parser.ts';

// The given text is vendored in test/fixtures/content, so a clone tests itself.
const givenPath = path.resolve(import.meta.dirname, '../fixtures/content/slide-03-given.md');
const given = readFileSync(givenPath, 'utf8').replace(/\r\n/g, '\n');
const givenBody = given.slice(given.indexOf('Slide 3 of 8\n'));
const givenLines = givenBody.split('\n');
const ours = parseSlide('slides/03-access-tokens-and-policies.md', readFileSync(path.resolve(import.meta.dirname, '../../slides/03-access-tokens-and-policies.md'), 'utf8'));
const slide = ours.slide!;

function between(start: string, end: string): string[] {
  const from = givenLines.indexOf(start);
  const to = givenLines.indexOf(end, from + 1);
  return givenLines.slice(from + 1, to === -1 ? undefined : to);
}

describe('slide 3 is faithful to the given text', () => {
  it('parses without errors and keeps the title', () => {
    expect(ours.errors).toEqual([]);
    expect(slide.fm.title).toBe('Access tokens and policies');
  });

  it('keeps the section headings in order', () => {
    const headings = slide.body.filter((n) => n.type === 'heading').map((n) => toString(n));
    expect(headings).toEqual(['Access tokens', 'How it works', 'Required scopes', 'Where the token goes']);
  });

  it('keeps the intro and closing sentences word for word', () => {
    const paragraphs = slide.body.filter((n) => n.type === 'paragraph').map((n) => toString(n));
    const intro = between('Access tokens', 'How it works').filter(Boolean);
    expect(paragraphs[0]).toBe(intro[0]);
    expect(paragraphs.at(-1)).toBe('In the learning path, you’ll create an access token and use it to register your Alloy collector.');
    expect(givenLines).toContain(paragraphs.at(-1));
  });

  it('keeps the remotecfg code character for character, in an alloy fence', () => {
    const code = slide.body.find((n): n is Code => n.type === 'code')!;
    expect(code.lang).toBe('alloy');
    const after = between('Where the token goes', 'In the learning path, you’ll create an access token and use it to register your Alloy collector.');
    const givenCode = after.join('\n').trim();
    expect(code.value).toBe(givenCode.trimEnd());
    expect(code.value).toContain('// ← token goes here');
  });

  it('keeps both tables, whose flattened rows match the given text', () => {
    const tables = slide.body.filter((n): n is Table => n.type === 'table');
    expect(tables).toHaveLength(2);
    const flat = tables.flatMap((t) => t.children.map((row) => row.children.map((c) => toString(c)).join('')));
    expect(flat).toEqual([
      'ConceptWhat it is',
      'Access policyDefines what read/write permissions a token has',
      'Access tokenThe credential generated from a policy',
      'ScopePurpose',
      'set:alloy-data-writeLets Alloy collectors register, report health, and receive remote configurations',
      'set:otel-data-writeLets OpenTelemetry collectors register, report health, and receive remote configurations',
    ]);
    for (const row of flat) expect(givenLines).toContain(row);
  });

  it('keeps every script paragraph verbatim and in order, and none of it on the slide', () => {
    const givenScript = givenLines.slice(givenLines.lastIndexOf('Script') + 1).filter((l) => l.trim() !== '');
    const script = slide.script.filter((n) => n.type === 'paragraph').map((n) => toString(n));
    expect(script).toEqual(givenScript);
    const bodyText = slide.body.map((n) => toString(n)).join('\n');
    for (const p of givenScript) expect(bodyText).not.toContain(p.slice(0, 40));
  });
});
