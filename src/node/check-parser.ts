import type { Code } from 'mdast';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { SlideError } from './slide-error.ts';

export interface RawCheck {
  question: string;
  options: { text: string; correct: boolean; why: string; pin: boolean }[];
}

const CHECK_KEYS = ['question', 'options'];
const OPTION_KEYS = ['text', 'correct', 'why', 'pin'];

/** Parses one ```check fence (YAML) and reports problems at their place in the slide file. */
export function parseCheck(file: string, fence: Code): { check?: RawCheck; errors: SlideError[] } {
  const errors: SlideError[] = [];
  // The fence's content starts on the line after the opening ``` line.
  const firstLine = (fence.position?.start.line ?? 1) + 1;
  const indent = (fence.position?.start.column ?? 1) - 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(fence.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: YamlNode | null | undefined, fallback?: YamlNode | null) => {
    const offset = node?.range?.[0] ?? fallback?.range?.[0] ?? 0;
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, col: p.col + indent };
  };
  const err = (p: { line: number; col: number }, message: string) => errors.push({ file, ...p, message });
  const fenceStart = { line: fence.position?.start.line ?? 1, col: fence.position?.start.column ?? 1 };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const p = lineCounter.linePos(e.pos[0]);
      err({ line: p.line + firstLine - 1, col: p.col + indent }, `invalid YAML in check: ${e.message.split('\n')[0]}; see the check example in docs/slide-format.md`);
    }
    return { errors };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    err(fenceStart, 'a check needs "question:" and "options:" (see docs/slide-format.md)');
    return { errors };
  }
  let question = '';
  let optionsNode: YamlNode | null = null;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!CHECK_KEYS.includes(key)) {
      err(at(pair.key as YamlNode), `unknown key "${key}" in check: use question and options`);
    } else if (key === 'question') {
      const v = pair.value;
      if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') err(at(v as YamlNode, pair.key as YamlNode), 'question is empty: write the question after "question: "');
      else question = v.value.trim();
    } else optionsNode = pair.value as YamlNode;
  }
  if (!root.has('question')) err(fenceStart, 'check has no question: add "question: …"');
  if (!isSeq(optionsNode)) {
    err(optionsNode ? at(optionsNode) : fenceStart, 'check has no options list: add "options:" with two or more "- text: …" items');
    return { errors };
  }
  const options: RawCheck['options'] = [];
  const seen = new Map<string, number>();
  for (const item of optionsNode.items) {
    const node = item as YamlNode;
    if (!isMap(node)) {
      err(at(node), 'each option is a map: "- text: …", "why: …" and, on the right one, "correct: true"');
      continue;
    }
    let text = '';
    let why = '';
    let correct = false;
    let pin = false;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const v = pair.value;
      if (!OPTION_KEYS.includes(key)) err(at(pair.key as YamlNode), `unknown key "${key}" in option: use text, correct, why and pin`);
      else if (key === 'correct' || key === 'pin') {
        if (!isScalar(v) || typeof v.value !== 'boolean') err(at(v as YamlNode, pair.key as YamlNode), `${key} must be true or false`);
        else if (key === 'correct') correct = v.value;
        else pin = v.value;
      } else if (!isScalar(v) || (typeof v.value !== 'string' && typeof v.value !== 'number') || String(v.value).trim() === '') {
        err(at(v as YamlNode, pair.key as YamlNode), `option ${key} is empty: write it after "${key}: "`);
      } else if (key === 'text') text = String(v.value).trim();
      else why = String(v.value).trim();
    }
    if (!node.has('text')) err(at(node), 'option has no text: add "text: …"');
    if (!node.has('why')) err(at(node), 'option has no explanation: add "why: …" saying why it is right or wrong');
    const normal = text.toLowerCase().replace(/\s+/g, ' ');
    if (text && seen.has(normal)) err(at(node), `duplicate option "${text}": each option must be different`);
    seen.set(normal, options.length);
    options.push({ text, correct, why, pin });
  }
  if (options.length < 2) err(at(optionsNode), 'a check needs at least two options');
  if (options.length > 0 && !options.some((o) => o.correct)) err(at(optionsNode), 'no option is marked correct: add "correct: true" to the right option(s)');
  return errors.length > 0 ? { errors } : { check: { question, options }, errors };
}
