import type { PlaceholderDecl } from '../../content/placeholder-types.ts';
import { applyValues } from './apply-values.ts';
import { currentValues, learnDeclarations, subscribeValues } from './value-store.ts';
import { openValuesForm } from './your-values-form.tsx';
import './your-values.css';

/**
 * Learner view only: adds "Use your values" to each code block that names a declared
 * placeholder, and keeps every such block showing the learner's values. Returns the undo.
 */
export function enhanceCode(article: HTMLElement, decls: readonly PlaceholderDecl[]): () => void {
  learnDeclarations(decls);
  const added: HTMLElement[] = [];
  for (const fig of article.querySelectorAll<HTMLElement>('figure[data-placeholders]')) {
    const head = fig.querySelector('.code-head');
    const copy = head?.querySelector('button[data-copy]');
    if (!head || !copy || head.querySelector('button[data-your-values]')) continue;
    const names = (fig.dataset.placeholders ?? '').split(' ');
    const mine = decls.filter((d) => names.includes(d.name));
    if (mine.length === 0) continue;
    const badge = document.createElement('span');
    badge.className = 'code-yours';
    badge.textContent = 'Your values';
    badge.hidden = true;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-values';
    button.dataset.yourValues = '';
    button.setAttribute('aria-haspopup', 'dialog');
    button.textContent = 'Use your values';
    button.addEventListener('click', () => openValuesForm(mine, button));
    head.insertBefore(badge, copy);
    head.insertBefore(button, copy);
    added.push(badge, button);
  }
  const apply = () => applyValues(article, currentValues());
  apply();
  const unsubscribe = subscribeValues(apply);
  return () => {
    unsubscribe();
    for (const el of added) el.remove();
  };
}
