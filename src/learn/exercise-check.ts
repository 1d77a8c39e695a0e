import type { AttributeStmt, BlockStmt, Expr, Pos, Stmt } from '../alloy/ast.ts';
import { parse } from '../alloy/parser.ts';
import { scan, stringValue } from '../alloy/scanner.ts';

// Checks the slide 7 exercise: a `remotecfg` block that registers Alloy with
// Grafana Cloud Fleet Management. It judges the parsed config, not its text,
// so any layout Alloy accepts passes. Facts come from shared/content/
// fleet-management-facts.md section 2 (remotecfg.md and arguments.go).

export interface Finding {
  severity: 'error' | 'warning';
  line?: number;
  col?: number;
  message: string;
  rule: string;
}

export interface ExerciseResult {
  ok: boolean;
  findings: Finding[];
}

const KNOWN_ATTRIBUTES = [
  'url',
  'id',
  'name',
  'attributes',
  'poll_frequency',
  'bearer_token',
  'bearer_token_file',
  'enable_http2',
  'follow_redirects',
  'http_headers',
  'proxy_url',
  'no_proxy',
  'proxy_from_environment',
  'proxy_connect_header',
];
const KNOWN_BLOCKS = ['basic_auth', 'authorization', 'oauth2', 'tls_config'];
const BASIC_AUTH_ATTRIBUTES = ['username', 'password', 'password_file'];
const AUTH_METHODS = ['basic_auth', 'authorization', 'oauth2', 'bearer_token', 'bearer_token_file'];
/** Attributes whose string value is a credential and must never be repeated back. */
const SECRET_NAMES = new Set(['password', 'bearer_token', 'credentials', 'client_secret']);

const MIN_POLL_MS = 10_000;
const API_TAB = 'copy the Base URL from the API tab in Fleet Management (Connections > Fleet Management > API)';

type Place = Pick<Pos, 'line' | 'col'>;

class Findings {
  readonly list: Finding[] = [];

  error(rule: string, message: string, pos?: Place): void {
    this.add('error', rule, message, pos);
  }

  warning(rule: string, message: string, pos?: Place): void {
    this.add('warning', rule, message, pos);
  }

  private add(severity: Finding['severity'], rule: string, message: string, pos?: Place): void {
    this.list.push(pos ? { severity, line: pos.line, col: pos.col, message, rule } : { severity, message, rule });
  }
}

export function checkRemotecfgExercise(source: string): ExerciseResult {
  const findings = new Findings();
  const { file, errors } = parse(source);
  if (errors.length > 0) {
    for (const e of errors) findings.error('syntax', e.message, e);
  } else {
    checkFile(file.body, findings);
    // Reading top to bottom is easiest for a learner; sort is stable, so
    // findings at the same place keep their logical order.
    findings.list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }
  const list = redactSecrets(source, findings.list);
  return { ok: !list.some((f) => f.severity === 'error'), findings: list };
}

function checkFile(body: Stmt[], findings: Findings): void {
  const blocks = body.filter((s): s is BlockStmt => s.type === 'block' && s.name === 'remotecfg');
  const [block, ...extra] = blocks;
  if (!block) {
    const nested = findNested(body);
    if (nested) {
      findings.error('remotecfg-top-level', 'Move the remotecfg block to the top level of the file; it cannot sit inside another block.', nested.pos);
    } else {
      findings.error('remotecfg-missing', 'Add a top-level remotecfg { ... } block: that is what connects Alloy to Fleet Management.');
    }
    return;
  }
  for (const dup of extra) {
    findings.error('remotecfg-duplicate', 'Only one remotecfg block is allowed per file: merge the two into one.', dup.pos);
  }
  if (block.label) {
    findings.error('remotecfg-label', `remotecfg takes no label: write remotecfg { instead of remotecfg "${block.label}" {.`, block.labelPos);
  }
  checkRemotecfgBody(block, findings);
}

function findNested(body: Stmt[]): BlockStmt | undefined {
  for (const s of body) {
    if (s.type !== 'block') continue;
    const hit = s.body.find((c): c is BlockStmt => c.type === 'block' && c.name === 'remotecfg') ?? findNested(s.body);
    if (hit) return hit;
  }
  return undefined;
}

function checkRemotecfgBody(block: BlockStmt, findings: Findings): void {
  const attrs = uniqueAttributes(block.body, 'remotecfg', findings);
  const blocks = block.body.filter((s): s is BlockStmt => s.type === 'block');

  for (const s of block.body) {
    if (s.type === 'attribute' && !KNOWN_ATTRIBUTES.includes(s.name)) {
      if (KNOWN_BLOCKS.includes(s.name)) {
        findings.error('block-as-attribute', `${s.name} is a block, not an attribute: write ${s.name} { ... } without '='.`, s.pos);
      } else {
        findings.warning('unknown-attribute', unknownMessage(s.name, 'attribute', KNOWN_ATTRIBUTES), s.pos);
      }
    } else if (s.type === 'block' && !KNOWN_BLOCKS.includes(s.name)) {
      if (KNOWN_ATTRIBUTES.includes(s.name)) {
        findings.error('attribute-as-block', `${s.name} is an attribute, not a block: write ${s.name} = ... instead.`, s.pos);
      } else {
        findings.warning('unknown-block', unknownMessage(s.name, 'block', KNOWN_BLOCKS), s.pos);
      }
    }
  }

  checkUrl(attrs.get('url'), block, findings);
  checkAuthMethods(block, findings);
  const basicAuth = blocks.filter((b) => b.name === 'basic_auth');
  const [auth, ...moreAuth] = basicAuth;
  for (const dup of moreAuth) findings.error('basic-auth-duplicate', 'Use a single basic_auth block.', dup.pos);
  if (auth) checkBasicAuth(auth, findings);
  else {
    const other = block.body.find((s) => AUTH_METHODS.includes(s.name));
    const instead = other ? ` Fleet Management signs collectors in with basic auth, not ${other.name}.` : '';
    findings.error(
      'basic-auth-missing',
      'Add a basic_auth block inside remotecfg with username (your Fleet Management instance ID) and ' +
        `password (an access token).${instead}`,
      block.pos,
    );
  }
  const attributes = attrs.get('attributes');
  if (attributes) checkAttributes(attributes, findings);
  const poll = attrs.get('poll_frequency');
  if (poll) checkPollFrequency(poll, findings);
}

/** The attributes of a body by name; repeats are an error in Alloy. */
function uniqueAttributes(body: Stmt[], where: string, findings: Findings): Map<string, AttributeStmt> {
  const attrs = new Map<string, AttributeStmt>();
  for (const s of body) {
    if (s.type !== 'attribute') continue;
    if (attrs.has(s.name)) {
      findings.error('duplicate-attribute', `${s.name} is set twice in ${where}: keep only one.`, s.pos);
    } else {
      attrs.set(s.name, s);
    }
  }
  return attrs;
}

function unknownMessage(name: string, kind: 'attribute' | 'block', known: string[]): string {
  const guess = closest(name, known);
  const hint = guess ? `Did you mean ${guess}?` : `Known ${kind}s: ${known.join(', ')}.`;
  return `remotecfg has no ${kind} named ${name}: check the spelling. ${hint}`;
}

/** The known name within edit distance 2, if any: catches typos like poll_frequncy. */
function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The value of an expression built only from string literals, '+' and parentheses. */
function constantString(e: Expr): string | undefined {
  switch (e.type) {
    case 'literal':
      return e.kind === 'string' ? e.value : undefined;
    case 'paren':
      return constantString(e.inner);
    case 'binary': {
      if (e.op !== '+') return undefined;
      const left = constantString(e.left);
      const right = constantString(e.right);
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    default:
      return undefined;
  }
}

/** The dotted name of a call's callee (`sys.env`), or undefined. */
function callName(e: Expr): string | undefined {
  if (e.type !== 'call') return undefined;
  const parts: string[] = [];
  let callee: Expr = e.callee;
  while (callee.type === 'access') {
    parts.unshift(callee.name);
    callee = callee.object;
  }
  if (callee.type !== 'identifier') return undefined;
  parts.unshift(callee.name);
  return parts.join('.');
}

/** A literal of a type other than string: numbers, bools, null, arrays, objects. */
function isNonStringLiteral(e: Expr): boolean {
  return (e.type === 'literal' && e.kind !== 'string') || e.type === 'array' || e.type === 'object';
}

function warnDeprecatedEnv(e: Expr, findings: Findings): void {
  if (callName(e) === 'env') {
    findings.warning('env-deprecated', 'env() still works but is deprecated: write sys.env(...) instead.', e.pos);
  }
}

const HOST_LABEL = '[a-z0-9]+(?:-[a-z0-9]+)*';
// fleet-management-<CLUSTER>.grafana.net, or the nested regional form
// fleet-management-<CLUSTER>.<CSP>-<CSP_REGION>-<COUNTER>.grafana.net.
const FLEET_HOST = new RegExp(`^fleet-management-${HOST_LABEL}(?:\\.[a-z0-9]+-${HOST_LABEL}-[0-9]+)?\\.grafana\\.net(?::443)?$`);

function checkUrl(attr: AttributeStmt | undefined, block: BlockStmt, findings: Findings): void {
  if (!attr) {
    findings.error('url-missing', `Add url = "https://fleet-management-<cluster>.grafana.net/": ${API_TAB}.`, block.pos);
    return;
  }
  const value = attr.value;
  warnDeprecatedEnv(value, findings);
  if (isNonStringLiteral(value)) {
    findings.error('url-type', 'url must be a string, like "https://fleet-management-<cluster>.grafana.net/".', value.pos);
    return;
  }
  const url = constantString(value);
  // sys.env("…") and other expressions are only known when Alloy runs.
  if (url === undefined) return;
  if (url.trim() === '') {
    findings.error('url-empty', `url is empty, so remotecfg does nothing: ${API_TAB}.`, value.pos);
    return;
  }
  if (/^http:\/\//i.test(url)) {
    findings.error('url-https', 'Use https://, not http://: Fleet Management only accepts encrypted connections.', value.pos);
    return;
  }
  const match = /^https:\/\/([^/?#]*)(\/?)$/i.exec(url);
  const host = match?.[1]?.toLowerCase();
  if (host !== undefined && /<[^<>]*>/.test(host) && FLEET_HOST.test(host.replace(/<[^<>]*>/g, '0'))) {
    findings.warning('url-placeholder', `This url still has a <placeholder>: ${API_TAB} and paste it here.`, value.pos);
    return;
  }
  if (host === undefined || !FLEET_HOST.test(host)) {
    const withPath = /^https:\/\/fleet-management-[^/]+\/./i.test(url) ? ' Use the base URL only, without a path.' : '';
    findings.error(
      'url-host',
      `This is not a Fleet Management address (https://fleet-management-<cluster>.grafana.net/).${withPath} ` +
        `Don't build it by hand: ${API_TAB}.`,
      value.pos,
    );
  }
}

function checkAuthMethods(block: BlockStmt, findings: Findings): void {
  const used = block.body.filter((s) => AUTH_METHODS.includes(s.name));
  const first = used[0];
  const other = used.find((s) => s.name !== first?.name);
  if (first && other) {
    findings.error(
      'auth-multiple',
      `Use only one way to authenticate: found ${first.name} and ${other.name}. ` +
        'Fleet Management uses basic_auth, so keep that and remove the other.',
      other.pos,
    );
  }
}

function checkBasicAuth(auth: BlockStmt, findings: Findings): void {
  const attrs = uniqueAttributes(auth.body, 'basic_auth', findings);
  for (const s of auth.body) {
    if (s.type === 'block' || !BASIC_AUTH_ATTRIBUTES.includes(s.name)) {
      const guess = closest(s.name, BASIC_AUTH_ATTRIBUTES);
      findings.warning(
        'unknown-attribute',
        `basic_auth has no ${s.type} named ${s.name}: check the spelling. ` +
          (guess ? `Did you mean ${guess}?` : 'It takes username and password (or password_file).'),
        s.pos,
      );
    }
  }

  const username = attrs.get('username');
  if (!username) {
    findings.error('username-missing', 'Add username = "<instance ID>" to basic_auth: the instance ID is on the API tab.', auth.pos);
  } else if (isNonStringLiteral(username.value) || constantString(username.value)?.trim() === '') {
    findings.error('username-type', 'username must be your instance ID as a string, e.g. username = "123456".', username.value.pos);
  }

  const password = attrs.get('password');
  const passwordFile = attrs.get('password_file');
  if (!password && !passwordFile) {
    findings.error(
      'password-missing',
      'Add password = sys.env("GCLOUD_RW_API_KEY") to basic_auth, so Alloy sends your access token.',
      auth.pos,
    );
  } else if (password && passwordFile) {
    findings.error('password-conflict', 'Set password or password_file, not both.', passwordFile.pos);
  }
  if (password) checkPassword(password, findings);
}

function checkPassword(password: AttributeStmt, findings: Findings): void {
  const value = password.value;
  warnDeprecatedEnv(value, findings);
  if (isNonStringLiteral(value)) {
    findings.error('password-type', 'password must be a string: read it with sys.env("GCLOUD_RW_API_KEY").', value.pos);
    return;
  }
  const literal = constantString(value);
  if (literal === undefined) return;
  if (literal === '') {
    findings.error('password-empty', 'password is empty: read your access token with sys.env("GCLOUD_RW_API_KEY").', value.pos);
    return;
  }
  findings.warning(
    'password-literal',
    'The token would sit in this file in plain text, where anyone who can read the file or its history can use it. ' +
      'Read it from the environment instead: password = sys.env("GCLOUD_RW_API_KEY").',
    value.pos,
  );
}

function checkAttributes(attr: AttributeStmt, findings: Findings): void {
  const value = attr.value;
  if (value.type !== 'object') {
    if (value.type === 'literal' || value.type === 'array') {
      findings.error('attributes-type', 'attributes must be an object, e.g. attributes = { env = "dev", team = "sre" }.', value.pos);
    }
    return;
  }
  for (const field of value.fields) {
    if (field.key.startsWith('collector.')) {
      findings.error(
        'attributes-reserved',
        `"${field.key}" is reserved: Alloy sets collector.* attributes itself. Choose a key without the collector. prefix.`,
        field.pos,
      );
    }
  }
}

const DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds in a Go duration string ("1h30m", "500ms"), or undefined if it is not one. */
export function parseDuration(text: string): number | undefined {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '');
  if (body === '0') return 0;
  if (body === '') return undefined;
  let total = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < body.length) {
    const m = DURATION_PART.exec(body);
    if (!m) return undefined;
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
  }
  return sign * total;
}

function checkPollFrequency(attr: AttributeStmt, findings: Findings): void {
  const value = attr.value;
  if (isNonStringLiteral(value)) {
    findings.error('poll-frequency-type', 'poll_frequency must be a duration string with a unit, e.g. "1m" or "30s".', value.pos);
    return;
  }
  const text = constantString(value);
  if (text === undefined) return;
  const ms = parseDuration(text);
  if (ms === undefined) {
    findings.error(
      'poll-frequency-format',
      `"${text}" is not a duration: write a number with a unit (h, m, s, ms, us, ns), e.g. "30s", "1m" or "1h30m".`,
      value.pos,
    );
  } else if (ms < MIN_POLL_MS) {
    findings.error('poll-frequency-min', `poll_frequency must be at least "10s" (you set "${text}"); the default is "1m".`, value.pos);
  }
}

/**
 * Finds the text of credential strings (the string after `password`,
 * `bearer_token`, ...) straight from the tokens, so it works for files that
 * do not parse too, and removes it from every message.
 */
function redactSecrets(source: string, findings: Finding[]): Finding[] {
  const tokens = scan(source).tokens.filter((t) => t.kind !== 'comment');
  const secrets: string[] = [];
  const secretLines = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'ident' || !SECRET_NAMES.has(t.text)) return;
    const next = tokens[i + 1]?.text === '=' ? tokens[i + 2] : tokens[i + 1];
    if (next?.kind !== 'string' && next?.kind !== 'raw-string') return;
    secrets.push(stringValue(next.text), next.text.slice(1, -1));
    const lastLine = next.line + (next.text.match(/\n/g)?.length ?? 0);
    for (let line = next.line; line <= lastLine; line++) secretLines.add(line);
  });
  if (secrets.length === 0) return findings;
  const cleaned = secrets.filter((s) => s.length >= 3);
  return findings.map((f) => {
    let message = f.message;
    // Parser messages can quote, clip or rework the string on its line (a
    // label suggestion, say), so every quoted part of them is hidden.
    if (f.rule === 'syntax' && f.line !== undefined && secretLines.has(f.line)) {
      message = message.replace(/"[^"\n]*(?:"|…)/g, '"***"');
    }
    for (const s of cleaned) {
      message = message.split(s).join('***');
      if (s.length > 30) message = message.split(s.slice(0, 30)).join('***');
    }
    return { ...f, message };
  });
}
