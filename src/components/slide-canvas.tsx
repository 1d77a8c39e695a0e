import './slide-canvas.css';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export const CANVAS_WIDTH = 1280;
export const CANVAS_HEIGHT = 720;

/**
 * A fixed 16:9 canvas scaled to fit its box, so a slide looks the same on every screen.
 * Only used on wide screens and in the audience view; narrow screens read the slide as a page.
 */
export function SlideCanvas({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      setScale(Math.max(0.1, Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT)));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div ref={box} className={`canvas-box ${className ?? ''}`}>
      <div
        className="canvas"
        style={{ width: CANVAS_WIDTH, height: CANVAS_HEIGHT, transform: `scale(${scale})`, visibility: scale ? 'visible' : 'hidden' }}
      >
        {children}
      </div>
    </div>
  );
}
