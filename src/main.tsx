import './styles/tokens.css';
import './styles/fonts.css';
import './styles/app.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { registerServiceWorker } from './app/register-service-worker.ts';
import { router } from './app/router.tsx';
import { loadSlide } from './deck/deck-store.ts';
import { readAddress } from './deck/position-address.ts';
import { DeckProgressProvider } from './learn/deck-progress-provider.tsx';
import { earlyKeys } from './prerender/early-keys.ts';
import { TakeOver } from './prerender/take-over.tsx';

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <DeckProgressProvider>
      <RouterProvider router={router} />
    </DeckProgressProvider>
  </StrictMode>
);

// Start on the address's slide now, not after the first render asks for it.
const addressed = readAddress(location.hash);
const firstSlide = addressed ? loadSlide(addressed.slide) : null;

const early = earlyKeys();
if (container.hasAttribute('data-prerendered') && early) {
  // The prerendered slide 1 is on screen (src/prerender/first-paint.ts). The app renders over it
  // once the slide's body has arrived, so nothing blanks, and in a transition: React builds the
  // tree in short slices and swaps it in at once, instead of blocking input for one long task.
  // (A .then, not a top-level await: that would make the bundler split the entry.)
  void Promise.resolve(firstSlide).then(() => {
    const root = createRoot(container);
    startTransition(() =>
      root.render(
        <TakeOver container={container} early={early}>
          {app}
        </TakeOver>,
      ),
    );
  });
} else {
  createRoot(container).render(app);
}

registerServiceWorker();
