import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PlaceholderDecl } from '../../content/placeholder-types.ts';
import { checkValue } from './insert-value.ts';
import { clearValues, currentValues, setValues } from './value-store.ts';

interface Props {
  decls: readonly PlaceholderDecl[];
  onClose: () => void;
}

function ValueField({ decl, value, onChange, touched }: { decl: PlaceholderDecl; value: string; onChange: (v: string) => void; touched: boolean }) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const error = checkValue(decl, value);
  const invalid = error !== null && (touched || value !== '');
  return (
    <div className="values-field">
      <label htmlFor={id}>{decl.label}</label>
      <p id={`${id}-help`} className="values-help">
        {decl.help}
      </p>
      <div className="values-input-row">
        <input
          id={id}
          name={decl.name}
          type={decl.secret && !shown ? 'password' : 'text'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder={decl.token}
          aria-invalid={invalid}
          aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
          // A password manager must not offer to save a token typed here.
          data-1p-ignore=""
          data-lpignore="true"
        />
        {decl.secret ? (
          <button type="button" className="values-show" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
            {shown ? 'Hide' : 'Show'}
            <span className="visually-hidden"> {decl.label}</span>
          </button>
        ) : null}
      </div>
      {invalid ? (
        <p id={`${id}-error`} className="values-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {decl.secret ? <p className="values-note">Kept on this page only: never saved, gone after a reload.</p> : null}
    </div>
  );
}

/** "Use your values": one field per placeholder of the block, checked as the learner types. */
export function YourValuesForm({ decls, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [draft, setDraft] = useState<Record<string, string>>(() => {
    const now = currentValues();
    return Object.fromEntries(decls.map((d) => [d.name, now[d.name] ?? '']));
  });
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const bad = decls.find((d) => checkValue(d, draft[d.name] ?? '') !== null);
    if (bad) {
      setStatus('Some values are not accepted yet: see the messages above.');
      const form = e.currentTarget as HTMLFormElement;
      form.querySelector<HTMLInputElement>(`input[name="${bad.name}"]`)?.focus();
      return;
    }
    setValues(decls, draft);
    onClose();
  };

  const clear = () => {
    clearValues();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="values-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      // The deck's keys (arrows, Space, N, …) are for the slides, not for the slide behind a modal form.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>Use your values</h2>
        <p className="values-intro">Every code block of this deck will show them, and Copy copies them.</p>
        {decls.map((d) => (
          <ValueField
            key={d.name}
            decl={d}
            value={draft[d.name] ?? ''}
            touched={submitted}
            onChange={(v) => setDraft((prev) => ({ ...prev, [d.name]: v }))}
          />
        ))}
        <p className="values-status" role="status">
          {status}
        </p>
        <div className="values-actions">
          <button type="submit" className="values-primary">
            Use these values
          </button>
          <button type="button" onClick={clear}>
            Clear my values
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

let host: { root: Root; el: HTMLElement } | null = null;

/** Opens the form for these placeholders; closing it returns focus to `opener`. */
export function openValuesForm(decls: readonly PlaceholderDecl[], opener: HTMLElement) {
  if (host) return;
  const el = document.createElement('div');
  document.body.append(el);
  const root = createRoot(el);
  host = { root, el };
  const close = () => {
    if (!host) return;
    const h = host;
    host = null;
    // Unmount after the click that closed it has finished, then give focus back.
    queueMicrotask(() => {
      h.root.unmount();
      h.el.remove();
      if (opener.isConnected) opener.focus();
    });
  };
  root.render(<YourValuesForm decls={decls} onClose={close} />);
}
