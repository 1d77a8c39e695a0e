import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The top bar's buttons. From 1024 px they sit in the bar; on narrower screens they fold behind
 * a Menu disclosure button (the CSS decides), so the bar stays one row on a phone.
 */
export function LearnMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // A dialog opened from the menu (the outline) handles its own Escape.
      if (document.querySelector('dialog[open]')) return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t) && !document.querySelector('dialog[open]')) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <>
      <button ref={button} type="button" className="button menu-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Menu
      </button>
      <div ref={panel} id={id} className="toolbar learn-tools" data-open={open ? 'true' : 'false'}>
        {children}
      </div>
    </>
  );
}
