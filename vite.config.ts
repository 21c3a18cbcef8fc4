import { defineConfig } from 'vite';
import { koersContent } from './src/content/vite-plugin';

export default defineConfig({
  base: './',
  plugins: [koersContent()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
});
