/**
 * The one static server for a built deck outside the browser tests' own `vite preview`: the handout script
 * and the benches use it. It is Vite's preview() (the same server as `npm run preview` and the tests), with
 * no config file, so it serves any built folder (this app's or a peer's) as a static host would: gzip,
 * index.html for paths without a file, 127.0.0.1 only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';

export interface StaticServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`No build in ${root}: build it first (npm run build).`);
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
  });
  const address = server.httpServer.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actual}/`, close: () => server.close() };
}
