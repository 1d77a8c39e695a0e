import { scan, stringValue } from '../../alloy/scanner.ts';
import type { Finding } from './finding.ts';
import { isSecretAttribute } from './secret-names.ts';

/**
 * Finds the text of credential strings (the string after `password`, `bearer_token`, ...)
 * straight from the tokens, so it works for files that do not parse too, and removes it
 * from every message.
 */
export function redactFindings(source: string, findings: Finding[]): Finding[] {
  const tokens = scan(source).tokens.filter((t) => t.kind !== 'comment');
  const secrets: string[] = [];
  const secretLines = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'ident' || !isSecretAttribute(t.text)) return;
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
