import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** Share of the container given to the panel before the separator, in percent. */
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
  controls: string;
}

const STEP = 2;

/**
 * A draggable, keyboard-operable separator between two side-by-side panels
 * (WAI-ARIA window splitter): arrows move it, Home and End go to the limits.
 */
export function SplitSeparator({ value, min, max, onChange, label, controls }: Props) {
  const dragging = useRef(false);
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next =
      e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? value - STEP
        : e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? value + STEP
          : e.key === 'Home'
            ? min
            : e.key === 'End'
              ? max
              : null;
    if (next === null) return;
    // Handled here, so the deck's own key handler leaves these keys alone.
    e.preventDefault();
    onChange(clamp(next));
  };

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    onChange(clamp(((e.clientX - box.left) / box.width) * 100));
  };

  return (
    <div
      className="split-separator"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`Slide ${value}%, script ${100 - value}%`}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (dragging.current) moveTo(e);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <span className="split-grip" aria-hidden="true" />
    </div>
  );
}
