import './help-overlay.css';
import { useEffect, useId, useRef } from 'react';
import { useSingleKeyShortcuts } from '../deck/single-key-shortcuts.ts';
import { helpRows, VIEW_ORDER, VIEW_TITLES, type DeckView } from '../deck/key-bindings.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The view the overlay was opened from; its table comes first. */
  view: DeckView;
}

/**
 * The keyboard help on `?`: a modal dialog with one table of keys per view. Escape, the
 * Close button and `?` close it, and focus goes back to what had it before.
 */
export function HelpOverlay({ open, onClose, view }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const headingId = useId();
  const [singleKeys, setSingleKeys] = useSingleKeyShortcuts();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);

  // The view hears of Escape and Close at once: the dialog's own close event comes a task
  // later, and a key pressed in between would still find the overlay "open".
  const closeNow = () => {
    onClose();
    dialog.current?.close();
  };

  const onDialogClose = () => {
    // The close event of an earlier closing, arriving after `?` opened the dialog again: not this one's.
    if (dialog.current?.open) return;
    const back = returnTo.current;
    returnTo.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    onClose();
  };

  const order = [view, ...VIEW_ORDER.filter((v) => v !== view)];
  return (
    <dialog ref={dialog} className="help-overlay" aria-labelledby={headingId} onClose={onDialogClose} onCancel={onClose}>
      <div className="help-head">
        <h2 id={headingId}>Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={closeNow}>
          Close
        </button>
      </div>
      {open
        ? order.map((v) => {
            return (
              <section key={v} className="help-section" aria-labelledby={`${headingId}-${v}`}>
                <h3 id={`${headingId}-${v}`}>
                  {VIEW_TITLES[v]}
                  {v === view ? <span className="muted"> (this view)</span> : null}
                </h3>
                <table className="help-table">
                  <thead>
                    <tr>
                      <th scope="col">Key</th>
                      <th scope="col">What it does</th>
                    </tr>
                  </thead>
                  <tbody>
                    {helpRows(v).map((s) => (
                      <tr key={s.action}>
                        <td>
                          {s.keys.map((k, i) => (
                            <span key={k}>
                              {i > 0 ? <span className="muted"> or </span> : null}
                              <kbd>{k}</kbd>
                            </span>
                          ))}
                        </td>
                        <td>{s.action}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })
        : null}
      <section className="help-section help-settings" aria-labelledby={`${headingId}-settings`}>
        <h3 id={`${headingId}-settings`}>Settings</h3>
        <label className="help-toggle">
          <input type="checkbox" checked={singleKeys} onChange={(e) => setSingleKeys(e.currentTarget.checked)} />
          Single-key shortcuts (letters, ? and .)
        </label>
        <p className="muted">
          Turn these off if you use speech input or they get in your way; arrow keys, Page Up, Page Down, Home, End and Space keep working. Open this
          panel with the Keyboard shortcuts button.
        </p>
      </section>
      <p className="muted help-foot">Keys do nothing while you type in a form field.</p>
    </dialog>
  );
}
