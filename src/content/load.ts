/**
 * Builds a ScenarioBundle from a scenario folder's files (YAML data + ink), with every schema
 * and semantic problem located by file and line. Used by the Vite plugin, the CLI and tests.
 */
import { bundleFingerprint } from '../sim/fingerprint';
import { type DataFileName, dataFiles, optionalDataFiles, type ScenarioBundle } from '../sim/schema';
import { checkBundle } from './check';
import { compileInk } from './compile-ink';
import type { Problem } from './problems';
import { type Located, readYaml } from './read-yaml';

export interface LoadResult {
  bundle?: ScenarioBundle;
  problems: Problem[];
}

/** `files` maps a file name (e.g. "events.yaml", "ans.ink") to its text. `dir` prefixes file names in messages. */
export function loadScenario(dir: string, files: Readonly<Record<string, string>>): LoadResult {
  const problems: Problem[] = [];
  const data: Partial<Record<DataFileName, unknown>> = {};
  const located: Partial<Record<DataFileName, Located<unknown>>> = {};
  for (const name of Object.keys(dataFiles) as DataFileName[]) {
    const file = `${dir}/${name}.yaml`;
    const text = files[`${name}.yaml`] ?? (optionalDataFiles.includes(name) ? '{}' : undefined);
    if (text === undefined) {
      problems.push({ file, message: 'bestand ontbreekt' });
      continue;
    }
    const r = readYaml(file, text, dataFiles[name] as never);
    located[name] = r;
    problems.push(...r.problems);
    data[name] = r.data;
  }
  const stories: Record<string, string> = {};
  const inkSources: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.ink')) continue;
    const id = name.slice(0, -4);
    inkSources[id] = text;
    const r = compileInk(`${dir}/${name}`, text);
    problems.push(...r.problems);
    if (r.json) stories[id] = r.json;
  }
  if (problems.length) return { problems };
  const content = { ...(data as Omit<ScenarioBundle, 'stories' | 'fingerprint'>), stories };
  // Computed once here: saves and result codes carry it, so they never replay on other content.
  const bundle: ScenarioBundle = { ...content, fingerprint: bundleFingerprint(content) };
  const semantic = checkBundle(dir, bundle, inkSources, (name, path) => located[name]?.lineOf(path));
  return semantic.length ? { problems: semantic } : { bundle, problems: [] };
}
