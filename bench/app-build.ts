import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Replaces `dir` with exactly the given files. */
export function writeDeck(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

/**
 * `npx vite build` of this repo with DECK_SLIDES_DIR=deckDir into outDir, as a user would run it
 * (the peers are timed the same way: `npx slidev build`, `npx vite build`). Resolves to wall ms.
 */
export function buildApp(repo: string, deckDir: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: repo,
      env: { ...process.env, DECK_SLIDES_DIR: deckDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - t0);
      else reject(new Error(`vite build of ${deckDir} failed (${code}):\n${log.slice(-2000)}`));
    });
  });
}
