/**
 * Line specs from code-fence meta, as reveal.js documents them by example:
 * `{2,4-5}` highlights lines 2, 4 and 5; `{1-2|3-5|all}` is a step-through
 * with three stages. `all` highlights every line.
 */
export type LineStage = 'all' | ReadonlySet<number>;

export function parseLineSet(spec: string): Set<number> | null {
  const lines = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) return null;
    for (let n = from; n <= to; n++) lines.add(n);
  }
  return lines;
}

/** Parses the inside of `{…}`; null when malformed. One stage means a static highlight. */
export function parseStages(spec: string): LineStage[] | null {
  const stages: LineStage[] = [];
  for (const part of spec.split('|')) {
    const trimmed = part.trim();
    if (trimmed === 'all') {
      stages.push('all');
      continue;
    }
    const set = parseLineSet(trimmed);
    if (!set) return null;
    stages.push(set);
  }
  return stages;
}

export function stageIncludes(stage: LineStage, line: number): boolean {
  return stage === 'all' || stage.has(line);
}
