import { readFile } from 'node:fs/promises';
import type { SlideError } from './slide-error.ts';

/**
 * The largest slide source accepted. Far above any real slide (ours are under 4 kB), and low enough
 * that the compiled chunk (highlighted code grows several times) stays under MAX_COMPILED_BYTES.
 */
export const MAX_SOURCE_BYTES = 256 * 1024;
/** The largest compiled slide: well under the service worker's 2 MiB precache limit, so it never fails there. */
export const MAX_COMPILED_BYTES = 1024 * 1024;

const kB = (n: number) => `${Math.ceil(n / 1024)} kB`;

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** line:col (1-based, col in characters) of a byte offset in valid UTF-8 text before it. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, col: [...(lines.at(-1) ?? '')].length + 1 };
}

/**
 * Reads one slide file as strict UTF-8. A directory or a dangling link named like a slide, a file
 * too large for the deck, or bytes that are not UTF-8 come back as errors naming the file, instead
 * of a stack trace or U+FFFD characters in the page.
 */
export async function readSlideSource(absPath: string, file: string): Promise<{ source?: string; errors: SlideError[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'EISDIR'
        ? 'this is a folder, not a slide file: rename it so it does not look like NN-slug.md, or move it out of the slides folder'
        : code === 'ENOENT'
          ? 'this is a link to a file that does not exist: point it at a slide file or delete it'
          : `cannot read this file (${code ?? String(e)}): check its permissions`;
    return { errors: [{ file, line: 1, col: 1, message }] };
  }
  if (bytes.length > MAX_SOURCE_BYTES) {
    return {
      errors: [{ file, line: 1, col: 1, message: `slide is ${kB(bytes.length)}, over the ${kB(MAX_SOURCE_BYTES)} limit per slide: split it into several slides or shorten its code blocks` }],
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return {
      errors: [{ file, ...placeOf(bytes, bad), message: 'this byte is not UTF-8: save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)' }],
    };
  }
  return { source: new TextDecoder().decode(bytes), errors: [] };
}

/** A compiled slide too large for the service worker's precache fails here, named, not inside the service-worker step. */
export function compiledSizeError(file: string, compiledBytes: number): SlideError | null {
  if (compiledBytes <= MAX_COMPILED_BYTES) return null;
  return {
    file,
    line: 1,
    col: 1,
    message: `slide compiles to ${kB(compiledBytes)}, over the ${kB(MAX_COMPILED_BYTES)} limit per slide: split it into several slides or shorten its code blocks`,
  };
}
