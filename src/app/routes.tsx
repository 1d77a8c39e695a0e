import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { LearnRoute } from '../learn/learn-view.tsx';
import { lazyOrNewVersion } from './new-version.ts';
import { NotFound } from './not-found.tsx';
import { SummaryRoute } from '../learn/summary-route.tsx';
import { StartPage } from './start-page.tsx';

// Workshop modes load on demand, so the learner's first load does not carry them.
const PresenterRoute = lazyOrNewVersion(() => import('../presenter/presenter-view.tsx').then((m) => ({ default: m.PresenterRoute })));
const AudienceRoute = lazyOrNewVersion(() => import('../presenter/audience-view.tsx').then((m) => ({ default: m.AudienceRoute })));
const PrintView = lazyOrNewVersion(() => import('../print/print-view.tsx').then((m) => ({ default: m.PrintView })));
const presenter = (
  <Suspense fallback={null}>
    <PresenterRoute />
  </Suspense>
);
const audience = (
  <Suspense fallback={null}>
    <AudienceRoute />
  </Suspense>
);

/** Every address of the app; the browser serves them from a hash router, the build prerenders from a memory one. */
export const routes: RouteObject[] = [
  { path: '/', element: <StartPage /> },
  { path: '/slides/:n', element: <LearnRoute /> },
  { path: '/slides/:n/:step', element: <LearnRoute /> },
  { path: '/presenter/:n', element: presenter },
  { path: '/presenter/:n/:step', element: presenter },
  { path: '/audience/:n', element: audience },
  { path: '/audience/:n/:step', element: audience },
  { path: '/summary', element: <SummaryRoute /> },
  {
    path: '/print',
    element: (
      <Suspense fallback={null}>
        <PrintView />
      </Suspense>
    ),
  },
  { path: '*', element: <NotFound /> },
];
