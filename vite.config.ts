import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { slidesPlugin } from './src/build/vite-plugin-slides.ts';

export default defineConfig({
  // Relative asset URLs plus hash routes: dist/ works from any static host and sub-path.
  base: './',
  // DECK_SLIDES_DIR (absolute, or relative to the cwd) builds another deck, e.g. the benchmark's.
  plugins: [react(), slidesPlugin({ dir: process.env.DECK_SLIDES_DIR })],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
});
