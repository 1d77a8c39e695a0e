import type { SlideContent } from '../../content/deck-types.ts';

/**
 * The only eager part of "Your values": on a slide whose code names a declared placeholder,
 * loads the store and the form; on any other slide, nothing. Returns the undo.
 */
export function enhanceYourValues(article: HTMLElement, content: SlideContent): (() => void) | undefined {
  const decls = content.placeholders;
  if (!decls || decls.length === 0) return undefined;
  let live = true;
  let undo: (() => void) | undefined;
  void import('./enhance-code.ts').then((m) => {
    if (live) undo = m.enhanceCode(article, decls);
  }, () => {
    // Offline without the chunk: the code keeps its placeholders, which is still correct code.
  });
  return () => {
    live = false;
    undo?.();
  };
}
