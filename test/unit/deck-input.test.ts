import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { orderSlideFiles } from '../../src/node/deck-files.ts';
import { loadDeck } from '../../src/node/load-deck.ts';
import { firstInvalidUtf8 } from '../../src/node/read-slide-source.ts';
import { formatSlideError, SlideBuildError } from '../../src/node/slide-error.ts';

const slide = (title: string) => `---\ntitle: ${title}\n---\n\nBody.\n\n## Script\n\nSay it.\n`;
let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

/** A deck folder with deck.yaml and 01-a.md, plus whatever the test adds. */
async function deck(add: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deck-input-'));
  dirs.push(dir);
  await writeFile(path.join(dir, 'deck.yaml'), 'title: T\n');
  await writeFile(path.join(dir, '01-a.md'), slide('A'));
  await add(dir);
  try {
    await loadDeck({ root: dir, dir: '.' });
    return [];
  } catch (e) {
    if (!(e instanceof SlideBuildError)) throw e;
    return e.errors.map(formatSlideError);
  }
}

describe('no slide is lost without a word', () => {
  it.each([['02-b.MD'], ['02-b.markdown'], ['02-b.Md'], ['02-b.md ']])('reports the near-miss name %j with the name to use', (name) => {
    const { errors } = orderSlideFiles(['01-a.md', name]);
    expect(errors.map(formatSlideError)).toEqual([
      `slides/${name}:1:1: only files ending in lower-case ".md" are slides, so this one would be left out: rename it to "02-b.md"`,
    ]);
  });

  it('reports a space in the name', () => {
    expect(orderSlideFiles(['01-a.md', '02 b.md']).errors.map(formatSlideError)).toEqual([
      expect.stringMatching(/^slides\/02 b\.md:1:1: file name is not NN-slug\.md/),
    ]);
  });

  it('reports a folder named like a slide, without a stack trace', async () => {
    const errors = await deck((dir) => mkdir(path.join(dir, '02-b.md')));
    expect(errors).toEqual([expect.stringMatching(/^\.\/02-b\.md:1:1: this is a folder, not a slide file/)]);
  });

  it('reports a dangling link named like a slide', async () => {
    const errors = await deck((dir) => symlink(path.join(dir, 'gone.md'), path.join(dir, '02-b.md')));
    expect(errors).toEqual([expect.stringMatching(/^\.\/02-b\.md:1:1: this is a link to a file that does not exist/)]);
  });

  it('fails invalid UTF-8 at its line and column instead of showing U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n\nBody.\n')]);
    const errors = await deck((dir) => writeFile(path.join(dir, '02-b.md'), bytes));
    expect(errors).toEqual(['./02-b.md:2:11: this byte is not UTF-8: save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)']);
  });

  it('finds the first invalid UTF-8 sequence and accepts valid text', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo → 🚀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // truncated
  });
});

describe('per-slide size limit', () => {
  it('fails a 5 MB slide at file:1:1 with a fix, before anything is compiled', async () => {
    const big = slide('Big') + 'word '.repeat(1_000_000);
    const errors = await deck((dir) => writeFile(path.join(dir, '02-b.md'), big));
    expect(errors).toEqual([
      expect.stringMatching(/^\.\/02-b\.md:1:1: slide is 4883 kB, over the 256 kB limit per slide: split it into several slides/),
    ]);
  });

  it('fails a slide whose compiled HTML would be too large for the service worker', async () => {
    const code = Array.from({ length: 4500 }, (_, i) => `k${i}: v`).join('\n');
    const errors = await deck((dir) => writeFile(path.join(dir, '02-b.md'), `${slide('Code')}\n\`\`\`yaml\n${code}\n\`\`\`\n`.replace('\n## Script', `\n\`\`\`text\n${code}\n\`\`\`\n\n## Script`)));
    expect(errors).toEqual([expect.stringMatching(/^\.\/02-b\.md:1:1: slide compiles to \d+ kB, over the 1024 kB limit per slide/)]);
  });
});
