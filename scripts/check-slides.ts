/**
 * `npm run check`: validates every slide exactly as the build does (names, front matter,
 * checks, code languages, Alloy syntax) without building, then `tsc` runs after it.
 */
import { loadDeck } from '../src/node/load-deck.ts';
import { formatSlideError, SlideBuildError } from '../src/node/slide-error.ts';
import { codeValidators } from '../src/node/validators.ts';

try {
  const deck = await loadDeck({ root: process.cwd(), validators: codeValidators });
  for (const w of deck.warnings) console.warn(`warning: ${formatSlideError(w)}`);
  const checks = deck.manifest.slides.reduce((n, s) => n + s.checkCount, 0);
  console.log(`slides OK: ${deck.manifest.slides.length} slides, ${checks} knowledge checks, "${deck.manifest.title}"`);
} catch (e) {
  if (e instanceof SlideBuildError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
