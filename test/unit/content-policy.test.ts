import { describe, expect, it } from 'vitest';
import { compileSlide } from '../../src/node/compile-slide.ts';
import { getHighlighter } from '../../src/node/highlighter.ts';
import { isSafeUrl } from '../../src/node/remark-content-policy.ts';
import { formatSlideError } from '../../src/node/slide-error.ts';
import { parseSlide } from '../../src/node/slide-parser.ts';

async function compile(source: string) {
  const { slide, errors } = parseSlide('slides/01-t.md', source);
  if (!slide) return { errors };
  return compileSlide(slide, 1, 't', await getHighlighter(), {});
}

const fm = '---\ntitle: T\n---\n\n';
const script = '\n## Script\n\nSay it.\n';
const check = (q: string, text: string, why: string) =>
  `${fm}Body.\n${script}\n## Checks\n\n\`\`\`check\nquestion: ${q}\noptions:\n  - text: ${text}\n    correct: true\n    why: ${why}\n  - text: Other\n    why: Wrong.\n\`\`\`\n`;

describe('links and images', () => {
  it.each([
    ['plain', '[x](javascript:alert(document.domain))'],
    ['mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['entity-encoded', '[x](&#106;avascript:alert(1))'],
    ['named entity colon', '[x](javascript&colon;alert(1))'],
    ['tab inside the scheme', '[x](<java\tscript:alert(1)>)'],
    ['autolink', '<javascript:alert(1)>'],
    // Reported at the definition, the line to fix.
    ['reference link', '[r]: javascript:alert(1)\n\n[x][r]'],
    ['data: image', '![x](data:image/svg+xml,<svg/onload=alert(1)>)'],
    ['vbscript:', '[x](vbscript:msgbox(1))'],
    ['file:', '[x](file:///etc/passwd)'],
  ])('fails the build at the link: %s', async (_name, md) => {
    const { slide, errors } = await compile(`${fm}## S\n\n${md}\n`);
    expect(slide).toBeUndefined();
    expect(errors.map(formatSlideError)[0]).toMatch(/^slides\/01-t\.md:7:1: (link|image) to a "[a-z]+:" URL is not allowed: use an http:, https: or mailto:/);
  });

  it('fails a bad link inside a list item and in the script, at its column', async () => {
    const { errors } = await compile(`${fm}- see [x](javascript:void(0))\n${script}\nOr [y](JAVASCRIPT:1).\n`);
    expect(errors.map(formatSlideError)).toEqual([
      expect.stringMatching(/^slides\/01-t\.md:5:7: link to a "javascript:" URL/),
      expect.stringMatching(/^slides\/01-t\.md:11:4: link to a "javascript:" URL/),
    ]);
  });

  it('keeps http:, https:, mailto:, #fragments and relative URLs', async () => {
    const md = '[a](https://grafana.com/docs/) [b](http://x.test) [c](mailto:a@b.test) [d](#top) [e](./img.png) ![f](icons/a.png) <https://x.test> www.x.test';
    const { slide, errors } = await compile(`${fm}${md}\n`);
    expect(errors).toEqual([]);
    expect(slide?.content.html).toContain('href="mailto:a@b.test"');
    expect(slide?.content.html).toContain('src="icons/a.png"');
  });

  it('classifies URLs the way a browser reads their scheme', () => {
    expect(isSafeUrl(' \u0001javascript:x')).toBe(false);
    expect(isSafeUrl('java\nscript:x')).toBe(false);
    expect(isSafeUrl('HTTPS://x')).toBe(true);
    expect(isSafeUrl('a/b:c')).toBe(true);
    expect(isSafeUrl('?q=javascript:x')).toBe(true);
  });

  it('fails script-running links in a check question, option and explanation at the YAML value', async () => {
    const { errors } = await compile(check('"[q](javascript:1)"', '"[t](javascript:2)"', '"[w](data:text/html,x)"'));
    expect(errors.map(formatSlideError)).toEqual([
      expect.stringMatching(/^slides\/01-t\.md:14:11: link to a "javascript:" URL/),
      expect.stringMatching(/^slides\/01-t\.md:16:11: link to a "javascript:" URL/),
      expect.stringMatching(/^slides\/01-t\.md:18:10: link to a "data:" URL/),
    ]);
  });
});

describe('inline HTML is never dropped silently', () => {
  it.each([
    ['paragraph', 'Text <b>bold</b> more', '5:6'],
    ['list item', '- item <img src=x onerror=alert(1)>', '5:8'],
    ['comment', 'Text <!-- hidden --> more', '5:6'],
  ])('fails the build in a %s with file:line:col', async (_name, md, at) => {
    const { errors } = await compile(`${fm}${md}\n`);
    expect(errors.map(formatSlideError)[0]).toMatch(new RegExp(`^slides/01-t\\.md:${at}: inline HTML is not allowed`));
  });

  it('fails inline HTML in check text, and an explanation that renders empty', async () => {
    const html = await compile(check('Which <i>one</i>?', 'A', 'Because.'));
    expect(html.errors.map(formatSlideError)).toEqual([expect.stringMatching(/^slides\/01-t\.md:14:11: inline HTML is not allowed/)]);
    const empty = await compile(check('Which?', 'A', '"[](https://x.test)"'));
    expect(empty.errors.map(formatSlideError)).toEqual([expect.stringMatching(/^slides\/01-t\.md:18:10: the why: explanation shows no text/)]);
  });

  it('shows a tag written in backticks as text', async () => {
    const { slide, errors } = await compile(`${fm}Use \`<b>\` here.\n`);
    expect(errors).toEqual([]);
    expect(slide?.content.html).toContain('<code>&#x3C;b></code>');
  });
});
