import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { slidesPlugin } from './src/build/vite-plugin-slides.ts';

export default defineConfig({
  // Relative asset URLs plus hash routes: dist/ works from any static host and sub-path.
  base: './',
  plugins: [react(), slidesPlugin()],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
});
