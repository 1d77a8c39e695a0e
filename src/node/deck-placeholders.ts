import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import type { PlaceholderDecl } from '../content/placeholder-types.ts';
import type { SlideError } from './slide-error.ts';

const KEYS = ['token', 'label', 'help', 'pattern', 'message', 'secret'];
const TOKEN = /^<([A-Z][A-Z0-9_]*)>$/;

/**
 * Reads the optional `placeholders:` list of deck.yaml. Every problem is reported at the
 * offending node, with the fix, so a typo in one declaration never hides another.
 */
export function parseDeckPlaceholders(file: string, doc: Document, lc: LineCounter): { placeholders: PlaceholderDecl[]; errors: SlideError[] } {
  const errors: SlideError[] = [];
  const placeholders: PlaceholderDecl[] = [];
  if (!isMap(doc.contents)) return { placeholders, errors };
  const list = doc.contents.get('placeholders', true) as YamlNode | undefined;
  if (list === undefined || (isScalar(list) && list.value === null)) return { placeholders, errors };
  const at = (node: YamlNode | null | undefined, message: string) => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    errors.push({ file, line: p.line, col: p.col, message });
  };
  if (!isSeq(list)) {
    at(list, 'placeholders must be a list: write "placeholders:" then one "- token: <NAME>" entry per placeholder');
    return { placeholders, errors };
  }
  const seen = new Set<string>();
  for (const item of list.items as YamlNode[]) {
    if (!isMap(item)) {
      at(item, 'each placeholder is a map: write "- token: <NAME>" with label, help and optionally pattern, message, secret');
      continue;
    }
    const before = errors.length;
    const field = (key: string) => item.get(key, true) as YamlNode | undefined;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!KEYS.includes(key)) at(pair.key as YamlNode, `unknown placeholder field "${key}": use ${KEYS.join(', ')}`);
    }
    const text = (key: string, required: boolean): string | undefined => {
      const node = field(key);
      if (node === undefined) {
        if (required) at(item, `placeholder needs a "${key}"`);
        return undefined;
      }
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
        at(node, `placeholder "${key}" must be a non-empty text`);
        return undefined;
      }
      return node.value.trim();
    };
    const token = text('token', true);
    const m = token === undefined ? null : TOKEN.exec(token);
    if (token !== undefined && !m) at(field('token'), `placeholder token "${token}" must look like <NAME>: capital letters, digits and _ between < and >`);
    if (token !== undefined && seen.has(token)) at(field('token'), `placeholder ${token} is declared twice: keep one`);
    if (token !== undefined) seen.add(token);
    const label = text('label', true);
    const help = text('help', true);
    const pattern = text('pattern', false);
    const message = text('message', false);
    if (pattern !== undefined) {
      try {
        new RegExp(pattern, 'u');
      } catch (e) {
        at(field('pattern'), `placeholder pattern is not a valid regular expression (${(e as Error).message}): fix it or remove it`);
      }
      if (message === undefined && field('message') === undefined) at(item, 'a placeholder with a pattern needs a "message" saying what a valid value looks like');
    }
    const secretNode = field('secret');
    if (secretNode !== undefined && !(isScalar(secretNode) && typeof secretNode.value === 'boolean')) {
      at(secretNode, 'placeholder "secret" must be true or false');
    }
    if (errors.length > before || !m || label === undefined || help === undefined) continue;
    placeholders.push({
      name: m[1]!,
      token: m[0],
      label,
      help,
      ...(pattern !== undefined ? { pattern } : {}),
      ...(message !== undefined ? { message } : {}),
      secret: isScalar(secretNode) && secretNode.value === true,
      contexts: [],
    });
  }
  return { placeholders, errors };
}
