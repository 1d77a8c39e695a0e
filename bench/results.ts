import type { Bytes, LoadSample } from './browser-runs.ts';
import type { DistSize } from './dist-size.ts';
import type { GzipSize } from './first-load.ts';
import type { LhResult } from './lighthouse.ts';

/** Everything measured for one column (or for the scale deck), as written to latest.json. */
export interface ToolResult {
  name: string;
  url: string;
  deepUrl: string | null;
  size: DistSize | null;
  /** Wall ms per build. The app is built every run; a peer's figure is its last real build in setup-peers.sh. */
  buildMs: number[];
  /** The app's first-load JS by static analysis of the dist (bench/first-load.ts), gzip level 9. */
  firstLoadJs: GzipSize | null;
  cold1: LoadSample[];
  cold4: LoadSample[];
  deep1: LoadSample[];
  deep4: LoadSample[];
  nav1: { title: number[]; slide: number[] };
  nav4: { title: number[]; slide: number[] };
  heap: number[];
  lh: LhResult[];
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  options: { runs: number; nav: number; lhRuns: number; builds: number; scale: number };
  machine: { cpus: number; cpu: string; mem: string; node: string; loadavgStart: number[]; loadavgEnd: number[] };
  browser: string;
  /** Column order: the app first, then the peers, the static floor last. */
  columns: string[];
  tools: Record<string, ToolResult>;
  scale: { slides: number; navFrom: number; note: string | null; tool: ToolResult };
  warnings: string[];
}

export function emptyResult(name: string, url: string, deepUrl: string | null): ToolResult {
  return { name, url, deepUrl, size: null, buildMs: [], firstLoadJs: null, cold1: [], cold4: [], deep1: [], deep4: [],
    nav1: { title: [], slide: [] }, nav4: { title: [], slide: [] }, heap: [], lh: [] };
}

export const BYTE_KINDS: (keyof Bytes)[] = ['js', 'css', 'html', 'font', 'other'];
