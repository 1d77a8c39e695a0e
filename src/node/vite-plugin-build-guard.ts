import type { Plugin } from 'vite';

/** The slide problems in a failed build, however the bundler wrapped them. */
function slideErrorMessage(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  const e = error as { name?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (e.name === 'SlideBuildError' && typeof e.message === 'string') return e.message;
  for (const inner of [...(Array.isArray(e.errors) ? e.errors : []), e.cause]) {
    const found = slideErrorMessage(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

type Hook = Plugin['closeBundle'];

function skipWhen(hook: Hook, failed: () => boolean): Hook {
  if (!hook) return hook;
  if (typeof hook === 'function') {
    return function (this: unknown, ...args: unknown[]) {
      if (failed()) return;
      return (hook as (...a: unknown[]) => unknown).apply(this, args);
    } as Hook;
  }
  const handler = hook.handler as (...a: unknown[]) => unknown;
  return { ...hook, handler(this: unknown, ...args: unknown[]) { return failed() ? undefined : handler.apply(this, args); } } as Hook;
}

/**
 * After a failed build, the wrapped plugins' post-build steps (the service worker's generateSW in
 * closeBundle) do not run: the bundler calls closeBundle even after buildStart threw, and the
 * service-worker step then wrote dist/sw.js and printed its own error over the slide's (issue 15).
 * A slide error is also printed once more as the very last lines, so it is never buried under a stack trace.
 */
export function guardAfterFailure(plugins: Plugin[]): Plugin[] {
  let failed = false;
  let reported = false;
  const guard: Plugin = {
    name: 'deck-build-guard',
    apply: 'build',
    buildEnd(error) {
      if (!error) return;
      failed = true;
      const message = slideErrorMessage(error);
      if (message && !reported) {
        reported = true;
        process.once('exit', () => process.stderr.write(`\n${message}\n`));
      }
    },
  };
  return [
    guard,
    ...plugins.map((p) => ({
      ...p,
      closeBundle: skipWhen(p.closeBundle, () => failed),
      // vite-plugin-pwa's buildEnd only rethrows the error, which nests the slide error one level deeper.
      buildEnd: skipWhen(p.buildEnd as Hook, () => failed) as Plugin['buildEnd'],
    })),
  ];
}
