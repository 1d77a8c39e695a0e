import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeck, type SlideCache } from '../../src/node/load-deck.ts';
import { SlideBuildError } from '../../src/node/slide-error.ts';

const slides = path.resolve(import.meta.dirname, '../../slides');
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function copyDeck(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'deck-cache-'));
  cpSync(slides, dir, { recursive: true });
  return dir;
}

describe('loadDeck with a cache (the dev server\'s save path)', () => {
  it('recompiles only the slide whose source changed and gives the others back unchanged', async () => {
    const root = copyDeck();
    const cache: SlideCache = new Map();
    const first = await loadDeck({ root, dir: '.', cache });
    const file = path.join(root, '02-how-it-works.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Script', 'A sentence added by the test.\n\n## Script'));
    const second = await loadDeck({ root, dir: '.', cache });
    expect(second.slides).toHaveLength(first.slides.length);
    second.slides.forEach((s, i) => {
      if (s.meta.number === 2) {
        expect(s).not.toBe(first.slides[i]);
        expect(s.content.html).toContain('A sentence added by the test.');
      } else {
        expect(s, `slide ${s.meta.number}`).toBe(first.slides[i]);
      }
    });
    // Only the current version of each slide is kept.
    expect(cache.size).toBe(first.slides.length);
  });

  it('still reports a cached slide\'s error on every load, and the fix clears it', async () => {
    const root = copyDeck();
    const cache: SlideCache = new Map();
    const file = path.join(root, '03-access-tokens-and-policies.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^title: .*$/m, 'title: ""'));
    for (let k = 0; k < 2; k++) {
      const err = await loadDeck({ root, dir: '.', cache }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SlideBuildError);
      expect((err as Error).message).toMatch(/03-access-tokens-and-policies\.md:2:8: title is empty/);
    }
    writeFileSync(file, good);
    const deck = await loadDeck({ root, dir: '.', cache });
    expect(deck.slides[2]?.meta.title).toBeTruthy();
  });
});
