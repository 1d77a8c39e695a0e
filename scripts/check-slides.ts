/**
 * `npm run check`: validates every slide exactly as the build does (names, front matter,
 * checks, code languages, Alloy syntax) without building, then `tsc` runs after it. It also
 * warns, without failing, about checks whose right answer can be guessed from its position or look,
 * and about slide content the learner view cannot show at its readable floors without scrolling.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkLints, formatWarning } from '../src/node/check-lints.ts';
import { loadDeck } from '../src/node/load-deck.ts';
import { readabilityLint } from '../src/node/readability-lint.ts';
import { formatSlideError, SlideBuildError } from '../src/node/slide-error.ts';
import { codeValidators } from '../src/node/validators.ts';

try {
  const deck = await loadDeck({ root: process.cwd(), validators: codeValidators });
  for (const w of deck.warnings) console.warn(`warning: ${formatSlideError(w)}`);
  const checks = deck.manifest.slides.reduce((n, s) => n + s.checkCount, 0);
  const lintChecks = deck.slides.flatMap((s) =>
    s.content.checks.map((c, i) => ({ ...(s.checkPlaces[i] ?? { file: s.meta.slug, line: 1, col: 1 }), options: c.options })),
  );
  // Warnings only: they point at checks that are easy to guess, not at a broken deck.
  for (const w of checkLints(lintChecks)) console.warn(formatWarning(w));
  for (const abs of deck.files.filter((f) => f.endsWith('.md'))) {
    const file = path.relative(process.cwd(), abs).split(path.sep).join('/');
    for (const w of readabilityLint(file, await readFile(abs, 'utf8'))) console.warn(formatWarning(w));
  }
  console.log(`slides OK: ${deck.manifest.slides.length} slides, ${checks} knowledge checks, "${deck.manifest.title}"`);
} catch (e) {
  if (e instanceof SlideBuildError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
