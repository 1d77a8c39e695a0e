import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser must fetch before the deck can run: the entry `<script type="module">`
 * of index.html and its modulepreload links (or, in this app's build, the entry and modules that
 * the inline first-paint script adds; see src/prerender/first-paint.ts), and every chunk those
 * reach through static `import`/`export … from` statements. Dynamic `import()` (slide bodies, lazy
 * routes) is excluded, and so is the slide chunk first-paint preloads for the slide in the address.
 * Pure: the caller supplies index.html and a reader for built files (paths relative to the dist root).
 */
export function firstLoadScripts(indexHtml: string, read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module\b/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload\b/.test(tag);
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:/i.test(url)) add(normalise(url));
  }
  const plan = /\bfirstPaint\b[^]*?\}\)\((\{.*?\})\);<\/script>/.exec(indexHtml)?.[1];
  if (plan) {
    const { entry, modules } = JSON.parse(plan) as { entry: string; modules: string[] };
    for (const url of [entry, ...modules]) add(normalise(url));
  }
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const dep of staticImports(read(file))) add(join(dirOf(file), dep));
  }
  return [...seen];
}

/** Relative specifiers of static imports and re-exports in (minified) ES module code. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // `import"./a.js"`, `import{x as y}from"./a.js"`, `import*as m from"./a.js"`, `export{x}from"./a.js"`;
  // `import("./a.js")` is dynamic and has a `(` where these have a quote, `{`, `*` or an identifier.
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{][^"'`();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

export interface GzipSize {
  raw: number;
  gzip: number;
}

/** One gzip stream per file, as a server sends them. */
export function gzipSize(texts: readonly string[], level: number): GzipSize {
  let raw = 0;
  let gzip = 0;
  for (const t of texts) {
    const buf = Buffer.from(t);
    raw += buf.length;
    gzip += gzipSync(buf, { level }).length;
  }
  return { raw, gzip };
}

function normalise(url: string): string {
  return join('', url.replace(/[?#].*$/, ''));
}

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

/** Joins a dist-relative directory and a relative URL into a dist-relative path ("./", "../" resolved). */
function join(dir: string, rel: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const p of rel.replace(/^\//, '').split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}
