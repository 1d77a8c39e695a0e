import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WIDE_QUERY } from '../../src/lib/wide-query.ts';

const src = path.resolve(import.meta.dirname, '../../src');
const cssFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
const mediaQueries = (file: string) =>
  [...readFileSync(path.join(src, file), 'utf8').matchAll(/@media\s+([^{]+)\{/g)].map((m) => (m[1] ?? '').trim());

describe('the wide-layout breakpoint', () => {
  it('is written in CSS only as WIDE_QUERY or its exact opposite, so the stylesheets and the JS switch together', () => {
    const widthQueries = cssFiles.flatMap((f) => mediaQueries(f).filter((q) => /width/.test(q)).map((q) => ({ file: f, q })));
    const wide = widthQueries.filter(({ q }) => /\b10[0-9]{2}(\.\d+)?px/.test(q));
    expect(wide.length).toBeGreaterThan(2);
    for (const { file, q } of wide) expect([WIDE_QUERY, `not all and ${WIDE_QUERY}`], `${file}: @media ${q}`).toContain(q);
  });
});
