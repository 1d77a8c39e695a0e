import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { HighlighterCore } from 'shiki/core';
import type { Severity } from '../../content/exercise-types.ts';
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
  /** Lines (1-based) the last check found something on, with the worst severity there. */
  marks?: ReadonlyMap<number, Severity>;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);

/**
 * A code editor that is a real <textarea> (native caret, selection, undo, paste, screen
 * readers, phone keyboards) laid over a <pre> that shows the same text highlighted. The two
 * share one grid cell, font and padding, so the text lines up and the pre sets the size.
 * Lines never wrap (a line number means one row); a long line scrolls the cell sideways while
 * the line-number gutter beside it stays put.
 */
export function CodeEditor({ id, value, onChange, describedBy, placeholder, textareaRef, onLeaveArmed, marks }: Props) {
  const [hl, setHl] = useState<HighlighterCore | null>(null);
  const escaped = useRef(false);
  const pendingSelection = useRef<[number, number] | null>(null);
  const own = useRef<HTMLTextAreaElement | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

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

  // The textarea is as wide as the text, but for a moment after a long paste it is not and
  // scrolls itself; hand that offset to the scroller so the two layers stay on top of each other.
  const onScroll = () => {
    const ta = own.current;
    if (!ta || (ta.scrollLeft === 0 && ta.scrollTop === 0)) return;
    if (scroller.current) scroller.current.scrollLeft += ta.scrollLeft;
    ta.scrollLeft = 0;
    ta.scrollTop = 0;
  };

  const commit = (ta: HTMLTextAreaElement) => {
    const straight = straightenQuotes(ta.value);
    if (straight !== ta.value) {
      // Same length, so the caret is put back where it was.
      const [start, end] = [ta.selectionStart, ta.selectionEnd];
      ta.value = straight;
      ta.setSelectionRange(start, end);
    }
    onChange(straight);
  };

  const lineCount = value.split('\n').length;

  const setRefs = (el: HTMLTextAreaElement | null) => {
    own.current = el;
    if (typeof textareaRef === 'function') textareaRef(el);
    else if (textareaRef) textareaRef.current = el;
  };

  return (
    // data-highlighting says when the colours are ready (they load after the editor); tests wait on it.
    <div className="code-editor" data-highlighting={hl ? 'ready' : 'loading'}>
      <Gutter count={lineCount} marks={marks} />
      <div className="code-editor-scroll" ref={scroller}>
        <div className="code-editor-stack">
          {marks && marks.size > 0 ? <LineMarks count={lineCount} marks={marks} /> : null}
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
              // Replacing text mid-composition would cancel what an IME is building; compositionend finishes it.
              if ((e.nativeEvent as InputEvent).isComposing) onChange(e.currentTarget.value);
              else commit(e.currentTarget);
            }}
            onCompositionEnd={(e) => commit(e.currentTarget)}
            onKeyDown={onKeyDown}
            onScroll={onScroll}
            onBlur={() => arm(false)}
            aria-describedby={describedBy}
            placeholder={placeholder}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            translate="no"
            data-gramm="false"
            wrap="off"
            rows={10}
          />
        </div>
      </div>
    </div>
  );
}

/** Line numbers, one per row; a line with a finding carries its severity (shown by shape and colour). */
function Gutter({ count, marks }: { count: number; marks: ReadonlyMap<number, Severity> | undefined }) {
  return (
    <div className="code-editor-gutter" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} data-finding={marks?.get(i + 1)}>
          {i + 1}
        </span>
      ))}
    </div>
  );
}

/** A band behind each line with a finding, the full width of the text. */
function LineMarks({ count, marks }: { count: number; marks: ReadonlyMap<number, Severity> }) {
  return (
    <div className="code-editor-marks" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} data-finding={marks.get(i + 1)} />
      ))}
    </div>
  );
}
