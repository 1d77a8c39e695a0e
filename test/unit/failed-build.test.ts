import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `vite build` of a deck with a broken slide, as a reader runs it: the slide error must be the last
 * thing printed, no service-worker step may run, and the output folder must stay as it was.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'failed-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function buildDeck(extraSlide: string): { code: number | null; output: string; outFiles: string[] } {
  const slides = path.join(tmp, `slides-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(ROOT, 'slides'), slides, { recursive: true });
  writeFileSync(path.join(slides, '09-broken.md'), extraSlide);
  const outDir = path.join(tmp, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'slides'), outDir, { recursive: true }); // stands in for a previous good build
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, DECK_SLIDES_DIR: slides, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}`, outFiles: readdirSync(outDir).sort() };
}

describe('a failed build', () => {
  it('names a 5 MB slide last, runs no service-worker step and writes nothing, twice in a row', () => {
    const before = readdirSync(path.join(ROOT, 'slides')).sort();
    const huge = buildDeck(`---\ntitle: Huge\n---\n\n${'word '.repeat(1_000_000)}\n`);
    expect(huge.code).toBe(1);
    expect(huge.output.trimEnd()).toMatch(/09-broken\.md:1:1: slide is 4883 kB, over the 256 kB limit per slide: split it[^\n]*\nThis slide problem stops the build; see docs\/slide-format\.md\.$/);
    expect(huge.output).not.toMatch(/PWA v|generateSW|sw\.js/);
    expect(huge.outFiles).toEqual(before);

    const heading = buildDeck('---\ntitle: H\n---\n\n# Not here\n');
    expect(heading.code).toBe(1);
    expect(heading.output.trimEnd()).toMatch(/09-broken\.md:5:1: a level-1 heading in the body[^\n]*\nThis slide problem stops the build; see docs\/slide-format\.md\.$/);
    expect(heading.output).not.toMatch(/PWA v|generateSW|sw\.js/);
    expect(heading.outFiles).toEqual(before);
  }, 120_000);
});
