import { defineConfig } from 'vite';
import { koersContent } from './src/content/vite-plugin';
import { koersOffline } from './src/pwa/vite-plugin';

export default defineConfig({
  base: './',
  plugins: [koersContent(), koersOffline()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
});
