/**
 * Vitest globalSetup for the browser tests: one preview server of dist/ and one Chromium for the
 * whole run, shared by every test file. Each file connects to the browser and opens its own
 * contexts, which share no storage, cookies or service workers with other files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The game's address (with ?test) and the shared browser's endpoint for `chromium.connect`. */
    e2e: { url: string; wsEndpoint: string };
  }
}

const ROOT = join(import.meta.dirname, '..', '..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
) as string[];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ ontbreekt: draai eerst npm run build');
  const executablePath = CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium niet gevonden: installeer het met apt-get install -y chromium');
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (typeof address !== 'object' || !address) throw new Error('de preview-server heeft geen poort');
  const browser = await chromium.launchServer({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  project.provide('e2e', { url: `http://127.0.0.1:${address.port}/?test`, wsEndpoint: browser.wsEndpoint() });
  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
