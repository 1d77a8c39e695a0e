import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistSize {
  files: number;
  /** [raw, gzip level 6] bytes, as the shared baseline counts them. */
  all: [number, number];
  js: [number, number];
  css: [number, number];
}

export function distSize(dir: string): DistSize {
  const acc: DistSize = { files: 0, all: [0, 0], js: [0, 0], css: [0, 0] };
  const add = (pair: [number, number], raw: number, gz: number) => {
    pair[0] += raw;
    pair[1] += gz;
  };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      if (!e.isFile()) continue;
      const buf = readFileSync(p);
      const gz = gzipSync(buf).length; // zlib default, level 6
      const ext = path.extname(p).toLowerCase();
      acc.files++;
      add(acc.all, buf.length, gz);
      if (ext === '.js' || ext === '.mjs') add(acc.js, buf.length, gz);
      if (ext === '.css') add(acc.css, buf.length, gz);
    }
  };
  walk(dir);
  return acc;
}
