import './styles/fonts.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router.tsx';
import { DeckProgressProvider } from './learn/deck-progress-provider.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DeckProgressProvider>
      <RouterProvider router={router} />
    </DeckProgressProvider>
  </StrictMode>,
);
