import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy for the built page. Scripts: only the app's own files and the exact inline scripts the
 * build wrote (the theme script and the first-paint script), by hash; no 'unsafe-inline', no eval.
 * Styles: the inlined stylesheet by hash plus the app's own CSS files; style *attributes* are
 * allowed ('unsafe-inline' in style-src-attr only), because the build-time highlighter colours code
 * with `style="--shiki-light:…"` and the prerendered markup carries React's style attributes;
 * an attribute cannot run script. connect-src 'self' also covers a same-origin WebSocket.
 * frame-ancestors, report-to and sandbox are ignored in a <meta>: the host sends them (README, Security).
 */
export function contentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1] ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ''));
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    `style-src-elem 'self' ${styles.join(' ')}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Pure: the page with its policy as the first thing after <meta charset>, so it covers every later tag. */
export function withCsp(html: string): string {
  if (!CHARSET.test(html)) throw new Error('deck-csp: index.html has no <meta charset="UTF-8"> to place the policy after');
  const policy = contentSecurityPolicy(html).replaceAll('"', '&quot;');
  return html.replace(CHARSET, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

/** Build only: hashes the inline scripts and styles once index.html is written in its final form. */
export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'deck-csp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const file = path.join(outDir, 'index.html');
        await writeFile(file, withCsp(await readFile(file, 'utf8')));
      },
    },
  };
}
