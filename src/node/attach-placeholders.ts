import type { PlaceholderContext, PlaceholderDecl } from '../content/placeholder-types.ts';
import type { CompiledSlide } from './compile-slide.ts';

/**
 * Gives each slide's lazy content the declarations its code uses, each with every context the
 * whole deck uses it in: a value is filled in on one slide and shown on all, so it is checked
 * against all of them. Slides without placeholders get nothing, keeping their chunks as they were.
 */
export function attachPlaceholders(slides: CompiledSlide[], decls: readonly PlaceholderDecl[]): void {
  const contexts = new Map<string, Set<PlaceholderContext>>();
  for (const s of slides) {
    for (const u of s.placeholderMarks?.uses ?? []) {
      const set = contexts.get(u.name) ?? new Set<PlaceholderContext>();
      set.add(u.context);
      contexts.set(u.name, set);
    }
  }
  for (const s of slides) {
    const used = new Set((s.placeholderMarks?.uses ?? []).map((u) => u.name));
    if (used.size === 0) continue;
    s.content.placeholders = decls
      .filter((d) => used.has(d.name))
      .map((d) => ({ ...d, contexts: [...(contexts.get(d.name) ?? [])].sort() }));
  }
}
