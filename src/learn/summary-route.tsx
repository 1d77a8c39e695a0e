import { Suspense } from 'react';
import { lazyOrNewVersion } from '../app/new-version.ts';
import { NewVersionPage } from '../app/new-version-prompt.tsx';

// React.lazy rather than the router's `lazy`: a data router warns on a first load that
// lands on a lazy route without a HydrateFallback, and warnings fail the browser tests.
const SummaryPage = lazyOrNewVersion(() => import('./summary-page.tsx').then((m) => ({ default: m.SummaryPage })), NewVersionPage);

export function SummaryRoute() {
  return (
    <Suspense
      fallback={
        <main className="page" id="main">
          <p>Loading your summary…</p>
        </main>
      }
    >
      <SummaryPage />
    </Suspense>
  );
}
