import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child started with `detached: true` and its whole process group (tsx, vite and the
 * like spawn children of their own, which a plain kill would leave running); resolves once it exited.
 */
export function stopProcessGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}
