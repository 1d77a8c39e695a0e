import type { Position } from './nav.ts';

/**
 * The one home of a position's address: `#/<mode>/<slide>[/<step>]`, both numbers 1-based
 * without leading zeros, step 1 implied. The router's paths, the address parser, the early
 * slide preload in main.tsx and the inline first-paint script (which receives
 * HASH_ADDRESS_PATTERN from the build, src/node/vite-plugin-prerender.ts) all come from here.
 */
export const POSITION_MODES = ['slides', 'presenter', 'audience'] as const;
export type PositionMode = (typeof POSITION_MODES)[number];

const NUMBER = '[1-9]\\d*';
// The router also accepts a trailing slash and a query after the path.
const PATH = `\\/(${POSITION_MODES.join('|')})\\/(${NUMBER})(?:\\/(${NUMBER}))?\\/?(?:\\?.*)?`;

/** RegExp source for `location.hash`: group 1 the mode, 2 the slide, 3 the step (absent for step 1). */
export const HASH_ADDRESS_PATTERN = `^#${PATH}$`;
const HASH_ADDRESS = new RegExp(HASH_ADDRESS_PATTERN);
const PATH_ADDRESS = new RegExp(`^${PATH}$`);
const PARAM = new RegExp(`^${NUMBER}$`);

export interface PositionAddress extends Position {
  mode: PositionMode;
}

/** The mode and position an address names (`/slides/3/2` or `#/slides/3/2`), not yet checked against the deck. */
export function readAddress(address: string): PositionAddress | null {
  const m = (address.startsWith('#') ? HASH_ADDRESS : PATH_ADDRESS).exec(address);
  if (!m) return null;
  return { mode: m[1] as PositionMode, slide: Number(m[2]), step: m[3] ? Number(m[3]) : 1 };
}

/** The router paths of a mode: one without and one with the step. */
export function positionRoutePaths(mode: PositionMode): [string, string] {
  return [`/${mode}/:n`, `/${mode}/:n/:step`];
}

/** Parses the `:n` and `:step` route params; null when they do not name a real position. */
export function parsePosition(n: string | undefined, step: string | undefined, steps: readonly number[]): Position | null {
  if (n === undefined || !PARAM.test(n)) return null;
  const slide = Number(n);
  if (slide > steps.length) return null;
  if (step === undefined) return { slide, step: 1 };
  if (!PARAM.test(step)) return null;
  const s = Number(step);
  if (s > (steps[slide - 1] ?? 1)) return null;
  return { slide, step: s };
}

/** The URL path of a position in a mode; step 1 is implied. */
export function positionPath(mode: PositionMode, pos: Position): string {
  return `/${mode}/${pos.slide}${pos.step > 1 ? `/${pos.step}` : ''}`;
}
