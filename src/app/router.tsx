import { createHashRouter } from 'react-router';
import { LearnRoute } from './learn-view.tsx';
import { NotFound } from './not-found.tsx';
import { StartPage } from './start-page.tsx';

export const router = createHashRouter([
  { path: '/', element: <StartPage /> },
  { path: '/slides/:n', element: <LearnRoute /> },
  { path: '/slides/:n/:step', element: <LearnRoute /> },
  { path: '*', element: <NotFound /> },
]);
