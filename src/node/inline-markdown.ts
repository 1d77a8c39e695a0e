import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { TextPlace } from './check-parser.ts';
import { contentPolicyErrors } from './remark-content-policy.ts';
import type { SlideError } from './slide-error.ts';
import { parseMarkdown } from './slide-parser.ts';

const processor = unified().use(remarkRehype).use(rehypeStringify);

/**
 * Inline markdown (a check's question, option or explanation) to HTML without a wrapping <p>.
 * Its problems are reported at the YAML value's place in the slide file; text that renders to
 * nothing visible (e.g. `[](https://x)`) fails too, so a learner never sees an empty explanation.
 */
export function compileInline(text: string, file: string, place: TextPlace, what: string): { html: string; errors: SlideError[] } {
  const tree = parseMarkdown(text);
  const errors = contentPolicyErrors(tree, file, place);
  if (errors.length > 0) return { html: '', errors };
  const hast = processor.runSync(tree) as HastRoot;
  const out = processor.stringify(hast).trim();
  const visible = out.replace(/<[^>]*>/g, '').trim();
  if (visible === '' && !/<img\b/.test(out)) {
    return { html: '', errors: [{ file, ...place, message: `${what} shows no text once rendered: write it as plain words` }] };
  }
  const m = /^<p>([\s\S]*)<\/p>$/.exec(out);
  return { html: m && !m[1]?.includes('<p>') ? (m[1] ?? '') : out, errors: [] };
}
