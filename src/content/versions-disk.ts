/**
 * Previous versions of a scenario, kept so games and result codes made on them still replay
 * exactly after a content update: stories/<scenario>/versions/<fingerprint>.json holds the
 * compiled bundle of that version (written by `npm run content:archive`). Node-side: the Vite
 * plugin and the archive command read and write them here.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFingerprint } from '../sim/fingerprint';
import type { ScenarioBundle } from '../sim/schema';

export const VERSIONS_DIR = 'versions';
const FILE = /^([0-9a-f]{16})\.json$/;

/** The fingerprints of the archived versions in a scenario folder. */
export function archivedFingerprints(scenarioDir: string): string[] {
  const dir = join(scenarioDir, VERSIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => FILE.exec(name)?.[1])
    .filter((fp): fp is string => !!fp)
    .sort();
}

/** Reads one archived version; throws (in Dutch) when the file is not the version its name says. */
export function readArchived(scenarioDir: string, fingerprint: string): ScenarioBundle {
  const file = join(scenarioDir, VERSIONS_DIR, `${fingerprint}.json`);
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as ScenarioBundle;
  if (bundle.fingerprint !== fingerprint || bundleFingerprint(bundle) !== fingerprint)
    throw new Error(`${file}: de inhoud past niet bij de vingerafdruk in de bestandsnaam (is het bestand bewerkt?)`);
  return bundle;
}

/** Keeps this version loadable after the next content change; false when it was archived already. */
export function archive(scenarioDir: string, bundle: ScenarioBundle): boolean {
  const dir = join(scenarioDir, VERSIONS_DIR);
  const file = join(dir, `${bundle.fingerprint}.json`);
  if (existsSync(file)) return false;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  return true;
}
