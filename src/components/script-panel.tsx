import './script-panel.css';
import type { ReactNode } from 'react';
import type { SlideContent } from '../content/deck-types.ts';

/**
 * The speaker script beside (or below) the slide; never part of the slide itself.
 * `tools` sit between the heading and the script (read-aloud); `children` follow the script.
 */
export function ScriptPanel({ content, children, id, tools }: { content: SlideContent | undefined; children?: ReactNode; id?: string; tools?: ReactNode }) {
  return (
    // tabIndex: the panel scrolls on its own on wide screens, so keyboard users must be able to focus it.
    <aside className="script-panel" aria-labelledby="script-heading" id={id} tabIndex={0}>
      <h2 id="script-heading" className="panel-heading">
        Script
      </h2>
      {tools}
      {content === undefined ? (
        <p>Loading the script…</p>
      ) : content.scriptHtml.trim() ? (
        <div className="script-text" dangerouslySetInnerHTML={{ __html: content.scriptHtml }} />
      ) : (
        <p className="muted">This slide has no script.</p>
      )}
      {children}
    </aside>
  );
}
