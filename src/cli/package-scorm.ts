/**
 * npm run package:scorm -- --length masterclass [--seed 482913] [--mode solo|team] [--score]
 * Builds the game (the npm script runs vite build first), then zips dist/ into a SCORM 1.2
 * package with the teacher's settings baked in (src/platform/package.ts). See docs/docenten.md.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { PackageSettings } from '../platform/launch';
import { buildScormPackage } from '../platform/package';
import { lengthOf, lengthsOf } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';
import { cliArgs, fail, lengthOrFail, scenarioOrFail } from './args';

const USAGE = `
Gebruik: npm run package:scorm -- [opties]

Maakt een SCORM 1.2-pakket (zip) van het gebouwde spel, om te uploaden in Moodle, Canvas,
Blackboard, itslearning of Brightspace.

  --length <id>        speellengte: masterclass of volledig (ook: full) (standaard masterclass)
  --seed <6 cijfers>   vaste sessiecode: de hele groep speelt in dezelfde wereld (standaard: ieder een eigen)
  --mode solo|team     alleen of als team rond één scherm (standaard solo)
  --score              het gemiddelde van de waardendriehoek als score doorgeven (standaard uit)
  --title <tekst>      titel in de leeromgeving
  --dist <map>         de build (standaard dist)
  --out <bestand>      het zipbestand (standaard koers-scorm-<lengte>-<modus>[-<code>].zip)
  --help               dit overzicht
`;

/** Every file under `dir`, as paths with forward slashes. */
function filesUnder(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return out;
}

export function packageSettings(
  bundle: ScenarioBundle,
  values: {
    length: string;
    seed?: string;
    mode: string;
    score: boolean;
    title?: string;
  },
): PackageSettings {
  const id = values.length === 'full' ? lengthsOf(bundle)[0].id : values.length;
  const played = lengthOrFail(bundle, id);
  if (values.mode !== 'solo' && values.mode !== 'team') fail(`--mode is solo of team, niet "${values.mode}"`);
  if (values.seed !== undefined && !/^\d{6}$/.test(values.seed))
    fail(`--seed is een sessiecode van zes cijfers, bijvoorbeeld 482913, niet "${values.seed}"`);
  const team = values.mode === 'team';
  const label = lengthOf(played).label;
  return {
    scenario: bundle.scenario.id,
    length: id,
    ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
    team,
    score: values.score,
    title: values.title ?? `Koers — ${bundle.scenario.title} (${label}${team ? ', als team' : ''})`,
  };
}

function main() {
  const values = cliArgs(USAGE, {
    length: { type: 'string', default: 'masterclass' },
    seed: { type: 'string' },
    mode: { type: 'string', default: 'solo' },
    score: { type: 'boolean', default: false },
    title: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string' },
  });
  const settings = packageSettings(scenarioOrFail('het-baken'), values);
  const dist = resolve(values.dist);
  let files: Map<string, Uint8Array>;
  try {
    files = filesUnder(dist);
  } catch {
    return fail(`De build ${dist} ontbreekt; draai eerst npm run build`);
  }
  const out = resolve(
    values.out ??
      `koers-scorm-${settings.length}-${settings.team ? 'team' : 'solo'}${values.seed ? `-${values.seed}` : ''}.zip`,
  );
  let zip: Uint8Array;
  try {
    zip = buildScormPackage(files, settings);
  } catch (e) {
    return fail(`Het pakket kon niet worden gemaakt: ${e instanceof Error ? e.message : String(e)}`);
  }
  writeFileSync(out, zip);
  console.log(
    `${out}: ${files.size} bestanden + imsmanifest.xml, ${(zip.length / 1024 / 1024).toFixed(2)} MB. "${settings.title}"${settings.seed !== undefined ? `, sessiecode ${values.seed}` : ''}${settings.score ? ', met score' : ''}.`,
  );
}

if (isMainThread && process.argv[1]?.endsWith('package-scorm.ts')) main();
