/** The readable text of a rendered script, and a way back from text offsets to DOM ranges. */
export interface ScriptText {
  /** Block elements (paragraphs, list items, headings) are separated by '\n'. */
  text: string;
  rangeFor(start: number, end: number): Range | null;
}

const BLOCKS = new Set(['P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'TABLE', 'TR', 'TD', 'TH', 'DIV', 'FIGURE', 'FIGCAPTION', 'DT', 'DD', 'BR', 'HR']);

/** Parts of a rendered script that are controls or labels, not words to read. */
function isSkipped(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.getAttribute('aria-hidden') === 'true' || el.classList.contains('code-head');
}

interface Segment {
  node: Text;
  start: number;
}

export function readScriptText(root: Element): ScriptText {
  let text = '';
  const segments: Segment[] = [];
  const breakLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      segments.push({ node: node as Text, start: text.length });
      // Same length, so offsets still map one to one onto the node.
      text += data.replace(/[\n\r]/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || isSkipped(node as Element)) return;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) breakLine();
    for (const child of node.childNodes) visit(child);
    if (block) breakLine();
  };
  visit(root);

  const segmentAt = (offset: number): Segment | undefined => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo];
  };

  return {
    text,
    rangeFor(start, end) {
      if (end <= start) return null;
      const a = segmentAt(start);
      const b = segmentAt(end - 1);
      if (!a || !b) return null;
      const range = document.createRange();
      range.setStart(a.node, Math.min(start - a.start, a.node.length));
      range.setEnd(b.node, Math.min(end - b.start, b.node.length));
      return range;
    },
  };
}
