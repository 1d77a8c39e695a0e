import type { HighlighterCore, LanguageRegistration, ThemedToken } from 'shiki/core';
import { CODE_THEMES, COLOR_REPLACEMENTS } from '../../content/code-colours.ts';

let instance: Promise<HighlighterCore> | undefined;

/**
 * One shiki highlighter for the exercise, set up like the build's (src/node/highlighter.ts):
 * the fine-grained core, the JavaScript regex engine (no WASM), the Alloy grammar and the two
 * GitHub themes. Loaded on first use, in chunks of their own, so the deck never pays for it.
 */
export function loadAlloyHighlighter(): Promise<HighlighterCore> {
  instance ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }, grammar, light, dark] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
      import('../../alloy/grafana-alloy.tmLanguage.json'),
      import('shiki/themes/github-light.mjs'),
      import('shiki/themes/github-dark.mjs'),
    ]);
    return createHighlighterCore({
      themes: [light.default, dark.default],
      langs: [grammar.default as unknown as LanguageRegistration],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  // A failed load (offline, say) may be retried later; the editor shows plain text meanwhile.
  instance.catch(() => {
    instance = undefined;
  });
  return instance;
}

/**
 * Tokens carrying `--shiki-light` and `--shiki-dark` custom properties, exactly like the
 * build's code blocks, so `.shiki span` in app.css colours both the same way per theme.
 */
export function alloyTokens(hl: HighlighterCore, code: string): ThemedToken[][] {
  return hl.codeToTokens(code, { lang: 'alloy', themes: CODE_THEMES, defaultColor: false, colorReplacements: COLOR_REPLACEMENTS }).tokens;
}
