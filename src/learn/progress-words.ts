import type { SlideMeta } from '../content/deck-types.ts';
import { formatMinutes } from '../lib/time-format.ts';
import type { DeckProgress } from './progress-types.ts';
import { checksDoneOn } from './slide-state.ts';

type Slides = readonly Pick<SlideMeta, 'number' | 'checkCount' | 'minutes'>[];

export function checkTotal(slides: Slides): number {
  return slides.reduce((sum, s) => sum + s.checkCount, 0);
}

/** Checks answered or revealed, counting only checks the deck still has. */
export function checksAnswered(slides: Slides, progress: DeckProgress): number {
  return slides.reduce((sum, s) => sum + checksDoneOn(s, progress), 0);
}

/**
 * Planned minutes of the slides not yet visited, plus the current slide (being read, it is
 * not finished just because it was opened). `current` is null off the slides (start page).
 */
export function minutesLeft(slides: Slides, progress: DeckProgress, current: number | null): number {
  const visited = new Set(progress.visited);
  return slides.reduce((sum, s) => (s.number === current || !visited.has(s.number) ? sum + s.minutes : sum), 0);
}

/** "2 of 19 checks · about 9 min left": the part of the top bar after "Slide N of M". */
export function progressWords(slides: Slides, progress: DeckProgress, current: number | null): string {
  const parts: string[] = [];
  const total = checkTotal(slides);
  if (total > 0) parts.push(`${checksAnswered(slides, progress)} of ${total} ${total === 1 ? 'check' : 'checks'}`);
  const left = minutesLeft(slides, progress, current);
  parts.push(left > 0 ? `about ${formatMinutes(left)} left` : 'nothing left to read');
  return parts.join(' · ');
}
