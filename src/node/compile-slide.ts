import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Code, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import type { HighlighterCore } from 'shiki/core';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { KnowledgeCheck, SlideContent, SlideMeta } from '../content/deck-types.ts';
import { parseCheck, type TextPlace } from './check-parser.ts';
import type { PlaceholderDecl } from '../content/placeholder-types.ts';
import { parseFenceMeta, renderCodeBlock, type FenceMeta, type PlaceholderMarks } from './code-block.ts';
import { FENCE_LANGUAGES } from './highlighter.ts';
import { compileInline } from './inline-markdown.ts';
import { undeclaredPlaceholders } from './placeholder-marks.ts';
import { contentPolicyErrors } from './remark-content-policy.ts';
import type { SlideError } from './slide-error.ts';
import type { ParsedSlide } from './slide-parser.ts';

export interface CodeDiagnostic {
  line: number;
  col: number;
  message: string;
}

/** Syntax checkers per fence language, e.g. the Alloy parser. */
export type CodeValidators = Partial<Record<string, (code: string) => CodeDiagnostic[]>>;

export interface CompiledSlide {
  meta: SlideMeta;
  content: SlideContent;
  /** Plain text of the script, for search and the handout. */
  scriptText: string;
  /** Where each check's fence starts, in order, so `npm run check` can point its lints there. */
  checkPlaces: { file: string; line: number; col: number }[];
  /** Declared placeholders this slide's code uses, and undeclared `<NAME>`s (warnings for `npm run check`). */
  placeholderMarks?: PlaceholderMarks;
  warnings?: SlideError[];
}

interface FencePlan {
  meta: FenceMeta;
  stepOffset: number;
}

const WORDS_PER_MINUTE = 130;
/** A learner reads a check, answers it and reads the feedback: about 45 seconds, an assumption. */
const MINUTES_PER_CHECK = 0.75;
/** Writing and checking a config block by hand, hints included. */
const MINUTES_PER_EXERCISE = 7;

/** Wraps each level-2 section, so layouts such as two columns can place them. */
function rehypeSections() {
  return (tree: HastRoot) => {
    const sections: Element[] = [];
    let current: Element | null = null;
    for (const child of tree.children) {
      const isH2 = child.type === 'element' && child.tagName === 'h2';
      if (isH2 || !current) {
        current = { type: 'element', tagName: 'section', properties: { className: [isH2 ? 'slide-section' : 'slide-intro'] }, children: [] };
        sections.push(current);
      }
      if (child.type === 'text' && child.value.trim() === '') continue;
      current.children.push(child as ElementContent);
    }
    tree.children = sections.filter((s) => s.children.length > 0);
  };
}

/** Real tables: column headers get scope="col"; wide tables scroll inside their own focusable box. */
function rehypeTables() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'th') node.properties.scope = 'col';
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headers: string[] = [];
      visit(node, 'element', (c: Element) => {
        if (c.tagName === 'th') headers.push(hastToString(c).trim());
      });
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Table: ${headers.join(', ')}` },
        children: [node],
      };
      (parent.children as HastContent[])[index] = wrapper;
    });
  };
}

function toHtml(nodes: RootContent[], hl: HighlighterCore, plans: Map<Code, FencePlan>, sections: boolean, marks?: PlaceholderMarks): string {
  const processor = unified()
    .use(remarkRehype, {
      handlers: {
        code(_state, node: Code) {
          const plan = plans.get(node);
          if (!plan) throw new Error('fence was not planned');
          return renderCodeBlock(hl, node.value, node.lang ?? 'text', plan.meta, plan.stepOffset, marks);
        },
      },
    })
    .use(sections ? rehypeSections : () => undefined)
    .use(rehypeTables)
    .use(rehypeStringify);
  const root: Root = { type: 'root', children: nodes };
  return processor.stringify(processor.runSync(root) as HastRoot);
}

export function compileSlide(
  parsed: ParsedSlide,
  number: number,
  slug: string,
  hl: HighlighterCore,
  validators: CodeValidators,
  placeholders: readonly PlaceholderDecl[] = [],
): { slide?: CompiledSlide; errors: SlideError[] } {
  const errors: SlideError[] = [];
  const warnings: SlideError[] = [];
  const file = parsed.file;
  const plans = new Map<Code, FencePlan>();
  let steps = 1;
  let codeLines = 0;

  const planFences = (nodes: RootContent[], countSteps: boolean) => {
    visit({ type: 'root', children: nodes } as Root, 'code', (node: Code) => {
      const line = node.position?.start.line ?? 1;
      const col = node.position?.start.column ?? 1;
      const lang = node.lang ?? '';
      if (!lang) {
        errors.push({ file, line, col, message: 'code fence has no language: write ```alloy, ```sh, ```yaml or ```text' });
        return;
      }
      if (!FENCE_LANGUAGES[lang]) {
        errors.push({ file, line, col: col + 3, message: `unknown code language "${lang}": use one of ${Object.keys(FENCE_LANGUAGES).join(', ')}` });
        return;
      }
      const { meta, error } = parseFenceMeta(node.meta);
      if (error) {
        errors.push({ file, line, col: col + 3 + lang.length + 1, message: error });
        return;
      }
      if (meta.fragment && FENCE_LANGUAGES[lang]?.grammar !== 'alloy') {
        errors.push({ file, line, col, message: '"fragment" only applies to alloy fences' });
      }
      const validate = validators[FENCE_LANGUAGES[lang]?.grammar ?? ''];
      if (validate && !meta.fragment) {
        for (const d of validate(node.value)) {
          errors.push({
            file,
            line: line + d.line,
            col: d.col + col - 1,
            message: `Alloy syntax error: ${d.message} (fix the code, or add "fragment" to the fence if it is an excerpt)`,
          });
        }
      }
      for (const u of undeclaredPlaceholders(node.value, placeholders)) {
        warnings.push({ file, line: line + 1 + u.line, col: col + u.col, message: `${u.token} looks like a placeholder but slides/deck.yaml does not declare it: add it under "placeholders:", or ignore this if it is literal text` });
      }
      const lineCount = node.value.split('\n').length;
      codeLines += lineCount;
      if (meta.stages) {
        for (const stage of meta.stages) {
          if (stage !== 'all' && [...stage].some((n) => n > lineCount)) {
            errors.push({ file, line, col: col + 3 + lang.length + 1, message: `line spec names a line past the end of this ${lineCount}-line block` });
          }
        }
      }
      const stepOffset = steps;
      if (countSteps && meta.stages && meta.stages.length > 1) steps += meta.stages.length - 1;
      plans.set(node, { meta, stepOffset });
    });
  };
  planFences(parsed.body, true);
  planFences(parsed.script, false);

  errors.push(...contentPolicyErrors({ type: 'root', children: [...parsed.body, ...parsed.script] }, file));

  const checks: KnowledgeCheck[] = [];
  const checkPlaces: CompiledSlide['checkPlaces'] = [];
  parsed.checks.forEach((fence, i) => {
    const { check, errors: checkErrors } = parseCheck(file, fence);
    errors.push(...checkErrors);
    if (!check) return;
    checkPlaces.push({ file, line: fence.position?.start.line ?? 1, col: fence.position?.start.column ?? 1 });
    const inline = (text: string, place: TextPlace, what: string) => {
      const r = compileInline(text, file, place, what);
      errors.push(...r.errors);
      return r.html;
    };
    checks.push({
      id: `s${number}-c${i + 1}`,
      question: check.question,
      questionHtml: inline(check.question, check.questionAt, 'the question'),
      multiple: check.options.filter((o) => o.correct).length > 1,
      options: check.options.map((o) => ({
        text: o.text,
        html: inline(o.text, o.textAt, 'option text'),
        correct: o.correct,
        whyHtml: inline(o.why, o.whyAt, 'the why: explanation'),
        ...(o.pin ? { pin: true } : {}),
      })),
    });
  });
  if (errors.length > 0) return { errors };

  const scriptText = parsed.script.map((n) => toString(n)).join('\n\n');
  const words = scriptText.split(/\s+/).filter(Boolean).length;
  // A learner's time, not only the reading: the checks and the exercise take longer than the script.
  const doing = checks.length * MINUTES_PER_CHECK + (parsed.fm.exercise ? MINUTES_PER_EXERCISE : 0);
  const estimate = Math.max(1, Math.ceil((words / WORDS_PER_MINUTE + codeLines * (3 / 60) + doing) * 2) / 2);
  const meta: SlideMeta = {
    number,
    slug,
    title: parsed.fm.title,
    minutes: parsed.fm.minutes ?? estimate,
    minutesEstimated: parsed.fm.minutes === undefined,
    layout: parsed.fm.layout,
    steps,
    checkCount: checks.length,
    ...(parsed.fm.exercise ? { exercise: parsed.fm.exercise } : {}),
  };
  const marks: PlaceholderMarks = { decls: placeholders, uses: [], unmarked: [] };
  const html = toHtml(parsed.body, hl, plans, true, marks);
  const scriptHtml = toHtml(parsed.script, hl, plans, false, marks);
  for (const name of new Set(marks.unmarked)) {
    errors.push({ file, line: 1, col: 1, message: `placeholder <${name}> could not be marked in a code block (the highlighter split it): keep it inside one string or comment` });
  }
  if (errors.length > 0) return { errors };
  return {
    slide: {
      meta,
      scriptText,
      checkPlaces,
      content: { number, html, scriptHtml, checks },
      placeholderMarks: marks,
      warnings,
    },
    errors: [],
  };
}
