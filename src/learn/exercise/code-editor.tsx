import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { HighlighterCore } from 'shiki/core';
import { alloyTokens, loadAlloyHighlighter } from './alloy-highlighter.ts';
import { applyEdit, closeBrace, indent, newline, outdent, type TextEdit } from './editor-keys.ts';
import { straightenQuotes } from './straight-quotes.ts';
import { TokenLines } from './token-lines.tsx';

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  /** Ids of the label's help text (the Tab/Escape note) and anything else describing the editor. */
  describedBy?: string;
  placeholder?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  /** Called with true after Escape (the next Tab leaves) and false once it no longer applies. */
  onLeaveArmed?(armed: boolean): void;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);

/**
 * A code editor that is a real <textarea> (native caret, selection, undo, paste, screen
 * readers, phone keyboards) laid over a <pre> that shows the same text highlighted. The two
 * share one grid cell, font and padding, so the text lines up and the pre sets the height.
 */
export function CodeEditor({ id, value, onChange, describedBy, placeholder, textareaRef, onLeaveArmed }: Props) {
  const [hl, setHl] = useState<HighlighterCore | null>(null);
  const escaped = useRef(false);
  const pendingSelection = useRef<[number, number] | null>(null);
  const own = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    let live = true;
    loadAlloyHighlighter().then(
      (h) => live && setHl(h),
      () => {
        // Plain text still works; nothing to tell the learner.
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // After a fallback edit (no execCommand) React resets the caret; put the selection back.
  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (sel && own.current) own.current.setSelectionRange(sel[0], sel[1]);
    pendingSelection.current = null;
  }, [value]);

  const lines = useMemo(() => {
    if (!hl) return null;
    try {
      return alloyTokens(hl, value);
    } catch {
      return null;
    }
  }, [hl, value]);

  const arm = (on: boolean) => {
    if (escaped.current === on) return;
    escaped.current = on;
    onLeaveArmed?.(on);
  };

  const apply = (ta: HTMLTextAreaElement, edit: TextEdit) => {
    ta.setSelectionRange(edit.start, edit.end);
    let done = false;
    try {
      // insertText keeps the browser's undo history, which setting .value would wipe.
      done = edit.insert !== '' && document.execCommand('insertText', false, edit.insert);
    } catch {
      done = false;
    }
    if (done) {
      ta.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    } else {
      pendingSelection.current = [edit.selectionStart, edit.selectionEnd];
      onChange(applyEdit(ta.value, edit));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing || MODIFIERS.has(e.key)) return;
    const ta = e.currentTarget;
    const state = { value: ta.value, selectionStart: ta.selectionStart, selectionEnd: ta.selectionEnd };
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      arm(true);
      return;
    }
    if (e.key === 'Tab' && plain) {
      // No keyboard trap (WCAG 2.1.2): after Escape, Tab moves focus as usual.
      if (escaped.current) {
        arm(false);
        return;
      }
      e.preventDefault();
      const edit = e.shiftKey ? outdent(state) : indent(state);
      if (edit) apply(ta, edit);
      return;
    }
    arm(false);
    if (!plain) return;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      apply(ta, newline(state));
    } else if (e.key === '}' || e.key === ']') {
      const edit = closeBrace(state, e.key);
      if (edit) {
        e.preventDefault();
        apply(ta, edit);
      }
    }
  };

  const setRefs = (el: HTMLTextAreaElement | null) => {
    own.current = el;
    if (typeof textareaRef === 'function') textareaRef(el);
    else if (textareaRef) textareaRef.current = el;
  };

  return (
    // data-highlighting says when the colours are ready (they load after the editor); tests wait on it.
    <div className="code-editor" data-highlighting={hl ? 'ready' : 'loading'}>
      <pre className="shiki code-editor-view" aria-hidden="true">
        <code>
          {lines ? <TokenLines lines={lines} /> : value}
          {/* A final newline needs a character after it, or the pre is a line shorter than the textarea. */}
          {value.endsWith('\n') || value === '' ? ' ' : null}
        </code>
      </pre>
      <textarea
        ref={setRefs}
        id={id}
        className="code-editor-input"
        value={value}
        onChange={(e) => {
          const ta = e.currentTarget;
          const straight = straightenQuotes(ta.value);
          if (straight !== ta.value) {
            // Same length, so the caret is put back where it was.
            const [start, end] = [ta.selectionStart, ta.selectionEnd];
            ta.value = straight;
            ta.setSelectionRange(start, end);
          }
          onChange(straight);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => arm(false)}
        aria-describedby={describedBy}
        placeholder={placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        translate="no"
        data-gramm="false"
        rows={10}
      />
    </div>
  );
}
