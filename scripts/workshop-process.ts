import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { stopProcessGroup } from './process-group.ts';

/** A port free on 127.0.0.1 right now, for a server a test or bench starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `npm run workshop` as a child process in its own process group, with its printed links. */
export interface WorkshopProcess {
  child: ChildProcess;
  origin: string;
  presenterLink: string;
  joinLink: string;
  /** The presenter key, from the presenter link. */
  key: string;
  output(): string;
  /** Stops the process group; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function keyOf(presenterLink: string): string {
  return new URLSearchParams(presenterLink.split('?')[1]).get('key')!;
}

/** Waits for `pattern`'s first group in the output, or fails with the output when the process exits or time runs out. */
function printed(child: ChildProcess, output: () => string, pattern: RegExp, what: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = (): boolean => {
      const found = pattern.exec(output())?.[1];
      if (found) {
        clearTimeout(timer);
        child.off('exit', exited);
        clearInterval(poll);
        resolve(found);
      }
      return Boolean(found);
    };
    const exited = (code: number | null): void => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`the workshop process exited (code ${code}) before printing ${what}`));
    };
    const timer = setTimeout(() => {
      clearInterval(poll);
      child.off('exit', exited);
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const poll = setInterval(look, 20);
    child.once('exit', exited);
    look();
  });
}

/** Starts `server/main.ts` with `args` (and `env` on top of this process's), and waits for its links. */
export async function spawnWorkshop(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<WorkshopProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const output = () => out;
  const stop = (): Promise<number | null> => stopProcessGroup(child);
  try {
    // The join link is printed after the presenter link and the origin: once it is there, all are.
    await printed(child, output, /Join link[^:]*: (\S+)\n/, 'its links', timeoutMs);
    const presenterLink = /Presenter link[^:]*: (\S+)\n/.exec(out)![1]!;
    const joinLink = /Join link[^:]*: (\S+)\n/.exec(out)![1]!;
    const origin = /Workshop server on (\S+)/.exec(out)![1]!;
    return { child, origin, presenterLink, joinLink, key: keyOf(presenterLink), output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${out}`);
  }
}
