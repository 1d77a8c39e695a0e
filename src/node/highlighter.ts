import { createHighlighterCore, type HighlighterCore, type LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import shellscript from 'shiki/langs/shellscript.mjs';
import yaml from 'shiki/langs/yaml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import alloyGrammar from '../alloy/grafana-alloy.tmLanguage.json' with { type: 'json' };

export { CODE_THEMES as THEMES, COLOR_REPLACEMENTS } from '../content/code-colours.ts';

/** Fence languages a slide may use, mapped to the grammar that colours them. */
export const FENCE_LANGUAGES: Record<string, { grammar: string; label: string }> = {
  alloy: { grammar: 'alloy', label: 'Alloy' },
  river: { grammar: 'alloy', label: 'Alloy' },
  sh: { grammar: 'shellscript', label: 'Shell' },
  bash: { grammar: 'shellscript', label: 'Shell' },
  shell: { grammar: 'shellscript', label: 'Shell' },
  yaml: { grammar: 'yaml', label: 'YAML' },
  yml: { grammar: 'yaml', label: 'YAML' },
  text: { grammar: 'text', label: 'Text' },
};

let instance: Promise<HighlighterCore> | undefined;

/** One highlighter for the whole build, as shiki recommends; strict JS regex engine, no WASM. */
export function getHighlighter(): Promise<HighlighterCore> {
  instance ??= createHighlighterCore({
    themes: [githubLight, githubDark],
    langs: [alloyGrammar as unknown as LanguageRegistration, shellscript, yaml],
    engine: createJavaScriptRegexEngine(),
  });
  return instance;
}
