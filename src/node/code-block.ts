import type { Element, ElementContent } from 'hast';
import type { HighlighterCore } from 'shiki/core';
import { parseStages, stageIncludes, type LineStage } from '../content/line-spec.ts';
import type { PlaceholderDecl } from '../content/placeholder-types.ts';
import { COLOR_REPLACEMENTS, FENCE_LANGUAGES, THEMES } from './highlighter.ts';
import { markPlaceholders, type PlaceholderUse } from './placeholder-marks.ts';

/** The deck's declared placeholders in, what this slide's blocks use out (collected across its blocks). */
export interface PlaceholderMarks {
  decls: readonly PlaceholderDecl[];
  uses: PlaceholderUse[];
  unmarked: string[];
}

export interface FenceMeta {
  stages: LineStage[] | null;
  lineNumbers: boolean;
  fragment: boolean;
}

/** Parses fence meta such as `{1-2|3|all} lines fragment`; returns an error message when malformed. */
export function parseFenceMeta(meta: string | null | undefined): { meta: FenceMeta; error?: string } {
  const out: FenceMeta = { stages: null, lineNumbers: false, fragment: false };
  let rest = (meta ?? '').trim();
  const braces = /^\{([^}]*)\}/.exec(rest);
  if (braces) {
    out.stages = parseStages(braces[1] ?? '');
    if (!out.stages) return { meta: out, error: `bad line spec "{${braces[1]}}": write lines like {2,4-5} or stages like {1-2|3|all}` };
    rest = rest.slice(braces[0].length).trim();
  }
  for (const word of rest.split(/\s+/).filter(Boolean)) {
    if (word === 'lines') out.lineNumbers = true;
    else if (word === 'fragment') out.fragment = true;
    else return { meta: out, error: `unknown fence option "${word}": use {lines-spec}, lines or fragment` };
  }
  return { meta: out };
}

/**
 * Highlights one fence into the code-block HTML the app styles and enhances (copy, steps).
 * Colours are CSS variables for both themes, so a theme switch needs no re-render.
 */
export function renderCodeBlock(
  hl: HighlighterCore,
  code: string,
  lang: string,
  meta: FenceMeta,
  stepOffset: number,
  marks?: PlaceholderMarks,
): Element {
  const info = FENCE_LANGUAGES[lang];
  if (!info) throw new Error(`unknown language ${lang}`);
  const lineCount = code.split('\n').length;
  const stages = meta.stages;
  // Static HTML shows the final stage, so print and no-JS readers see the finished state.
  const finalStage = stages ? stages[stages.length - 1] : undefined;
  const focusing = finalStage !== undefined && finalStage !== 'all';
  const root = hl.codeToHast(code, {
    lang: info.grammar,
    themes: THEMES,
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
    transformers: [
      {
        line(node, line) {
          node.properties['data-line'] = line;
          if (focusing && finalStage !== undefined && stageIncludes(finalStage, line)) this.addClassToHast(node, 'is-highlighted');
        },
      },
    ],
  });
  const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
  if (!pre) throw new Error('shiki returned no <pre>');
  delete pre.properties.tabindex;
  const marked = marks ? markPlaceholders(pre, code, info.grammar, marks.decls) : { uses: [], unmarked: [] };
  if (marks) {
    marks.uses.push(...marked.uses);
    marks.unmarked.push(...marked.unmarked);
  }
  const label = `${info.label} code`;
  const scroll: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['code-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
    children: [pre],
  };
  const head: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['code-head'] },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['code-lang'] }, children: [{ type: 'text', value: info.label }] },
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['code-copy'], dataCopy: '', ariaLabel: `Copy ${label}` },
        children: [{ type: 'text', value: 'Copy' }],
      },
    ] as ElementContent[],
  };
  const className = ['code-block'];
  if (focusing) className.push('has-focus');
  if (meta.lineNumbers) className.push('with-line-numbers');
  const props: Element['properties'] = { className, dataLang: lang, dataLines: lineCount };
  if (stages && stages.length > 1) {
    props.dataStages = stages.map((s) => (s === 'all' ? 'all' : [...s].join(','))).join('|');
    props.dataStepOffset = stepOffset;
  }
  // The learner view offers "Use your values" on a block that names these.
  if (marked.uses.length > 0) props.dataPlaceholders = [...new Set(marked.uses.map((u) => u.name))].join(' ');
  return { type: 'element', tagName: 'figure', properties: props, children: [head, scroll] };
}
