import type { Bytes, LoadSample } from './browser-runs.ts';
import { BYTE_KINDS, type Results, type ToolResult } from './results.ts';
import { stats, type Stats } from './stats.ts';

/** Renders the results as one markdown table (tools as columns) plus the issue's targets. Pure. */

const APP = 'app';
const FLOOR = 'static';

const kb = (b: number | null | undefined) => (b == null ? '–' : b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`);
const ms = (s: Stats | null) => (s ? `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : '–');
const range = (s: Stats | null, f: (x: number) => string) =>
  s ? (f(s.min) === f(s.max) ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`) : '–';
const sec = (x: number) => `${(x / 1000).toFixed(1)} s`;
const mb = (x: number) => `${(x / 2 ** 20).toFixed(1)} MB`;

type Better = 'low' | 'high';
interface Row {
  label: string;
  cell: (t: ToolResult) => string;
  /** The figure compared in the targets (median); rows without one are context only. */
  value?: (t: ToolResult) => number | null;
  better?: Better;
  unit?: Unit;
}
type Unit = 'ms' | 'bytes' | 'heap' | 'score';

const loads = (xs: LoadSample[], k: 'slide' | 'title' | 'fcp') => stats(xs.map((x) => x[k]));
const bytes = (xs: LoadSample[], k: 'js' | 'css' | 'html' | 'font' | 'other') => stats(xs.map((x) => x.before[k]));
const sumBytes = (xs: LoadSample[], kinds: readonly (keyof Bytes)[]) => stats(xs.map((x) => kinds.reduce((n, k) => n + x.before[k], 0)));
const lhStat = (t: ToolResult, k: 'perf' | 'a11y') => stats(t.lh.map((x) => x[k]));

function timeRow(label: string, s: (t: ToolResult) => Stats | null): Row {
  return { label, cell: (t) => ms(s(t)), value: (t) => s(t)?.median ?? null, better: 'low', unit: 'ms' };
}

export function rows(r: Results): (Row | string)[] {
  return [
    '**Build and dist** (gzip level 6 for the dist)',
    {
      label: 'build time, 8-slide deck',
      cell: (t) => (t.name === APP ? range(stats(t.buildMs), sec) : t.buildMs[0] ? `${sec(t.buildMs[0])} (1 build, at setup)` : '– (nothing to build)'),
    },
    { label: 'files in dist', cell: (t) => (t.size ? String(t.size.files) : '–') },
    { label: 'JS in dist, raw / gzip', cell: (t) => (t.size ? `${kb(t.size.js[0])} / ${kb(t.size.js[1])}` : '–') },
    { label: 'CSS in dist, raw / gzip', cell: (t) => (t.size ? `${kb(t.size.css[0])} / ${kb(t.size.css[1])}` : '–') },
    '**First load: bytes that arrived before slide 1 was visible** (gzip as served, median)',
    // JS and CSS are compared together: Spectacle's styles are inside its JS (styled-components).
    { label: 'JS + CSS', cell: (t) => kb(sumBytes(t.cold1, ['js', 'css'])?.median), value: (t) => sumBytes(t.cold1, ['js', 'css'])?.median ?? null, better: 'low', unit: 'bytes' },
    { label: 'JS / CSS', cell: (t) => `${kb(bytes(t.cold1, 'js')?.median)} / ${kb(bytes(t.cold1, 'css')?.median)}` },
    { label: 'HTML / fonts / other', cell: (t) => `${kb(bytes(t.cold1, 'html')?.median)} / ${kb(bytes(t.cold1, 'font')?.median)} / ${kb(bytes(t.cold1, 'other')?.median)}` },
    { label: 'all of it', cell: (t) => kb(sumBytes(t.cold1, BYTE_KINDS)?.median), value: (t) => sumBytes(t.cold1, BYTE_KINDS)?.median ?? null, better: 'low', unit: 'bytes' },
    { label: 'requests, all within 1.5 s of the slide', cell: (t) => range(stats(t.cold1.map((x) => x.requests)), String) },
    '**Cold load: slide 1 visible (title and body text), ms**',
    timeRow('no throttling', (t) => loads(t.cold1, 'slide')),
    timeRow('CPU 4x', (t) => loads(t.cold4, 'slide')),
    { label: 'title only (the shared baseline\'s mark), 1x / 4x', cell: (t) => `${ms(loads(t.cold1, 'title'))} / ${ms(loads(t.cold4, 'title'))}` },
    { label: 'FCP, 1x / 4x (median)', cell: (t) => `${Math.round(loads(t.cold1, 'fcp')?.median ?? NaN)} / ${Math.round(loads(t.cold4, 'fcp')?.median ?? NaN)}` },
    '**Deep link to slide 6: slide visible, ms**',
    timeRow('no throttling', (t) => loads(t.deep1, 'slide')),
    timeRow('CPU 4x', (t) => loads(t.deep4, 'slide')),
    '**Navigation: ArrowRight → next slide visible, ms**',
    timeRow('no throttling', (t) => stats(t.nav1.slide)),
    timeRow('CPU 4x', (t) => stats(t.nav4.slide)),
    '**Memory**',
    { label: 'JS heap after visiting all 8 slides (after GC)', cell: (t) => range(stats(t.heap), mb), value: (t) => stats(t.heap)?.median ?? null, better: 'low', unit: 'heap' },
    '**Lighthouse 12.2.3, slide 1** (mobile preset, simulated throttling)',
    { label: 'performance', cell: (t) => range(lhStat(t, 'perf'), String), value: (t) => lhStat(t, 'perf')?.median ?? null, better: 'high', unit: 'score' },
    { label: 'accessibility', cell: (t) => range(lhStat(t, 'a11y'), String), value: (t) => lhStat(t, 'a11y')?.median ?? null, better: 'high', unit: 'score' },
    {
      label: 'LH FCP / LCP / TBT, ms (median)',
      cell: (t) => (t.lh.length ? [stats(t.lh.map((x) => x.fcp)), stats(t.lh.map((x) => x.lcp)), stats(t.lh.map((x) => x.tbt))].map((s) => Math.round(s?.median ?? NaN)).join(' / ') : '–'),
    },
    { label: 'failed a11y audits', cell: (t) => [...new Set(t.lh.flatMap((x) => x.a11yFails))].join(', ') || (t.lh.length ? 'none' : '–') },
    `**Scale: a ${r.scale.slides}-slide deck against the 8-slide one** (this app only)`,
    ...scaleRows(r),
  ];
}

function scaleRows(r: Results): Row[] {
  const big = r.scale.tool;
  const n = r.scale.slides;
  const only = (f: (app: ToolResult) => string) => (t: ToolResult) => (t.name === APP ? f(t) : '–');
  return [
    { label: `build time, 8 → ${n} slides`, cell: only((a) => `${range(stats(a.buildMs), sec)} → ${range(stats(big.buildMs), sec)}`) },
    { label: `ArrowRight → next slide visible, 1x: 8 → ${n} slides`, cell: only((a) => `${ms(stats(a.nav1.slide))} → ${ms(stats(big.nav1.slide))}`) },
    { label: `ArrowRight → next slide visible, 4x: 8 → ${n} slides`, cell: only((a) => `${ms(stats(a.nav4.slide))} → ${ms(stats(big.nav4.slide))}`) },
    { label: `slide 1 visible, CPU 4x: 8 → ${n} slides`, cell: only((a) => `${ms(loads(a.cold4, 'slide'))} → ${ms(loads(big.cold4, 'slide'))}`) },
    { label: `JS before slide 1, 8 → ${n} slides`, cell: only((a) => `${kb(bytes(a.cold1, 'js')?.median)} → ${kb(bytes(big.cold1, 'js')?.median)}`) },
    { label: `JS heap after 8 slides, 8 → ${n} slides`, cell: only((a) => `${range(stats(a.heap), mb)} → ${range(stats(big.heap), mb)}`) },
  ];
}

/** The issue's targets, each met or not, with the numbers behind the verdict. */
export function targets(r: Results, list: (Row | string)[]): string[] {
  const app = r.tools[APP];
  const floor = r.tools[FLOOR];
  if (!app) return [];
  const peers = r.columns.filter((c) => c !== APP && c !== FLOOR).map((c) => r.tools[c]).filter((t): t is ToolResult => !!t);
  const out: string[] = [];
  let section = '';
  const behind: string[] = [];
  let compared = 0;
  for (const row of list) {
    if (typeof row === 'string') {
      section = row.replace(/\*\*(.*?)\*\*.*/, '$1');
      continue;
    }
    if (!row.value || !row.better) continue;
    const mine = row.value(app);
    const theirs = peers.map((p) => ({ name: p.name, v: row.value!(p) })).filter((x): x is { name: string; v: number } => x.v != null);
    if (mine == null || theirs.length === 0) continue;
    compared++;
    const best = theirs.reduce((a, b) => ((row.better === 'low' ? b.v < a.v : b.v > a.v) ? b : a));
    const ahead = row.better === 'low' ? mine < best.v : mine > best.v || (mine === 100 && best.v === 100);
    const f = (x: number) => fmt(x, row.unit ?? 'ms');
    if (!ahead) behind.push(`${section} / ${row.label}: app ${f(mine)} vs ${best.name} ${f(best.v)}`);
  }
  out.push(compared === 0
    ? '- Ahead of every peer: – (no peer columns in this run).'
    : behind.length === 0
    ? `- Ahead of every peer on every compared row (${compared} rows, medians): **met**.`
    : `- Ahead of every peer on every row: **not met** on ${behind.length} of ${compared} rows:\n${behind.map((b) => `  - ${b}`).join('\n')}`);
  if (floor) {
    const ratio = (a: number | undefined, b: number | undefined) => (a != null && b ? a / b : null);
    const checks: [string, number | undefined, number | undefined][] = [
      ['slide 1 visible, CPU 4x', loads(app.cold4, 'slide')?.median, loads(floor.cold4, 'slide')?.median],
      ['ArrowRight, no throttling', stats(app.nav1.slide)?.median, stats(floor.nav1.slide)?.median],
      ['ArrowRight, CPU 4x', stats(app.nav4.slide)?.median, stats(floor.nav4.slide)?.median],
    ];
    for (const [label, a, b] of checks) {
      const q = ratio(a, b);
      out.push(`- Within 2x of the static floor, ${label}: ${q == null ? '–' : `${fmt(a!, 'ms')} vs ${fmt(b!, 'ms')} = ${q.toFixed(2)}x, **${q <= 2 ? 'met' : 'not met'}**`}.`);
    }
  }
  const perf = lhStat(app, 'perf')?.median;
  const a11y = lhStat(app, 'a11y')?.median;
  if (perf == null || a11y == null) out.push('- Lighthouse performance 100 and accessibility 100: – (Lighthouse not run).');
  else out.push(`- Lighthouse performance 100 and accessibility 100: ${perf} / ${a11y}, **${perf === 100 && a11y === 100 ? 'met' : 'not met'}**.`);
  const n8 = stats(app.nav4.slide)?.median;
  const nBig = stats(r.scale.tool.nav4.slide)?.median;
  if (n8 != null && nBig != null) {
    // Presses are seen at the next animation frame, so differences under one frame are noise.
    const same = nBig <= n8 + 16.7;
    out.push(`- The ${r.scale.slides}-slide deck navigates as fast as the 8-slide one (4x, within one 16.7 ms frame): ${fmt(nBig, 'ms')} vs ${fmt(n8, 'ms')}, **${same ? 'met' : 'not met'}**.`);
  }
  if (r.scale.note) out.push(`- Scale note: ${r.scale.note}`);
  return out;
}

function fmt(x: number, unit: Unit): string {
  if (unit === 'bytes') return kb(x);
  if (unit === 'heap') return mb(x);
  return unit === 'ms' ? `${Math.round(x)} ms` : String(Math.round(x));
}

export function renderMarkdown(r: Results): string {
  const cols = r.columns.map((c) => r.tools[c]).filter((t): t is ToolResult => !!t);
  const list = rows(r);
  const table = [
    `| metric | ${cols.map((t) => t.name).join(' | ')} |`,
    `| --- | ${cols.map(() => '---').join(' | ')} |`,
    ...list.map((row) => (typeof row === 'string' ? `| ${row} |${cols.map(() => ' |').join('')}` : `| ${row.label} | ${cols.map((t) => row.cell(t)).join(' | ')} |`)),
  ];
  const count = (f: (t: ToolResult) => number) => cols.map(f).join('/');
  const o = r.options;
  return [
    `# Deck benchmark: this app against Slidev, reveal.js, Spectacle and static HTML`,
    '',
    `Each cell is the median with (min–max). Runs were interleaved across tools (A B C D E A B C D E …). ` +
      `Samples per tool (${cols.map((t) => t.name).join('/')}): cold ${count((t) => t.cold1.length)} (+ ${count((t) => t.cold4.length)} at 4x), ` +
      `deep ${count((t) => t.deep1.length)} (+ ${count((t) => t.deep4.length)}), presses ${count((t) => t.nav1.slide.length)} (+ ${count((t) => t.nav4.slide.length)} at 4x), ` +
      `heap ${count((t) => t.heap.length)}, Lighthouse ${count((t) => t.lh.length)}; app builds ${o.builds} per deck.`,
    '',
    ...table,
    '',
    '## Targets (from the issue)',
    '',
    ...targets(r, list),
    '',
    `Browser ${r.browser}; ${r.machine.cpus} x ${r.machine.cpu}, ${r.machine.mem}, Node ${r.machine.node}; viewport 1280x720. ` +
      `Load average ${r.machine.loadavgStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${r.machine.loadavgEnd.map((x) => x.toFixed(1)).join(' ')} at the end ` +
      `(above ~${r.machine.cpus} the machine was busy and times are inflated). ${r.startedAt} → ${r.finishedAt}.`,
    ...(r.warnings.length ? ['', 'Warnings:', ...r.warnings.map((w) => `- ${w}`)] : []),
    '',
  ].join('\n');
}
