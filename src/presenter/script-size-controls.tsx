export const SCRIPT_SIZE = { min: 14, max: 40, step: 2, fallback: 20 } as const;

/**
 * Smaller / larger script text, with the current size in words. Each button's name starts with
 * its visible text (WCAG 2.5.3: a speech user says "click A plus") and goes on in words.
 */
export function ScriptSizeControls({ size, onChange }: { size: number; onChange: (size: number) => void }) {
  const { min, max, step } = SCRIPT_SIZE;
  return (
    <div className="script-size" role="group" aria-label="Script text size">
      <button type="button" className="button" onClick={() => onChange(Math.max(min, size - step))} disabled={size <= min}>
        A−<span className="visually-hidden">, smaller script text</span>
      </button>
      <span className="script-size-value" aria-live="polite">
        {size} px
      </span>
      <button type="button" className="button" onClick={() => onChange(Math.min(max, size + step))} disabled={size >= max}>
        A+<span className="visually-hidden">, larger script text</span>
      </button>
    </div>
  );
}

export function parseScriptSize(raw: string): number | undefined {
  const n = Number(raw);
  return Number.isInteger(n) && n >= SCRIPT_SIZE.min && n <= SCRIPT_SIZE.max ? n : undefined;
}
