import path from 'node:path';
import type { Plugin } from 'vite';

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">/g;

/**
 * Build only: the entry's stylesheet goes into index.html as a <style>, and its fonts get a
 * preload. The app's CSS is small (about 4 kB gzip), and a separate render-blocking request costs
 * a whole round trip before the prerendered first slide can paint; the fonts would otherwise only
 * be requested once layout finds text that needs them, and swap in late, moving the text. The CSS
 * file stays in dist/ (the offline precache lists it; nothing links it).
 */
export function inlineCssPlugin(): Plugin {
  return {
    name: 'deck-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return inlineStylesheets(html, (file) => {
          const asset = ctx.bundle?.[file];
          return asset?.type === 'asset' ? String(asset.source) : null;
        });
      },
    },
  };
}

/** Pure: index.html with each `./…css` link replaced by its text (null from `read` keeps the link). */
export function inlineStylesheets(html: string, read: (file: string) => string | null): string {
  const fonts = new Set<string>();
  const out = html.replace(STYLESHEET, (tag, file: string) => {
    const source = read(file);
    if (source === null) return tag;
    const dir = path.posix.dirname(file);
    // url()s are relative to the CSS file; in the page they must be relative to index.html.
    const css = source.replace(/url\((['"]?)(?!data:|[a-z]+:|\/)(?:\.\/)?([^)'"]+)\1\)/g, (_m, _q, ref: string) => {
      const url = `./${path.posix.join(dir, ref)}`;
      if (ref.endsWith('.woff2')) fonts.add(url);
      return `url(${url})`;
    });
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  });
  const preloads = [...fonts].map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`);
  return preloads.length ? out.replace('</title>', `</title>\n    ${preloads.join('\n    ')}`) : out;
}
