import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../src/node/vite-plugin-inline-css.ts';

const HTML = `<head><title>Deck</title>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
</head><body></body>`;

describe('inlineStylesheets', () => {
  it('puts the stylesheet into the page and rewrites its URLs from the CSS file to index.html', () => {
    const css = '@font-face{src:url(./inter-1.woff2)format("woff2")}.a{background:url(icons/x.svg)}.b{background:url(data:image/png;base64,AA)}';
    const out = inlineStylesheets(HTML, (f) => (f === 'assets/index-abc.css' ? css : null));
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain('<style>@font-face{src:url(./assets/inter-1.woff2)format("woff2")}.a{background:url(./assets/icons/x.svg)}.b{background:url(data:image/png;base64,AA)}</style>');
  });

  it('preloads the fonts the stylesheet uses, once each, right after the title', () => {
    const css = '@font-face{src:url(./a.woff2)}@font-face{src:url(./a.woff2)}@font-face{src:url(./b.woff2)}';
    const out = inlineStylesheets(HTML, () => css);
    const preloads = out.match(/<link rel="preload"[^>]+>/g) ?? [];
    expect(preloads).toEqual([
      '<link rel="preload" href="./assets/a.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="./assets/b.woff2" as="font" type="font/woff2" crossorigin>',
    ]);
    expect(out.indexOf('</title>')).toBeLessThan(out.indexOf('rel="preload"'));
  });

  it('cannot be closed early by CSS text, and leaves a link it cannot read alone', () => {
    expect(inlineStylesheets(HTML, () => '.x::after{content:"</style>"}')).toContain('content:"<\\/style>"');
    expect(inlineStylesheets(HTML, () => null)).toBe(HTML);
  });
});
