/**
 * Vite plugin: at the end of a production build, emits dist/sw.js (see sw-template.ts) listing every
 * file the game needs offline — JS chunks including the lazy scenario/game chunks, CSS, fonts,
 * index.html and the public/ files (manifest, icons) — under a cache name hashed from those files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { CACHE_PREFIX, serviceWorkerSource } from './sw-template';

export const SW_FILE = 'sw.js';

/** Not worth a download on workshop Wi-Fi: the worker itself, source maps, Vite's metadata folder. */
const skipped = (file: string) => file === SW_FILE || file.endsWith('.map') || file.startsWith('.vite/');

/**
 * The precache list (sorted, relative to sw.js) and a cache name hashed from each file's name and
 * content. Same build, same name (no needless re-download); any changed byte, a new name.
 */
export function precacheManifest(outputs: ReadonlyMap<string, string | Uint8Array>): {
  files: string[];
  cacheName: string;
} {
  const names = [...outputs.keys()].filter((f) => !skipped(f)).sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(outputs.get(name)!).update('\0');
  return { files: names.map((f) => `./${f}`), cacheName: `${CACHE_PREFIX}${hash.digest('hex').slice(0, 12)}` };
}

export function koersOffline(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'koers-offline',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite's own plugins, so index.html and the CSS are already in the bundle.
      order: 'post',
      handler(_options, bundle) {
        if (config.build.ssr) return;
        const outputs = new Map<string, string | Uint8Array>();
        // public/ is copied to dist/ as-is and never passes through the bundle, so read it from disk.
        if (config.build.copyPublicDir && config.publicDir && existsSync(config.publicDir)) {
          for (const file of filesIn(config.publicDir)) {
            outputs.set(relative(config.publicDir, file).split(sep).join('/'), readFileSync(file));
          }
        }
        for (const [fileName, output] of Object.entries(bundle)) {
          outputs.set(fileName, output.type === 'chunk' ? output.code : output.source);
        }
        this.emitFile({ type: 'asset', fileName: SW_FILE, source: serviceWorkerSource(precacheManifest(outputs)) });
      },
    },
  };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesIn(path);
    return entry.isFile() && !entry.name.startsWith('.') ? [path] : [];
  });
}
