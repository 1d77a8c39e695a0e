import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes.tsx';
import { getManifest, loadSlide } from '../deck/deck-store.ts';
import { deckSteps } from '../deck/deck-steps.ts';
import { readAddress } from '../deck/position-address.ts';
import { createMemoryProgressStore } from '../learn/memory-progress-store.ts';
import { ProgressProvider } from '../learn/progress-context.tsx';
import { setServerMediaMatches } from '../lib/use-media-query.ts';

/**
 * The build's prerender (Node, through Vite's SSR loader): the markup the app renders at `path`
 * for a first visit, with a wide or a narrow window. The browser does not hydrate it: main.tsx
 * mounts a fresh tree over it, so it only has to look right until then.
 */
export async function renderRoute(path: string, wide: boolean): Promise<string> {
  const addressed = readAddress(path);
  if (addressed) await loadSlide(addressed.slide);
  setServerMediaMatches((query) => wide && query.includes('min-width'));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // A first visit: no progress yet, and no storage notice (the build has no storage to fail).
  const steps = deckSteps(getManifest());
  const html = renderToString(
    <StrictMode>
      <ProgressProvider store={createMemoryProgressStore()} slideSteps={steps}>
        <RouterProvider router={router} />
      </ProgressProvider>
    </StrictMode>,
  );
  // The memory router writes plain paths; the browser's router is a hash router.
  return html.replace(/ href="\//g, ' href="#/');
}
