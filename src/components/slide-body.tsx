import './slide-body.css';
import './code-block.css';
import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { SlideContent, SlideMeta } from '../content/deck-types.ts';
import { applyCodeSteps, codeSource } from './code-steps.ts';

interface Props {
  meta: SlideMeta;
  content: SlideContent | undefined;
  step: number;
  /** On the fixed canvas the slide is scaled down when it would overflow; as a page it reflows. */
  fitToCanvas: boolean;
  headingId?: string;
  /** Learner view only: adds to the slide's code after it is in the page ("Your values"); returns the undo. */
  enhanceCode?: (article: HTMLElement, content: SlideContent) => (() => void) | undefined;
}

const MIN_FIT = 0.6;

export function SlideBody({ meta, content, step, fitToCanvas, headingId, enhanceCode }: Props) {
  const article = useRef<HTMLElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState('');

  useLayoutEffect(() => {
    if (article.current) applyCodeSteps(article.current, step);
  }, [content, step]);

  useLayoutEffect(() => {
    if (article.current && content && enhanceCode) return enhanceCode(article.current, content);
    return undefined;
  }, [content, enhanceCode]);

  useLayoutEffect(() => {
    const el = inner.current;
    const box = article.current;
    if (!el || !box) return;
    const measure = () => {
      el.style.removeProperty('--fit');
      box.dataset.fit = '1';
      if (!fitToCanvas) return;
      const style = getComputedStyle(box);
      const available = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const needed = el.scrollHeight;
      if (needed > available) {
        const fit = Math.max(MIN_FIT, available / needed);
        el.style.setProperty('--fit', String(fit));
        box.dataset.fit = fit.toFixed(3);
      }
    };
    measure();
    // Web fonts can change line breaks after the first layout. The layout measure() forced has
    // started any font this slide needs, so a status of 'loaded' now means nothing will change.
    let live = true;
    if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(() => live && measure());
    return () => {
      live = false;
    };
  }, [content, fitToCanvas, meta.layout]);

  const onClick = async (e: MouseEvent) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
    const fig = button?.closest('figure');
    if (!button || !fig) return;
    try {
      await navigator.clipboard.writeText(codeSource(fig));
      button.textContent = 'Copied';
      setCopied('Copied to the clipboard');
    } catch {
      button.textContent = 'Copy failed';
      setCopied('Copy failed: select the code and copy it by hand');
    }
    window.setTimeout(() => {
      button.textContent = 'Copy';
      setCopied('');
    }, 2000);
  };

  return (
    <article
      ref={article}
      className={`slide layout-${meta.layout}`}
      data-layout={meta.layout}
      aria-labelledby={headingId ?? `slide-title-${meta.number}`}
      data-slide={meta.number}
      data-step={step}
      onClick={onClick}
    >
      <div ref={inner} className="slide-fit">
        {/* tabIndex: the learner view moves focus here on a slide change. */}
        <h1 id={headingId ?? `slide-title-${meta.number}`} className="slide-title" tabIndex={-1}>
          {meta.title}
        </h1>
        {content ? (
          <div className="slide-content" dangerouslySetInnerHTML={{ __html: content.html }} />
        ) : (
          <p className="slide-loading">Loading the slide…</p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {copied}
      </p>
    </article>
  );
}
