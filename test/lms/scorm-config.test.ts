import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/node/load-deck.ts';
import { SlideBuildError } from '../../src/node/slide-error.ts';

function deck(yaml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scorm-config-'));
  writeFileSync(path.join(dir, 'deck.yaml'), yaml);
  writeFileSync(path.join(dir, '01-one.md'), '---\ntitle: One\n---\n\nBody text.\n\n???\n\nScript.\n');
  return dir;
}

async function errorsOf(yaml: string): Promise<string[]> {
  try {
    await loadDeck({ root: '/', dir: deck(yaml) });
    return [];
  } catch (e) {
    if (!(e instanceof SlideBuildError)) throw e;
    return e.errors.map((x) => `${x.line}:${x.col} ${x.message}`);
  }
}

describe('deck.yaml scorm settings', () => {
  it('puts a mastery score in the manifest, and nothing when absent', async () => {
    expect((await loadDeck({ root: '/', dir: deck('title: T\nscorm: { masteryScore: 80 }\n') })).manifest.scorm).toEqual({ masteryScore: 80 });
    expect((await loadDeck({ root: '/', dir: deck('title: T\n') })).manifest).not.toHaveProperty('scorm');
  });

  it('rejects a score that is not a whole percentage, an unknown key and a non-map, with line and column', async () => {
    expect(await errorsOf('title: T\nscorm:\n  masteryScore: 120\n')).toEqual(['3:17 scorm.masteryScore must be a whole percentage from 0 to 100, e.g. masteryScore: 80']);
    expect(await errorsOf('title: T\nscorm:\n  mastery: 80\n')).toEqual(['3:3 unknown scorm setting "mastery": the only one is masteryScore (a percentage, e.g. masteryScore: 80)']);
    expect(await errorsOf('title: T\nscorm: 80\n')).toEqual(['2:1 scorm must be a map, e.g. "scorm: { masteryScore: 80 }"']);
  });
});
