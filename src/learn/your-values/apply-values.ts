import type { PlaceholderContext } from '../../content/placeholder-types.ts';
import { encodeValue } from './insert-value.ts';

const CONTEXTS: readonly string[] = ['string', 'raw', 'comment', 'code'];

/**
 * Shows the learner's values in every marked placeholder under `root` (or the placeholder
 * again where there is none). Only the text of the build's `span[data-placeholder]` changes,
 * so Copy, which copies the code's text, copies exactly what is on screen.
 */
export function applyValues(root: ParentNode, values: Readonly<Record<string, string>>) {
  for (const span of root.querySelectorAll<HTMLElement>('span[data-placeholder]')) {
    const name = span.dataset.placeholder ?? '';
    const context = (CONTEXTS.includes(span.dataset.in ?? '') ? span.dataset.in : 'code') as PlaceholderContext;
    const value = values[name];
    const encoded = value ? encodeValue(value, context) : null;
    if (encoded?.ok) {
      if (span.textContent !== encoded.text) span.textContent = encoded.text;
      span.dataset.yours = '';
    } else {
      if (span.textContent !== `<${name}>`) span.textContent = `<${name}>`;
      delete span.dataset.yours;
    }
  }
  for (const fig of root.querySelectorAll<HTMLElement>('figure[data-placeholders]')) {
    const filled = fig.querySelector('span[data-yours]') !== null;
    fig.toggleAttribute('data-yours', filled);
    const button = fig.querySelector<HTMLButtonElement>('button[data-your-values]');
    if (button) button.textContent = filled ? 'Edit your values' : 'Use your values';
    const badge = fig.querySelector<HTMLElement>('.code-yours');
    if (badge) badge.hidden = !filled;
  }
}
