import { useEffect, useState } from 'react';
import type { ThemedToken } from 'shiki/core';
import { alloyTokens, loadAlloyHighlighter } from './alloy-highlighter.ts';
import { TokenLines } from './token-lines.tsx';

/** Read-only Alloy code, coloured like the slides' code blocks (plain text until shiki is ready). */
export function SolutionBlock({ code }: { code: string }) {
  const [lines, setLines] = useState<ThemedToken[][] | null>(null);
  useEffect(() => {
    let live = true;
    loadAlloyHighlighter().then(
      (hl) => live && setLines(alloyTokens(hl, code)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <pre className="shiki ex-solution-code">
      <code>
        {lines ? <TokenLines lines={lines} /> : code}
      </code>
    </pre>
  );
}
