import { defineConfig } from 'vite';
import { koersContent } from './src/content/vite-plugin';
import { koersOffline } from './src/pwa/vite-plugin';

export default defineConfig({
  base: './',
  // The scenario this build plays: its content, validated, as `virtual:koers-scenario`.
  plugins: [koersContent({ scenario: 'het-baken' }), koersOffline()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  // The game talks to the live server on its own origin; in development that server runs beside
  // Vite (KOERS_STATIC=0 npm start, port 8080) and Vite passes its WebSocket on.
  server: { port: 5173, proxy: { '/live/socket.io': { target: 'http://localhost:8080', ws: true } } },
});
