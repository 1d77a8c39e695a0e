import type { SlideError } from './slide-error.ts';

/*
 * What the learner view can show at issue 11's floors without a box scrolling sideways. The
 * slide is a reading page (src/learn/learn-view.css), so text never shrinks; what cannot fit
 * its column at the floor size scrolls inside its own box instead, and the author should know.
 *
 * At 1024 px, the narrowest laptop window, the slide's code lines are about 574 px wide inside
 * (1024 - page padding - the 300 px script - the slide's padding and the code lines' own, measured
 * in Chromium), and code renders at 15.3 px in a monospace font 0.6 em wide: 62 characters a line.
 */
export const CODE_COLUMNS_AT_1024 = 62;
/** At the 14 px table floor, a phone's 340 px text column holds four short columns, not five. */
export const TABLE_COLUMNS_ON_PHONE = 4;

/** Fence languages that are not shown as code on the slide (a knowledge check is a form). */
const NOT_CODE = new Set(['check']);

/**
 * Warnings for one slide file's source: code lines too long for the column at 1024 px, tables
 * too wide for a phone. Only the slide's part counts: `## Script` (outside a fence) ends it.
 */
export function readabilityLint(file: string, source: string): SlideError[] {
  const out: SlideError[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let fence: { marker: string; code: boolean } | null = null;
  let inFrontMatter = lines[0] === '---';
  for (let i = inFrontMatter ? 1 : 0; i < lines.length; i++) {
    const text = lines[i]!;
    const line = i + 1;
    if (inFrontMatter) {
      if (text === '---') inFrontMatter = false;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (fence) {
      if (open && open[1]!.startsWith(fence.marker) && !open[2]) fence = null;
      else if (fence.code && [...text].length > CODE_COLUMNS_AT_1024) {
        out.push({
          file,
          line,
          col: CODE_COLUMNS_AT_1024 + 1,
          message: `this code line is ${[...text].length} characters; from column ${CODE_COLUMNS_AT_1024 + 1} it scrolls sideways at 1024 px (the code stays at its 13 px floor, never shrinks): break the line if the learner must read it whole`,
        });
      }
      continue;
    }
    if (open) {
      fence = { marker: open[1]!, code: !NOT_CODE.has(open[2] ?? '') };
      continue;
    }
    if (/^##\s+Script\s*$/.test(text)) break;
    // A table's header row is followed by its delimiter row (| --- | :-: |).
    const next = lines[i + 1] ?? '';
    if (text.trimStart().startsWith('|') && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(next)) {
      const columns = next.split('|').filter((c) => c.trim() !== '').length;
      if (columns > TABLE_COLUMNS_ON_PHONE) {
        out.push({
          file,
          line,
          col: 1,
          message: `this table has ${columns} columns; on a phone at the 14 px table floor it scrolls sideways (more than ${TABLE_COLUMNS_ON_PHONE} do not fit): split it or move a column into the text`,
        });
      }
    }
  }
  return out;
}
