import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child started with `detached: true` and its whole process group (tsx, vite and the
 * like spawn children of their own, which a plain kill would leave running): SIGTERM, then
 * SIGKILL if it has not exited after `killAfterMs`. Resolves with its exit code once it exited.
 */
export function stopProcessGroup(child: ChildProcess, killAfterMs = 5000): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve(child.exitCode);
    const signal = (name: NodeJS.Signals): void => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // The group is gone already; its exit event is on the way.
      }
    };
    const timer = setTimeout(() => signal('SIGKILL'), killAfterMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    signal('SIGTERM');
  });
}
