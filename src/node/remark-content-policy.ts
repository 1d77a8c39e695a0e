import type { Nodes as MdastNodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SlideError } from './slide-error.ts';

/** Schemes a slide may link to; anything else (javascript:, data:, vbscript:, file:, …) fails the build. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would see in this URL, or null for a relative URL or `#fragment`.
 * Browsers drop tabs and newlines anywhere and leading control characters and spaces before they
 * read the scheme (WHATWG URL), so `java\tscript:` or ` javascript:` must count as javascript:.
 * Markdown has already decoded character references (`&#106;avascript:`) by the time this runs.
 */
export function urlScheme(url: string): string | null {
  const seen = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen);
  return m ? (m[1] ?? '').toLowerCase() : null;
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || ALLOWED_SCHEMES.has(scheme);
}

/** Where a node's problems are reported: its own position, or a fixed place (check text lives inside YAML). */
export type Place = { line: number; col: number } | null;

/**
 * The slide-content rules that keep a built page from running an author's (or an attacker's) script
 * and from losing text without a word: link, image and definition URLs must be http:, https:, mailto:,
 * `#…` or relative, and no raw HTML may appear anywhere (remark-rehype would drop it silently).
 * See "Links, images and HTML" in docs/slide-format.md.
 */
export function contentPolicyErrors(tree: MdastNodes, file: string, place: Place = null): SlideError[] {
  const errors: SlideError[] = [];
  const at = (node: MdastNodes) =>
    place ?? { line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 };
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (!isSafeUrl(node.url)) {
        const what = node.type === 'image' ? 'image' : 'link';
        errors.push({
          file,
          ...at(node),
          message: `${what} to a "${urlScheme(node.url)}:" URL is not allowed: use an http:, https: or mailto: address, a #fragment or a relative path`,
        });
      }
    } else if (node.type === 'html') {
      errors.push({
        file,
        ...at(node),
        message: 'inline HTML is not allowed in slides (it would be dropped): use markdown (**bold**, *italic*, `code`, [text](https://…)), or put the tag in backticks to show it as text',
      });
    }
  });
  // Check text reports every problem at one place: `<i>…</i>` is one mistake, not two.
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.col}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
