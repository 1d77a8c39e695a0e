import type { SlideError } from './slide-error.ts';

// Two digits; a deck of 100 slides or more numbers them with three (001-…).
const SLIDE_NAME = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

// Names an author most likely meant as a slide (`09-x.MD`, `09-x.markdown`, `09-x.md `): reported, never skipped.
const MARKDOWN_LIKE = /\.(md|markdown|mdown|mkd|mkdn)$/i;

export interface SlideFileRef {
  name: string;
  number: number;
  slug: string;
}

/**
 * Checks the names in the slides folder: every `.md` file is `NN-slug.md`,
 * numbers start at 01 and have no gaps or duplicates. Pure: takes names, returns refs in order.
 */
export function orderSlideFiles(names: readonly string[], dir = 'slides'): { slides: SlideFileRef[]; errors: SlideError[] } {
  const errors: SlideError[] = [];
  const slides: SlideFileRef[] = [];
  for (const name of [...names].sort()) {
    if (!MARKDOWN_LIKE.test(name.trim())) continue;
    if (!name.endsWith('.md')) {
      errors.push({
        file: `${dir}/${name}`,
        line: 1,
        col: 1,
        message: `only files ending in lower-case ".md" are slides, so this one would be left out: rename it to "${name.trim().replace(MARKDOWN_LIKE, '.md')}"`,
      });
      continue;
    }
    const m = SLIDE_NAME.exec(name);
    if (!m) {
      errors.push({
        file: `${dir}/${name}`,
        line: 1,
        col: 1,
        message: `file name is not NN-slug.md: rename it to two digits (three in a deck of 100 or more slides), a hyphen and a lower-case slug, e.g. "04-attributes.md"`,
      });
      continue;
    }
    slides.push({ name, number: Number(m[1]), slug: m[2] ?? '' });
  }
  const byNumber = new Map<number, SlideFileRef>();
  for (const s of slides) {
    const first = byNumber.get(s.number);
    if (first) {
      errors.push({
        file: `${dir}/${s.name}`,
        line: 1,
        col: 1,
        message: `slide number ${pad(s.number)} is also used by ${dir}/${first.name}: give one of them the next free number`,
      });
    } else {
      byNumber.set(s.number, s);
    }
  }
  const unique = [...byNumber.values()].sort((a, b) => a.number - b.number);
  unique.forEach((s, i) => {
    const expected = i + 1;
    if (s.number !== expected) {
      errors.push({
        file: `${dir}/${s.name}`,
        line: 1,
        col: 1,
        message: `slide numbers must run 01, 02, … without gaps: expected ${pad(expected)} here, found ${pad(s.number)}; rename it to ${pad(expected)}-${s.slug}.md`,
      });
    }
  });
  if (unique.length === 0 && errors.length === 0) {
    errors.push({ file: dir, line: 1, col: 1, message: 'no slides found: add a file such as 01-intro.md' });
  }
  return { slides: unique, errors };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
