import { Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { positionRoutePaths, type PositionMode } from '../deck/position-address.ts';
import { LearnView } from '../learn/learn-view.tsx';
import { lazyOrNewVersion } from './new-version.ts';
import { NewVersionPage } from './new-version-prompt.tsx';
import { NotFound } from './not-found.tsx';
import { PositionRoute } from './position-route.tsx';
import { SummaryRoute } from '../learn/summary-route.tsx';
import { StartPage } from './start-page.tsx';

// Workshop modes load on demand, so the learner's first load does not carry them.
const PresenterView = lazyOrNewVersion(() => import('../presenter/presenter-view.tsx').then((m) => ({ default: m.PresenterView })), NewVersionPage);
const AudienceView = lazyOrNewVersion(() => import('../presenter/audience-view.tsx').then((m) => ({ default: m.AudienceView })), NewVersionPage);
const JoinRoute = lazyOrNewVersion(() => import('../attendee/join-route.tsx').then((m) => ({ default: m.JoinRoute })), NewVersionPage);
const PrintView = lazyOrNewVersion(() => import('../print/print-view.tsx').then((m) => ({ default: m.PrintView })), NewVersionPage);

/** Both addresses of a mode (with and without the step) share one element, so a step change keeps the view. */
function positionRoutes(mode: PositionMode, element: ReactNode): RouteObject[] {
  return positionRoutePaths(mode).map((path) => ({ path, element }));
}

/** Every address of the app; the browser serves them from a hash router, the build prerenders from a memory one. */
export const routes: RouteObject[] = [
  { path: '/', element: <StartPage /> },
  ...positionRoutes('slides', <PositionRoute view={LearnView} />),
  ...positionRoutes(
    'presenter',
    <Suspense fallback={null}>
      <PositionRoute view={PresenterView} />
    </Suspense>,
  ),
  ...positionRoutes(
    'audience',
    <Suspense fallback={null}>
      <PositionRoute view={AudienceView} />
    </Suspense>,
  ),
  {
    path: '/join',
    element: (
      <Suspense fallback={null}>
        <JoinRoute />
      </Suspense>
    ),
  },
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
