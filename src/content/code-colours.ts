/**
 * github-light and github-dark with a few token colours darkened or lightened so every
 * token passes WCAG AA (4.5:1) on the code background and on the highlighted-line band.
 * Shared by the build-time highlighter and the exercise editor, so both colour alike.
 */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export const COLOR_REPLACEMENTS: Record<string, Record<string, string>> = {
  'github-light': {
    '#6a737d': '#57606a',
    '#e36209': '#953800',
    '#22863a': '#116329',
    '#d73a49': '#cf222e',
  },
  'github-dark': {
    '#6a737d': '#8b949e',
  },
};
