import { useEffect, useRef, useState } from 'react';

/**
 * "Start over" that asks once, inline: the question takes focus so it is read out, Escape
 * or Cancel puts the button back with focus on it.
 */
export function StartOver({ onConfirm }: { onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={button} type="button" className="button" onClick={() => setAsking(true)}>
        Start over
      </button>
    );
  }
  return (
    <div
      className="confirm-start-over"
      role="group"
      aria-labelledby="start-over-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p id="start-over-question" ref={question} tabIndex={-1}>
        Clear your progress, answers and time?
      </p>
      <button type="button" className="button danger" onClick={onConfirm}>
        Clear and start
      </button>
      <button type="button" className="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
