import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parse } from '../../src/alloy/parser.ts';
import { scan } from '../../src/alloy/scanner.ts';

const corpusDir = path.resolve(__dirname, '../fixtures/alloy-corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.alloy'))
  .sort();

describe('real Alloy configs (test/fixtures/alloy-corpus)', () => {
  it('finds the 40 corpus files', () => {
    expect(files).toHaveLength(40);
  });

  it.each(files)('%s parses without errors', (file) => {
    const source = readFileSync(path.join(corpusDir, file), 'utf8');
    const { file: ast, errors } = parse(source);
    expect(errors.map((d) => formatDiagnostic(file, d))).toEqual([]);
    expect(ast.body.length).toBeGreaterThan(0);
  });

  it.each(files)('%s scans without illegal tokens', (file) => {
    const source = readFileSync(path.join(corpusDir, file), 'utf8');
    const { tokens, errors } = scan(source);
    expect(errors).toEqual([]);
    expect(tokens.filter((t) => t.kind === 'illegal')).toEqual([]);
    // Token regions tile the source: only whitespace lies between them.
    let last = 0;
    for (const t of tokens) {
      expect(source.slice(last, t.start).trim(), `${file} before offset ${t.start}`).toBe('');
      expect(source.slice(t.start, t.end)).toBe(t.text);
      last = Math.max(last, t.end);
    }
  });
});
