import type { AttributeStmt, BlockStmt, Stmt } from '../../alloy/ast.ts';
import type { AttributeRules, BlockRules, FileRules, StringTest } from '../../content/exercise-types.ts';
import { callName, constantString, literalType, parseDuration } from './alloy-values.ts';
import { closest } from './edit-distance.ts';
import { fill, Findings } from './finding.ts';

// Interprets an exercise's rules (data from slides/exercises/ID.yaml) against a parsed file.
// It judges the syntax tree, not the text, so any layout Alloy accepts passes.

export function checkRules(body: Stmt[], rules: FileRules, findings: Findings): void {
  for (const [name, spec] of Object.entries(rules.blocks)) {
    const [block, ...extra] = body.filter((s): s is BlockStmt => s.type === 'block' && s.name === name);
    if (!block) {
      const nested = findNested(body, name);
      if (nested && spec.nested) findings.report(spec.nested, nested.pos);
      else if (spec.required) findings.report(spec.required, undefined);
      continue;
    }
    if (spec.unique) for (const dup of extra) findings.report(spec.unique, dup.pos);
    checkBlock(block, spec, findings);
  }
}

function findNested(body: Stmt[], name: string): BlockStmt | undefined {
  for (const s of body) {
    if (s.type !== 'block') continue;
    const hit = s.body.find((c): c is BlockStmt => c.type === 'block' && c.name === name) ?? findNested(s.body, name);
    if (hit) return hit;
  }
  return undefined;
}

function checkBlock(block: BlockStmt, spec: BlockRules, findings: Findings): void {
  if (block.label !== undefined && spec.noLabel) findings.report(spec.noLabel, block.labelPos ?? block.pos, { label: block.label });
  if (block.label === undefined && spec.needsLabel) findings.report(spec.needsLabel, block.pos);
  // A block the rules know but say nothing about (tls_config, say) is left as written.
  if (!spec.attributes && !spec.blocks) return;
  const attrSpecs = spec.attributes ?? {};
  const blockSpecs = spec.blocks ?? {};
  const attrs = uniqueAttributes(block, findings);
  reportUnknown(block, Object.keys(attrSpecs), Object.keys(blockSpecs), spec.unknownHint, findings);

  for (const [name, rules] of Object.entries(attrSpecs)) {
    const attr = attrs.get(name);
    if (attr) checkValue(attr, rules, findings);
    else if (rules.required) findings.report(rules.required, block.pos);
  }

  for (const group of spec.exclusive ?? []) {
    const used = block.body.filter((s) => group.names.includes(s.name));
    const first = used[0];
    const other = used.find((s) => s.name !== first?.name);
    if (first && other) findings.report(group, other.pos, { first: first.name, other: other.name });
    if (!first && group.required) findings.report(group.required, block.pos);
  }

  for (const [name, rules] of Object.entries(blockSpecs)) {
    const [inner, ...extra] = block.body.filter((s): s is BlockStmt => s.type === 'block' && s.name === name);
    if (rules.unique) for (const dup of extra) findings.report(rules.unique, dup.pos);
    if (inner) checkBlock(inner, rules, findings);
    else if (rules.required) {
      const { insteadOf = [], instead = '' } = rules.required;
      const other = block.body.find((s) => insteadOf.includes(s.name));
      findings.report(rules.required, block.pos, {}, other ? fill(instead, { other: other.name }) : '');
    }
  }
}

/** The attributes of a body by name; repeats are an error in Alloy. */
function uniqueAttributes(block: BlockStmt, findings: Findings): Map<string, AttributeStmt> {
  const attrs = new Map<string, AttributeStmt>();
  for (const s of block.body) {
    if (s.type !== 'attribute') continue;
    if (attrs.has(s.name)) findings.error('duplicate-attribute', `${s.name} is set twice in ${block.name}: keep only one.`, s.pos);
    else attrs.set(s.name, s);
  }
  return attrs;
}

function reportUnknown(block: BlockStmt, knownAttrs: string[], knownBlocks: string[], hint: string | undefined, findings: Findings): void {
  const where = block.name;
  for (const s of block.body) {
    if (s.type === 'attribute' && !knownAttrs.includes(s.name)) {
      if (knownBlocks.includes(s.name)) {
        findings.error('block-as-attribute', `${s.name} is a block, not an attribute: write ${s.name} { ... } without '='.`, s.pos);
      } else {
        findings.warning('unknown-attribute', unknownMessage(where, s.name, 'attribute', knownAttrs, hint), s.pos);
      }
    } else if (s.type === 'block' && !knownBlocks.includes(s.name)) {
      if (knownAttrs.includes(s.name)) {
        findings.error('attribute-as-block', `${s.name} is an attribute, not a block: write ${s.name} = ... instead.`, s.pos);
      } else {
        findings.warning('unknown-block', unknownMessage(where, s.name, 'block', knownBlocks, hint), s.pos);
      }
    }
  }
}

function unknownMessage(where: string, name: string, kind: 'attribute' | 'block', known: string[], hint: string | undefined): string {
  const guess = closest(name, known);
  const tail = guess ? `Did you mean ${guess}?` : (hint ?? (known.length > 0 ? `Known ${kind}s: ${known.join(', ')}.` : `${where} takes no ${kind}s.`));
  return `${where} has no ${kind} named ${name}: check the spelling. ${tail}`;
}

function checkValue(attr: AttributeStmt, rules: AttributeRules, findings: Findings): void {
  const value = attr.value;
  const call = callName(value);
  const flagged = call === undefined ? undefined : rules.calls?.[call];
  if (flagged) findings.report(flagged, value.pos);

  const type = literalType(value);
  if (rules.type && type !== undefined && type !== rules.type) {
    if (rules.typeError) findings.report(rules.typeError, value.pos);
    return;
  }
  if (rules.keys && value.type === 'object') {
    for (const field of value.fields) {
      const test = rules.keys.find((t) => applies(t, field.key));
      if (test) findings.report(test, field.pos, { key: field.key, value: field.key });
    }
  }
  // sys.env("…") and other expressions are only known when Alloy runs.
  const text = constantString(value);
  if (text === undefined) return;
  const test = rules.string?.find((t) => applies(t, text));
  if (test) {
    findings.report(test, value.pos, { value: text });
    return;
  }
  if (rules.duration) {
    const ms = parseDuration(text);
    const min = rules.duration.min;
    if (ms === undefined) findings.report(rules.duration.format, value.pos, { value: text });
    else if (min !== undefined && rules.duration.tooShort && ms < (parseDuration(min) ?? 0)) {
      findings.report(rules.duration.tooShort, value.pos, { value: text, min });
    }
  }
}

const PLACEHOLDER = /<[^<>]*>/g;
const compiled = new Map<string, RegExp>();

function regex(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(source, flags.replace(/[gy]/g, ''))));
  return re;
}

export function applies(test: StringTest, raw: string): boolean {
  if (test.placeholder && !raw.match(PLACEHOLDER)) return false;
  const text = test.placeholder ? raw.replace(PLACEHOLDER, '0') : raw;
  if (test.matches !== undefined && !regex(test.matches, test.flags).test(text)) return false;
  if (test.notMatches !== undefined && regex(test.notMatches, test.flags).test(text)) return false;
  return true;
}
