/**
 * Turns the peers' Slidev markdown (`peers/app/slides.md`, written by gen-decks.mjs) into this
 * project's slide format, so every benchmark column shows the same content. Pure: strings in,
 * `{ file name: text }` out; bench/run.ts writes the files.
 */

export interface BenchSlide {
  /** "Slide N: Access tokens and policies": the measure script finds a slide by this prefix. */
  title: string;
  body: string;
  script: string;
}

export interface BenchDeck {
  title: string;
  slides: BenchSlide[];
}

/** Splits Slidev markdown at `---` lines outside code fences: headmatter, then one slide each. */
export function parseSlidevDeck(md: string): BenchDeck {
  const blocks: string[][] = [[]];
  let fence = '';
  for (const line of md.replace(/\r\n?/g, '\n').split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || f.startsWith(fence))) fence = fence ? '' : f;
    if (!fence && line.trim() === '---') blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  // "---\nheadmatter\n---\n" leaves an empty block before the headmatter.
  const [lead, head, ...rest] = blocks.map((b) => b.join('\n').trim());
  if (lead !== '' || head === undefined) throw new Error('expected Slidev headmatter between --- lines at the top');
  const deckTitle = /^title:\s*(.+)$/m.exec(head)?.[1]?.trim() ?? 'Benchmark deck';
  return { title: deckTitle, slides: rest.filter((b) => b !== '').map(parseSlide) };
}

function parseSlide(block: string): BenchSlide {
  const h1 = /^#\s+(.+)$/m.exec(block);
  if (!h1) throw new Error(`slide without a "# title" line: ${block.slice(0, 60)}`);
  let body = block.slice(0, h1.index) + block.slice(h1.index + h1[0].length);
  let script = '';
  const notes = /<!--([\s\S]*?)-->\s*$/.exec(body);
  if (notes) {
    script = notes[1]!.trim();
    body = body.slice(0, notes.index);
  }
  // This format names Alloy fences `alloy`; the bench's `remotecfg` block is valid Alloy, so it is
  // checked and coloured with the Alloy grammar, as Slidev and Spectacle colour it as HCL.
  body = body.replace(/^```hcl\b/gm, '```alloy');
  return { title: h1[1]!.trim(), body: body.trim(), script };
}

/** `n` slides cycling through the given ones, each titled "Slide i: …" for its new position. */
export function scaleDeck(deck: BenchDeck, n: number): BenchDeck {
  const slides = Array.from({ length: n }, (_, i) => {
    const s = deck.slides[i % deck.slides.length]!;
    return { ...s, title: s.title.replace(/^Slide \d+:/, `Slide ${i + 1}:`) };
  });
  return { title: `${deck.title} (${n} slides)`, slides };
}

/** File name of slide `i` (1-based) with `width` digits: `07-access-tokens-and-policies.md`. */
export function slideFileName(slide: BenchSlide, i: number, width: number): string {
  const slug =
    slide.title
      .replace(/^Slide \d+:\s*/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'slide';
  return `${String(i).padStart(width, '0')}-${slug}.md`;
}

/** deck.yaml plus one `NN-slug.md` per slide, with the notes as the `## Script` section. */
export function deckFiles(deck: BenchDeck, width = 2): Record<string, string> {
  const files: Record<string, string> = { 'deck.yaml': `title: ${JSON.stringify(deck.title)}\n` };
  deck.slides.forEach((s, i) => {
    const script = s.script ? `\n\n## Script\n\n${s.script}` : '';
    files[slideFileName(s, i + 1, width)] = `---\ntitle: ${JSON.stringify(s.title)}\n---\n\n${s.body}${script}\n`;
  });
  return files;
}
