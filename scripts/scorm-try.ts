/**
 * npm run scorm:try: the packaged deck under a real SCORM runtime (scorm-again), without a
 * learning platform. Serves scorm/harness.html, the runtime, and each zip's files straight from
 * the zip under a sub-path (/course/1.2/, /course/2004/), as a platform would.
 * Build the zips first: npm run package:scorm. Port: SCORM_TRY_PORT, default 4307.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

const ROOT = path.resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

export function packageFiles(dir = path.join(ROOT, 'dist-scorm')): Record<'1.2' | '2004', string> {
  const names = readdirSync(dir);
  const find = (suffix: string) => {
    const name = names.find((n) => n.endsWith(suffix));
    if (!name) throw new Error(`no *${suffix} in ${path.relative(ROOT, dir)}/: run npm run package:scorm first`);
    return path.join(dir, name);
  };
  return { '1.2': find('-scorm12.zip'), '2004': find('-scorm2004.zip') };
}

export async function startHarness(port = 0): Promise<{ url: string; server: Server }> {
  const zips = packageFiles();
  const courses = { '1.2': unzipSync(readFileSync(zips['1.2'])), '2004': unzipSync(readFileSync(zips['2004'])) };
  const statics: Record<string, string> = {
    '/': path.join(ROOT, 'scorm/harness.html'),
    '/harness.js': path.join(ROOT, 'scorm/harness.js'),
    '/harness.css': path.join(ROOT, 'scorm/harness.css'),
    '/runtime/scorm12.js': path.join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'),
    '/runtime/scorm2004.js': path.join(ROOT, 'node_modules/scorm-again/dist/scorm2004.min.js'),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: Uint8Array | string, file = '.txt') => {
      res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    const file = statics[url.pathname];
    if (file) return send(200, readFileSync(file), file);
    const m = /^\/course\/(1\.2|2004)\/(.+)$/.exec(url.pathname);
    const body = m ? courses[m[1] as '1.2' | '2004'][decodeURIComponent(m[2]!)] : undefined;
    if (body) return send(200, body, m![2]!);
    send(404, 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startHarness(Number(process.env.SCORM_TRY_PORT ?? 4307));
  console.log(`SCORM harness: ${url} (1.2) and ${url}?edition=2004. Ctrl+C stops it.`);
}
