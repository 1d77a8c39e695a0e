import type { Element, ElementContent, Text } from 'hast';
import { scan } from '../alloy/scanner.ts';
import { PLACEHOLDER_TOKEN, type PlaceholderContext, type PlaceholderDecl } from '../content/placeholder-types.ts';

export interface PlaceholderUse {
  name: string;
  context: PlaceholderContext;
}

/** Context of every code offset that starts a token, for Alloy; other languages are plain code. */
function contextAt(code: string, grammar: string): (offset: number) => PlaceholderContext {
  if (grammar !== 'alloy') return () => 'code';
  const tokens = scan(code).tokens;
  return (offset) => {
    const t = tokens.find((k) => k.start <= offset && offset < k.end);
    if (t?.kind === 'string') return 'string';
    if (t?.kind === 'raw-string') return 'raw';
    if (t?.kind === 'comment') return 'comment';
    return 'code';
  };
}

/**
 * Wraps each declared placeholder in the highlighted code in `<span data-placeholder="NAME">`,
 * so the learner view can swap in a value by changing one text node, without re-highlighting.
 * Returns what it marked and the names it found in the source but could not mark (a token
 * the highlighter split in two), which the caller reports.
 */
export function markPlaceholders(
  pre: Element,
  code: string,
  grammar: string,
  decls: readonly PlaceholderDecl[],
): { uses: PlaceholderUse[]; unmarked: string[] } {
  const uses: PlaceholderUse[] = [];
  const byToken = new Map(decls.map((d) => [d.token, d]));
  const expected = [...code.matchAll(PLACEHOLDER_TOKEN)].filter((m) => byToken.has(m[0]));
  if (expected.length === 0) return { uses, unmarked: [] };
  const context = contextAt(code, grammar);
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  const lines: Element[] = [];
  const findLines = (n: Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (c.properties['data-line'] !== undefined || c.properties.dataLine !== undefined) lines.push(c);
      else findLines(c);
    }
  };
  findLines(pre);

  for (const line of lines) {
    const number = Number(line.properties['data-line'] ?? line.properties.dataLine);
    let offset = lineStarts[number - 1] ?? 0;
    const walk = (parent: Element) => {
      const out: ElementContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          walk(child);
          out.push(child);
          continue;
        }
        if (child.type !== 'text') {
          out.push(child);
          continue;
        }
        const text = (child as Text).value;
        let last = 0;
        for (const m of text.matchAll(PLACEHOLDER_TOKEN)) {
          const decl = byToken.get(m[0]);
          if (!decl) continue;
          const ctx = context(offset + m.index);
          if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
          out.push({
            type: 'element',
            tagName: 'span',
            properties: { dataPlaceholder: decl.name, dataIn: ctx },
            children: [{ type: 'text', value: m[0] }],
          });
          uses.push({ name: decl.name, context: ctx });
          last = m.index + m[0].length;
        }
        if (last === 0) out.push(child);
        else if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
        offset += text.length;
      }
      parent.children = out;
    };
    walk(line);
  }
  const count = (list: { name: string }[], name: string) => list.filter((u) => u.name === name).length;
  const names = [...new Set(expected.map((m) => byToken.get(m[0])!.name))];
  const unmarked = names.filter((n) => count(uses, n) < expected.filter((m) => byToken.get(m[0])!.name === n).length);
  return { uses, unmarked };
}

/** Placeholder-looking `<NAME>`s in code that deck.yaml does not declare, with their 0-based line and column. */
export function undeclaredPlaceholders(code: string, decls: readonly PlaceholderDecl[]): { token: string; line: number; col: number }[] {
  const known = new Set(decls.map((d) => d.token));
  const out: { token: string; line: number; col: number }[] = [];
  code.split('\n').forEach((text, line) => {
    for (const m of text.matchAll(PLACEHOLDER_TOKEN)) if (!known.has(m[0])) out.push({ token: m[0], line, col: m.index });
  });
  return out;
}
