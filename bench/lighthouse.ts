import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME, FLAGS, RESOLVER } from './browser-runs.ts';

/** Lighthouse 12.2.3 from the bench tools folder (setup-peers.sh), never a project dependency. */
export const TOOLS = process.env.PEERBENCH_TOOLS ?? '/tmp/peerbench/tools';
const CLI = path.join(TOOLS, 'node_modules/lighthouse/cli/index.js');

export interface LhResult {
  perf: number;
  a11y: number;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  a11yFails: string[];
}

interface LhReport {
  runtimeError?: { code: string };
  categories: Record<'performance' | 'accessibility', { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; score: number | null; numericValue?: number }>;
}

/** The CLI's default mobile preset with simulated throttling, performance + accessibility. */
export function lighthouse(url: string, outFile: string, warn: (m: string) => void): Promise<LhResult | null> {
  const chromeFlags = [...FLAGS, `--host-resolver-rules="${RESOLVER}"`].join(' ');
  const args = [CLI, url, '--only-categories=performance,accessibility', '--output=json',
    `--output-path=${outFile}`, `--chrome-flags=${chromeFlags}`, '--quiet'];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 240000, maxBuffer: 1 << 26 }, (err, _out, stderr) => {
      if (err) {
        warn(`lighthouse ${url}: ${String(stderr || err).slice(0, 300)}`);
        resolve(null);
        return;
      }
      try {
        const j = JSON.parse(readFileSync(outFile, 'utf8')) as LhReport;
        if (j.runtimeError) warn(`lighthouse ${url}: ${j.runtimeError.code}`);
        const num = (k: string) => j.audits[k]?.numericValue ?? null;
        const weighted = new Set(j.categories.accessibility.auditRefs.filter((r) => r.weight > 0).map((r) => r.id));
        resolve({
          perf: Math.round(j.categories.performance.score * 100),
          a11y: Math.round(j.categories.accessibility.score * 100),
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          a11yFails: Object.values(j.audits).filter((a) => weighted.has(a.id) && a.score === 0).map((a) => a.id),
        });
      } catch (e) {
        warn(`lighthouse ${url}: ${(e as Error).message}`);
        resolve(null);
      }
    });
  });
}
