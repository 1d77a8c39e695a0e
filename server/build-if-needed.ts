import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the deck is built from: a change to any of these makes dist/ stale. */
const SOURCES = ['slides', 'src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function distIsStale(root: string, dist: string): boolean {
  let built: number;
  try {
    built = statSync(join(dist, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newest(join(root, source)) > built);
}

/** Runs the project's own build (type-check, then vite build); throws if it fails. */
export function buildDeck(root: string, dist: string): void {
  const run = (args: string[]): void => {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`the build failed (${args.slice(1).join(' ')}); fix the error above and start again`);
  };
  run([join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
  run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist]);
}
