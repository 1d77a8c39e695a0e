import type { CSSProperties } from 'react';
import type { ThemedToken } from 'shiki/core';

/** Shiki tokens as spans, one line per row, joined by newlines (inside a <pre>). */
export function TokenLines({ lines }: { lines: ThemedToken[][] }) {
  return lines.map((line, i) => (
    <span key={i}>
      {line.map((t, j) => (
        <span key={j} style={t.htmlStyle as CSSProperties | undefined}>
          {t.content}
        </span>
      ))}
      {i < lines.length - 1 ? '\n' : null}
    </span>
  ));
}
