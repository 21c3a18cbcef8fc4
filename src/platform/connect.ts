/**
 * Connects a game launched by a learning platform (platform/detect.ts) in the browser: the SCORM
 * 1.2 session when the page is a package, the xAPI client when the address carries a record store,
 * and the reporter that feeds both. Leaving the page (`pagehide`, which platforms' frames let
 * through, unlike `unload`) commits and finishes. Loaded lazily, only inside a platform.
 */
import { type PackageSettings, readPackage, readXapiLaunch } from './launch';
import { Reporter } from './reporter';
import { ScormLink } from './scorm';
import { findScormApi } from './scorm-api';
import { XapiClient } from './xapi-client';

export interface Platform {
  /** The settings baked into a package; null when launched with xAPI parameters only. */
  settings: PackageSettings | null;
  reporter: Reporter;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A version-4 UUID; crypto.randomUUID exists only on https pages, platforms also serve http. */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The platform the page was launched by, or null when it carries nothing usable. */
export function connectPlatform(tell: (message: string) => void): Platform | null {
  const settings = readPackage(document);
  const launch = readXapiLaunch(location.search);
  if (!settings && !launch) return null;
  const scorm = settings
    ? ScormLink.open(findScormApi(window), {
        now: () => performance.now(),
        clock: () => {
          const d = new Date();
          return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
        },
        tell,
      })
    : null;
  const client = launch
    ? new XapiClient(launch, {
        fetch: (...a) => fetch(...a),
        storage: storage(),
        later: (f, ms) => void window.setTimeout(f, ms),
        tell,
      })
    : null;
  if (client) window.addEventListener('online', () => void client.online());
  const reporter = new Reporter({
    scorm,
    xapi:
      client && launch
        ? {
            client,
            context: {
              actor: launch.actor,
              ...(launch.registration ? { registration: launch.registration } : {}),
              activity: {
                id:
                  launch.activityId ??
                  `urn:koers:opdracht:${settings?.scenario ?? 'koers'}:${settings?.length ?? 'spel'}`,
                name: settings?.title ?? 'Koers',
              },
            },
          }
        : null,
    score: settings?.score ?? false,
    keepsGame: settings !== null,
    stamp: () => ({ id: uuid(), timestamp: new Date().toISOString() }),
  });
  window.addEventListener('pagehide', (e) => reporter.leave(!e.persisted));
  return { settings, reporter };
}
