import type { Code, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';
import type { SlideError } from './slide-error.ts';

export interface ParsedSlide {
  file: string;
  fm: FrontMatter;
  /** Top-level markdown nodes shown on the slide. */
  body: RootContent[];
  /** Top-level nodes of the speaker script (never shown on the slide). */
  script: RootContent[];
  /** ```check fences from the `## Checks` section. */
  checks: Code[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return markdown.runSync(markdown.parse(text)) as Root;
}

/** Normalises line endings and a byte-order mark, so positions are the same on every OS. */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function isH2(node: RootContent, text?: string): boolean {
  return node.type === 'heading' && node.depth === 2 && (text === undefined || toString(node).trim() === text);
}

/**
 * Splits one slide file into front matter, slide body, script and checks. Pure: no I/O,
 * so the fixture tests can call it with any text.
 */
export function parseSlide(file: string, rawSource: string): { slide?: ParsedSlide; errors: SlideError[] } {
  const source = normaliseSource(rawSource);
  if (source.trim() === '') {
    return { errors: [{ file, line: 1, col: 1, message: 'file is empty: start it with front matter (---, title: …, ---) and the slide content' }] };
  }
  const { fm, errors, split } = parseFrontMatter(file, source);
  if (!fm) return { errors };
  const tree = parseMarkdown(split.body);
  const nodes = tree.children;
  const errs: SlideError[] = [];
  const pos = (n: RootContent) => ({ line: n.position?.start.line ?? 1, col: n.position?.start.column ?? 1 });

  for (const n of nodes) {
    if (n.type === 'heading' && n.depth === 1) {
      const p = pos(n);
      errs.push({ file, line: p.line, col: p.col, message: 'a level-1 heading in the body: the slide title comes from the front matter "title", so start sections with ## instead' });
    }
    if (n.type === 'html') {
      const p = pos(n);
      errs.push({ file, line: p.line, col: p.col, message: 'raw HTML is not allowed in slides: use markdown (tables, lists, code fences) instead' });
    }
  }

  let scriptAt = -1;
  nodes.forEach((n, i) => {
    if (isH2(n, 'Script')) scriptAt = i;
  });
  const checksAt = nodes.findIndex((n, i) => i > scriptAt && isH2(n, 'Checks'));
  let body: RootContent[];
  let script: RootContent[] = [];
  let checkNodes: RootContent[] = [];
  if (scriptAt >= 0) {
    body = nodes.slice(0, scriptAt);
    const scriptEnd = nodes.findIndex((n, i) => i > scriptAt && isH2(n));
    script = nodes.slice(scriptAt + 1, scriptEnd < 0 ? undefined : scriptEnd);
    if (scriptEnd >= 0 && scriptEnd !== checksAt) {
      const p = pos(nodes[scriptEnd]!);
      errs.push({ file, line: p.line, col: p.col, message: 'only "## Checks" may follow the script: move this section above "## Script"' });
    }
    if (checksAt >= 0) {
      const checksEnd = nodes.findIndex((n, i) => i > checksAt && isH2(n));
      checkNodes = nodes.slice(checksAt + 1, checksEnd < 0 ? undefined : checksEnd);
    }
  } else {
    const stray = nodes.findIndex((n) => isH2(n, 'Checks'));
    if (stray >= 0) {
      const p = pos(nodes[stray]!);
      errs.push({ file, line: p.line, col: p.col, message: '"## Checks" must come after "## Script": add the script section first' });
    }
    body = stray >= 0 ? nodes.slice(0, stray) : nodes;
  }

  const checks: Code[] = [];
  for (const n of checkNodes) {
    if (n.type === 'code' && n.lang === 'check') checks.push(n);
    else {
      const p = pos(n);
      errs.push({ file, line: p.line, col: p.col, message: 'the "## Checks" section holds only ```check fences: move other text into the script' });
    }
  }
  for (const n of [...body, ...script]) {
    if (n.type === 'code' && n.lang === 'check') {
      const p = pos(n);
      errs.push({ file, line: p.line, col: p.col, message: 'a ```check fence outside "## Checks": move it under a "## Checks" heading after the script' });
    }
  }
  if (errs.length > 0) return { errors: errs };
  return { slide: { file, fm, body, script, checks }, errors: [] };
}
