import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the report lands inside the build folder, beside Vite's own `.vite/manifest.json`. */
export const MODULE_REPORT = '.vite/module-report.json';

export interface ModuleReportChunk {
  fileName: string;
  isEntry: boolean;
  /** Chunks this one imports statically. */
  imports: string[];
  /** Modules bundled into it: paths relative to the project root, virtual ids (`\0virtual:slide/1`) as they are. */
  moduleIds: string[];
}

/**
 * Writes which modules went into which chunk, so the byte-budget test (test/unit/bundle-budget.test.ts)
 * can check the build that `npm test` already made instead of bundling the app a second time. Paths are
 * relative, so the report names nothing of the machine that built it; the service worker does not
 * precache it (no .json in its glob).
 */
export function moduleReportPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'deck-module-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks: ModuleReportChunk[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks.push({
          fileName: out.fileName,
          isEntry: out.isEntry,
          imports: out.imports,
          moduleIds: out.moduleIds.map((id) => (path.isAbsolute(id) ? path.relative(root, id).split(path.sep).join('/') : id)),
        });
      }
      this.emitFile({ type: 'asset', fileName: MODULE_REPORT, source: `${JSON.stringify({ chunks }, null, 1)}\n` });
    },
  };
}
