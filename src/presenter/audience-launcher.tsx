import { useId, useRef, useState } from 'react';
import { connectedLabel } from '../sync/peers.ts';

interface Props {
  /** Absolute URL of the audience view at the current position. */
  url: string;
  /** One window name per deck, so a second click reuses the window instead of opening another. */
  windowName: string;
  connected: number;
}

/**
 * Opens the audience window and counts connected ones. When the browser blocks the popup,
 * shows the address to open by hand (a second screen, a shared tab) with a Copy button.
 */
export function AudienceLauncher({ url, windowName, connected }: Props) {
  const [blocked, setBlocked] = useState(false);
  const [copied, setCopied] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const open = () => {
    let w: Window | null = null;
    try {
      w = window.open(url, windowName, 'popup,width=1280,height=720');
    } catch {
      w = null;
    }
    setBlocked(!w);
    setCopied('');
    // Focus stays on the button: the speaker's keys keep driving the deck.
    if (w) w.focus();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied');
    } catch {
      input.current?.select();
      setCopied('Copy failed: the address is selected, press Ctrl+C');
    }
  };

  return (
    <div className="audience-launcher">
      <button type="button" className="button primary" onClick={open}>
        Open audience window
      </button>
      <p className="connected" data-connected={connected > 0} role="status" data-testid="connected">
        {connectedLabel(connected)}
      </p>
      {blocked ? (
        <div className="popup-blocked" role="alert">
          <p>
            <strong>The browser blocked the window.</strong> Open this address by hand, on the second screen or in a tab you share:
          </p>
          <div className="popup-url">
            <label htmlFor={inputId} className="visually-hidden">
              Audience window address
            </label>
            <input id={inputId} ref={input} className="url-field" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button" onClick={copy}>
              Copy
            </button>
            <button type="button" className="button" onClick={() => setBlocked(false)} aria-label="Hide the address">
              ✕
            </button>
          </div>
          <p className="muted copy-status" aria-live="polite">
            {copied}
          </p>
        </div>
      ) : null}
    </div>
  );
}
