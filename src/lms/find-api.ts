/** Which SCORM runtime the platform offers: `API_1484_11` (2004) or `API` (1.2). */
export type ScormEdition = '1.2' | '2004';

export interface FoundApi {
  edition: ScormEdition;
  api: object;
}

/** How many parents to climb: platforms nest the course a few frames deep; ADL's sample stops at 500 for 2004. */
const MAX_PARENTS = 20;
const NAMES: readonly [ScormEdition, string][] = [
  ['2004', 'API_1484_11'],
  ['1.2', 'API'],
];

/** A frame of another origin throws on any property read: that frame simply has no API for us. */
function read(win: Window, name: string): object | null {
  try {
    const value: unknown = (win as unknown as Record<string, unknown>)[name];
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

function sameDocumentPath(a: Window, b: Window): boolean {
  try {
    return a.location.origin === b.location.origin && a.location.pathname === b.location.pathname;
  } catch {
    return false;
  }
}

function inFrames(start: Window, name: string): object | null {
  let win: Window | null = start;
  for (let depth = 0; win && depth <= MAX_PARENTS; depth++) {
    const api = read(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/**
 * Looks for the platform's runtime the way the SCORM standards describe: this window and its
 * parents first, then the window that opened it (a platform that launches courses in a popup)
 * and that window's parents. 2004 before 1.2, as pipwerks and most wrappers do, for a platform
 * that offers both.
 */
export function findScormApi(start: Window = window): FoundApi | null {
  for (const [edition, name] of NAMES) {
    let win: Window | null = start;
    // Each opener hop is a window the learner opened: a handful is plenty, and it ends a cycle.
    for (let hops = 0; win && hops < 5; hops++) {
      const api = inFrames(win, name);
      if (api) return { edition, api };
      let top: Window = win;
      for (let p = parentOf(top), n = 0; p && n < MAX_PARENTS; p = parentOf(p), n++) top = p;
      const opener = openerOf(top);
      // The audience window is opened by the deck itself: that session belongs to the opener.
      if (opener && sameDocumentPath(opener, start)) break;
      win = opener;
    }
  }
  return null;
}
