import { createHashRouter } from 'react-router';
import { routes } from './routes.tsx';

// Hash routes: dist/ works from any static host and sub-path, and every address is index.html.
export const router = createHashRouter(routes);
