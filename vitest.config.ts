import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest 5's error reporter calls Map.groupBy, which Node 20 lacks (Node 21+ has it);
// without this a failing test crashes the reporter instead of printing the failure.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
    configurable: true,
    writable: true,
  });
}

/**
 * Three projects, so the cheap tests stop paying for isolation they do not need:
 * - unit: pure Node logic (parsers, reducers, schemas). They share workers (isolate: false): no fresh
 *   module graph per file. Only files that neither stub globals nor touch the disk or a child process.
 * - dom: components and hooks in jsdom, each file isolated (React, the DOM and storage are global state).
 * - integration: disk, child processes, the real deck and the finished build (bundle-budget reads the
 *   build `npm test` makes first), and globals stubbed per file; isolated. Also the catch-all: a test in a
 *   new folder (test/server, test/lms, …) runs here until it is known to be safe to share.
 */
const INTEGRATION = [
  'test/unit/bundle-budget.test.ts',
  'test/unit/compile-slide.test.ts',
  'test/unit/load-deck-cache.test.ts',
  'test/unit/slide-03-faithful.test.ts',
  'test/unit/progress-store.test.ts',
  'test/unit/sync-transport.test.ts',
  'test/alloy/check-alloy-cli.test.ts',
  'test/alloy/corpus.test.ts',
  'test/alloy/grammar-corpus.test.ts',
];
/** .ts files that opt into jsdom with a `// @vitest-environment jsdom` comment. */
const DOM_TS = ['test/unit/warm-slide.test.ts'];
const UNIT = ['test/unit/*.test.ts', 'test/alloy/*.test.ts', 'test/learn/*.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: [...INTEGRATION, ...DOM_TS], environment: 'node', isolate: false } },
      {
        extends: true,
        // Components that read the deck store get an empty deck; the real `virtual:deck` exists only in a Vite build.
        resolve: { alias: { 'virtual:deck': fileURLToPath(new URL('./test/fixtures/virtual-deck.ts', import.meta.url)) } },
        test: { name: 'dom', include: ['test/**/*.test.tsx', ...DOM_TS], environment: 'jsdom' },
      },
      {
        extends: true,
        test: { name: 'integration', include: [...INTEGRATION, 'test/!(unit|alloy|learn)/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
