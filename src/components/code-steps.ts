/**
 * Applies a slide step to its step-through code blocks. Blocks step one after another:
 * each figure knows the slide step at which its first stage shows (data-step-offset).
 */
export function applyCodeSteps(root: HTMLElement, step: number) {
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-stages]')) {
    const stages = (fig.dataset.stages ?? '').split('|');
    const offset = Number(fig.dataset.stepOffset ?? '1');
    const index = Math.min(Math.max(step - offset, 0), stages.length - 1);
    const stage = stages[index] ?? 'all';
    const lines = stage === 'all' ? null : new Set(stage.split(',').map(Number));
    fig.classList.toggle('has-focus', lines !== null);
    fig.dataset.stage = String(index + 1);
    for (const line of fig.querySelectorAll<HTMLElement>('.line[data-line]')) {
      line.classList.toggle('is-highlighted', lines !== null && lines.has(Number(line.dataset.line)));
    }
  }
}

/** Copies exactly the code's source: the text of its lines, no numbers, no labels. */
export function codeSource(fig: Element): string {
  return fig.querySelector('pre code')?.textContent ?? '';
}
