/**
 * Corpus tests for the Grafana Alloy TextMate grammar
 * (src/alloy/grafana-alloy.tmLanguage.json):
 *
 * 1. it loads under shiki's JavaScript regex engine in strict mode (every regex compiles), and the
 *    aliases `river` and `grafana-alloy` resolve;
 * 2. the 40 real configs in test/fixtures/alloy-corpus tokenize with no `invalid` scope and nothing
 *    left unscoped;
 * 3. its comment/string regions agree, character for character, with the Alloy scanner
 *    (src/alloy/scanner.ts).
 *
 * Classification rule used for (3), on both sides:
 *   - grammar: walk a token's scope stack from the outside in; the first scope that starts with
 *     `comment.` makes it "comment"; the first that starts with `string.` or `entity.name.tag`
 *     makes it "string" (block labels carry both `string.quoted.double` and `entity.name.tag`, and
 *     quoted object keys carry `string.quoted.double` under `variable.other.property`; both are
 *     string tokens for the scanner too); anything else is "other".
 *   - scanner: `comment` tokens are "comment"; `string` and `raw-string` tokens are "string";
 *     every other character (other tokens, whitespace) is "other".
 * Newline characters are left out of the comparison (a TextMate grammar never sees them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import githubDark from 'shiki/themes/github-dark.mjs';
import { scan } from '../../src/alloy/scanner';

const grammarUrl = new URL('../../src/alloy/grafana-alloy.tmLanguage.json', import.meta.url);
const grammar = JSON.parse(readFileSync(grammarUrl, 'utf8')) as LanguageRegistration;

const corpusDir = fileURLToPath(new URL('../fixtures/alloy-corpus/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.alloy'))
  .sort()
  .map((name) => ({ name, source: readFileSync(corpusDir + name, 'utf8') }));

let highlighter: HighlighterCore;

beforeAll(async () => {
  highlighter = await createHighlighterCore({
    langs: [grammar],
    themes: [githubDark],
    engine: createJavaScriptRegexEngine(),
  });
});

interface LineToken {
  /** Absolute offsets in the source, end exclusive. */
  start: number;
  end: number;
  /** Scope stack, outermost first, root scope included. */
  scopes: string[];
}

function tokenize(source: string, lang = 'alloy'): LineToken[] {
  const g = highlighter.getLanguage(lang);
  const out: LineToken[] = [];
  let state: ReturnType<typeof g.tokenizeLine>['ruleStack'] | null = null;
  let offset = 0;
  for (const line of source.split('\n')) {
    const res = g.tokenizeLine(line, state);
    state = res.ruleStack;
    for (const t of res.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end > t.startIndex) out.push({ start: offset + t.startIndex, end: offset + end, scopes: t.scopes });
    }
    offset += line.length + 1;
  }
  return out;
}

type Cls = 'comment' | 'string' | 'other';

function classifyScopes(scopes: readonly string[]): Cls {
  for (const s of scopes) {
    if (s.startsWith('comment.')) return 'comment';
    if (s.startsWith('string.') || s.startsWith('entity.name.tag')) return 'string';
  }
  return 'other';
}

function grammarClasses(source: string): Cls[] {
  const cls: Cls[] = Array.from({ length: source.length }, () => 'other');
  for (const t of tokenize(source)) {
    const c = classifyScopes(t.scopes);
    for (let i = t.start; i < t.end; i++) cls[i] = c;
  }
  return cls;
}

function scannerClasses(source: string): Cls[] {
  const cls: Cls[] = Array.from({ length: source.length }, () => 'other');
  for (const t of scan(source).tokens) {
    const c: Cls = t.kind === 'comment' ? 'comment' : t.kind === 'string' || t.kind === 'raw-string' ? 'string' : 'other';
    if (c === 'other') continue;
    for (let i = t.start; i < t.end; i++) cls[i] = c;
  }
  return cls;
}

/** Every regex string (match/begin/end/while) in the grammar, with its JSON path. */
function collectRegexes(node: unknown, path: string, out: Array<{ path: string; source: string }>): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => collectRegexes(v, `${path}[${i}]`, out));
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof v === 'string') out.push({ path: `${path}.${k}`, source: v });
      else collectRegexes(v, `${path}.${k}`, out);
    }
  }
}

describe('grafana-alloy grammar: loading', () => {
  it('has the expected metadata', () => {
    const raw = grammar as LanguageRegistration & { fileTypes?: string[] };
    expect(raw.name).toBe('alloy');
    expect(raw.scopeName).toBe('source.grafana-alloy');
    expect(raw.aliases).toEqual(['river', 'grafana-alloy']);
    expect(raw.displayName).toBe('Grafana Alloy');
    expect(raw.fileTypes).toEqual(['alloy', 'river']);
  });

  it('compiles every regex under the strict JavaScript engine (no forgiving mode)', () => {
    const engine = createJavaScriptRegexEngine();
    const regexes: Array<{ path: string; source: string }> = [];
    collectRegexes(grammar, '$', regexes);
    expect(regexes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const r of regexes) {
      try {
        const scanner = engine.createScanner([r.source]);
        scanner.findNextMatchSync(engine.createString('x = 1'), 0, 0);
      } catch (e) {
        failures.push(`${r.path}: ${r.source} -> ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every include points at an existing repository rule', () => {
    const repo = Object.keys((grammar as { repository: Record<string, unknown> }).repository);
    const includes = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
    expect(includes.length).toBeGreaterThan(0);
    for (const inc of includes) expect(repo).toContain(inc.slice('"include":"#'.length, -1));
  });

  it('loads into a highlighter and resolves the aliases river and grafana-alloy', () => {
    const loaded = highlighter.getLoadedLanguages();
    for (const name of ['alloy', 'river', 'grafana-alloy']) expect(loaded).toContain(name);
    for (const lang of ['alloy', 'river', 'grafana-alloy']) {
      const res = highlighter.codeToTokens('remotecfg { url = "x" }', { lang, theme: 'github-dark', includeExplanation: true });
      const first = res.tokens[0]?.[0]?.explanation?.[0];
      expect(first?.content).toBe('remotecfg');
      expect(first?.scopes.map((s) => s.scopeName)).toEqual(['source.grafana-alloy', 'meta.block.alloy', 'entity.name.type.alloy']);
    }
  });

  it('gives the main categories a theme colour (github-dark)', () => {
    const code = 'prometheus.scrape "default" {\n  x = sys.env("A") + 1.5 // c\n  ok = true\n}';
    const res = highlighter.codeToTokens(code, { lang: 'alloy', theme: 'github-dark', includeExplanation: true });
    const colourOf = (text: string): string | undefined => res.tokens.flat().find((t) => t.content.trim() === text)?.color?.toLowerCase();
    const fg = (res.fg ?? '').toLowerCase();
    for (const text of ['prometheus.scrape', 'default', 'sys.env', '"A"', '1.5', '// c', 'true', '=', '+']) {
      const c = colourOf(text);
      expect(c, text).toBeDefined();
      expect(c, text).not.toBe(fg);
    }
  });
});

describe('grafana-alloy grammar: corpus', () => {
  it('has the 40 corpus files', () => {
    expect(corpus).toHaveLength(40);
  });

  it.each(corpus.map((f) => [f.name, f] as const))('%s: no invalid scope, nothing unscoped', (_name, f) => {
    const problems: string[] = [];
    for (const t of tokenize(f.source)) {
      const text = f.source.slice(t.start, t.end);
      if (t.scopes.some((s) => s.includes('invalid'))) problems.push(`invalid at ${t.start}: ${JSON.stringify(text)} ${t.scopes.join(' ')}`);
      // Every non-whitespace character must get a real scope, not only the root and meta.* regions.
      if (text.trim() !== '' && t.scopes.slice(1).every((s) => s.startsWith('meta.'))) problems.push(`unscoped at ${t.start}: ${JSON.stringify(text)}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(corpus.map((f) => [f.name, f] as const))('%s: comment/string regions agree with the scanner', (_name, f) => {
    const fromGrammar = grammarClasses(f.source);
    const fromScanner = scannerClasses(f.source);
    const mismatches: string[] = [];
    for (let i = 0; i < f.source.length; i++) {
      if (f.source[i] === '\n') continue;
      if (fromGrammar[i] !== fromScanner[i]) {
        const line = f.source.slice(0, i).split('\n').length;
        mismatches.push(`line ${line} offset ${i} ${JSON.stringify(f.source[i])}: grammar=${fromGrammar[i]} scanner=${fromScanner[i]}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('classifies a comment-looking string as string on both sides; the scanner accepts the whole corpus', () => {
    const src = 'x = "// not a comment" // a comment\n';
    const g = grammarClasses(src);
    const s = scannerClasses(src);
    expect(g).toEqual(s);
    expect(g[5]).toBe('string');
    expect(g[src.lastIndexOf('a comment')]).toBe('comment');
    expect(g[src.indexOf('x')]).toBe('other');
    // The scanner reports no errors on the corpus, so the corpus is a fair reference.
    for (const f of corpus) expect(scan(f.source).errors, f.name).toEqual([]);
  });
});
