// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { warmSlide } from '../../src/components/warm-slide.ts';

describe('warmSlide', () => {
  it('lays the slide out beside the one on screen, hidden from everyone, and leaves nothing behind', async () => {
    document.body.innerHTML = '<div class="canvas"><article class="slide layout-default"><p>now</p></article></div>';
    const canvas = document.querySelector('.canvas')!;
    const added: Element[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
    });
    seen.observe(canvas, { childList: true });
    warmSlide(document.querySelector('article')!, 'two-column', '<h2>Next</h2><p>text</p>');
    await Promise.resolve();
    seen.disconnect();

    expect(added).toHaveLength(1);
    const copy = added[0] as HTMLElement;
    expect(copy.className).toBe('slide layout-two-column slide-warmup');
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(copy.querySelector('.slide-fit > .slide-content > h2')?.textContent).toBe('Next');
    expect(canvas.innerHTML).toBe('<article class="slide layout-default"><p>now</p></article>');
  });
});
