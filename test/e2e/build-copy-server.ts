import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The build the browser tests run against (E2E_DIST lets parallel work use its own). */
export const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/**
 * Serves a private copy of the build that a test may change under an open page (a redeploy),
 * with no HTTP caching, so every request sees the files as they are now.
 */
export interface BuildCopyServer {
  origin: string;
  /** The folder being served: a fresh copy of the build after each `fresh()`. */
  readonly root: string;
  fresh(): string;
  close(): Promise<void>;
}

export async function startBuildCopyServer(): Promise<BuildCopyServer> {
  let root = '';
  const server: Server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(root, rel);
    if (!root || !file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get root() {
      return root;
    },
    fresh() {
      if (root) rmSync(root, { recursive: true, force: true });
      root = mkdtempSync(path.join(os.tmpdir(), 'build-copy-'));
      cpSync(DIST, root, { recursive: true });
      return root;
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      if (root) rmSync(root, { recursive: true, force: true });
    },
  };
}
