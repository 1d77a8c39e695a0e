import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderSlideFiles } from '../../src/node/deck-files.ts';
import { formatSlideError } from '../../src/node/slide-error.ts';
import { parseSlide } from '../../src/node/slide-parser.ts';
import { toString } from 'mdast-util-to-string';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/slides');
const read = (dir: string, name: string) => readFileSync(path.join(fixtures, dir, name), 'utf8');
const parse = (dir: string, name: string) => parseSlide(`slides/${name}`, read(dir, name));

describe('parseSlide', () => {
  it('splits front matter, body, script and checks', () => {
    const { slide, errors } = parse('ok', '01-fine.md');
    expect(errors).toEqual([]);
    expect(slide?.fm).toEqual({ title: 'A fine slide', minutes: 2, layout: 'default' });
    expect(slide?.body.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table']);
    expect(slide?.script.map((n) => toString(n))).toEqual(['Say this.', 'And this.']);
    expect(slide?.checks).toHaveLength(1);
    expect(slide?.checks[0]?.value).toContain('question: Pick one');
  });

  it('rejects a file without front matter at 1:1, saying how to fix it', () => {
    const { slide, errors } = parse('no-front-matter', '01-bare.md');
    expect(slide).toBeUndefined();
    expect(errors.map(formatSlideError)).toEqual([
      'slides/01-bare.md:1:1: missing front matter: start the file with ---, a line "title: Your slide title", and ---',
    ]);
  });

  it('rejects an empty title at the value', () => {
    const { errors } = parse('empty-title', '01-blank.md');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, col: 8 });
    expect(errors[0]?.message).toMatch(/title is empty/);
  });

  it('accepts a slide with no script and gives it an empty one', () => {
    const { slide, errors } = parse('no-script', '01-quiet.md');
    expect(errors).toEqual([]);
    expect(slide?.script).toEqual([]);
    expect(slide?.body).toHaveLength(1);
  });

  it('treats "## Script" inside a code fence as code', () => {
    const { slide } = parse('script-in-fence', '01-fence.md');
    expect(slide?.body).toHaveLength(1);
    expect(slide?.body[0]).toMatchObject({ type: 'code', value: '## Script\nnot a heading' });
    expect(slide?.script.map((n) => toString(n))).toEqual(['The real script.']);
  });

  it('reads CRLF files like LF files', () => {
    const { slide, errors } = parse('crlf', '01-crlf.md');
    expect(errors).toEqual([]);
    expect(slide?.fm.title).toBe('Windows slide');
    expect(slide?.script.map((n) => toString(n))).toEqual(['Spoken words.']);
    expect(slide?.body[0]?.position?.start.line).toBe(5);
  });

  it('rejects an empty file', () => {
    const { errors } = parse('empty-file', '01-empty.md');
    expect(errors.map(formatSlideError)[0]).toMatch(/^slides\/01-empty\.md:1:1: file is empty/);
  });

  it('reports invalid YAML at its line', () => {
    const { errors } = parse('bad-yaml', '01-bad.md');
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
    expect(errors[0]?.message).toMatch(/invalid YAML in front matter/);
  });

  it('rejects unknown front matter keys and a level-1 heading', () => {
    const { errors } = parseSlide('slides/01-x.md', '---\ntitle: X\ncolour: red\n---\n\n# Title again\n');
    expect(errors.map(formatSlideError)).toEqual([
      'slides/01-x.md:3:1: unknown front matter key "colour": use title, minutes, layout, exercise',
    ]);
    const h1 = parseSlide('slides/01-x.md', '---\ntitle: X\n---\n\n# Title again\n');
    expect(h1.errors[0]).toMatchObject({ line: 5, col: 1 });
  });
});

describe('orderSlideFiles', () => {
  it('orders slides by number', () => {
    const { slides, errors } = orderSlideFiles(['02-b.md', 'deck.yaml', '01-a.md']);
    expect(errors).toEqual([]);
    expect(slides.map((s) => s.name)).toEqual(['01-a.md', '02-b.md']);
  });

  it('rejects a duplicate number, naming both files', () => {
    const { errors } = orderSlideFiles(['01-one.md', '02-two.md', '02-also-two.md']);
    expect(errors.map(formatSlideError)).toEqual([
      'slides/02-two.md:1:1: slide number 02 is also used by slides/02-also-two.md: give one of them the next free number',
    ]);
  });

  it('rejects a gap in the numbering', () => {
    const { errors } = orderSlideFiles(['01-one.md', '03-three.md']);
    expect(errors.map(formatSlideError)).toEqual([
      'slides/03-three.md:1:1: slide numbers must run 01, 02, … without gaps: expected 02 here, found 03; rename it to 02-three.md',
    ]);
  });

  it('accepts three-digit numbers for a deck of 100 slides or more', () => {
    const names = Array.from({ length: 200 }, (_, i) => `${String(i + 1).padStart(3, '0')}-s.md`);
    const { slides, errors } = orderSlideFiles(names);
    expect(errors).toEqual([]);
    expect(slides).toHaveLength(200);
    expect(slides.at(-1)?.number).toBe(200);
    expect(orderSlideFiles(['01-a.md', '001-b.md']).errors[0]?.message).toMatch(/slide number 01 is also used/);
  });

  it('rejects a name that is not NN-slug.md', () => {
    const { errors } = orderSlideFiles(['1-bad_Name.md']);
    expect(errors[0]?.message).toMatch(/file name is not NN-slug\.md/);
    expect(errors[0]?.file).toBe('slides/1-bad_Name.md');
  });
});
