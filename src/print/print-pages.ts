/**
 * The handout's paper and its pagination. The @page rule and the page-count measurement both
 * read PAPER, so the contents page numbers match what the browser prints.
 */
export const PAPER = {
  name: 'A4',
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 16,
  marginBottomMm: 16,
  marginSideMm: 16,
} as const;

export type Paper = typeof PAPER;

/** CSS pixels per millimetre: print and screen both use 96 px to the inch. */
export const PX_PER_MM = 96 / 25.4;

export function contentBox(paper: Paper = PAPER): { widthMm: number; heightMm: number } {
  return {
    widthMm: paper.widthMm - 2 * paper.marginSideMm,
    heightMm: paper.heightMm - paper.marginTopMm - paper.marginBottomMm,
  };
}

/**
 * Pages filled by a block that starts on a fresh page. A block a pixel or two over a page is
 * sub-pixel rounding, not a second page.
 */
export function pagesFor(heightPx: number, pageHeightPx: number): number {
  if (!Number.isFinite(heightPx) || heightPx <= 0 || !(pageHeightPx > 0)) return 1;
  return Math.max(1, Math.ceil((heightPx - 2) / pageHeightPx));
}

export interface Pagination {
  /** The first page of each block, counting from 1. */
  starts: number[];
  total: number;
}

/** Every block starts on a new page (break-before: page): where each one starts, and the page total. */
export function paginate(heightsPx: readonly number[], pageHeightPx: number): Pagination {
  const starts: number[] = [];
  let next = 1;
  for (const h of heightsPx) {
    starts.push(next);
    next += pagesFor(h, pageHeightPx);
  }
  return { starts, total: next - 1 };
}

/** A CSS string literal, for text put into a generated rule (the deck title in the page header). */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]+/g, ' ');
  return `"${escaped}"`;
}

/** The @page rule: paper, margins, the deck title at the top and "Page N of M" at the bottom. */
export function pageRule(deckTitle: string, paper: Paper = PAPER): string {
  const box = `font-family: 'Inter Variable', system-ui, sans-serif; font-size: 8.5pt; color: #4a5361;`;
  return [
    `@page {`,
    `  size: ${paper.name} portrait;`,
    `  margin: ${paper.marginTopMm}mm ${paper.marginSideMm}mm ${paper.marginBottomMm}mm;`,
    `  @top-left { content: ${cssString(deckTitle)}; ${box} }`,
    `  @top-right { content: "Handout"; ${box} }`,
    `  @bottom-center { content: "Page " counter(page) " of " counter(pages); ${box} }`,
    `}`,
    // The cover carries the title in large type already.
    `@page :first { @top-left { content: none; } @top-right { content: none; } }`,
  ].join('\n');
}

/** Whether the URL asks for the answers: `?answers=1` (the trainer's link); anything else leaves them out. */
export function answersFromSearch(params: URLSearchParams): boolean {
  const v = params.get('answers');
  return v === '1' || v === 'true' || v === 'yes';
}
