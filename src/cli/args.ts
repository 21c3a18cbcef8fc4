/**
 * Command-line arguments for every tool in src/cli: `--help` prints the usage, and an unknown
 * option or a bad value ends with one Dutch line and exit code 2, never a stack trace.
 */

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { loadScenarioById, scenarioIds } from '../content/from-disk';
import { strategiesFor } from '../game/strategies';
import { atLength, lengthsOf } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Stops the tool with a one-line message (and exit code 2). */
export function fail(message: string): never {
  console.error(`${message} (--help toont het gebruik)`);
  process.exit(2);
}

/** Parses the tool's options; prints `usage` and exits on --help. */
export function cliArgs<O extends Options>(usage: string, options: O, argv = process.argv.slice(2)) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = e instanceof Error ? (e.message.match(/'(-[^']+)'/)?.[1] ?? '') : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return fail(`Onbekende optie ${option}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return fail(`Onverwacht argument ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return fail(`Optie ${option} verwacht een waarde`);
    return fail(`Ongeldige invoer: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

/** An integer option within bounds, or a one-line failure naming the option. */
export function intOption(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min || n > max)
    fail(`--${name} moet een geheel getal van ${min} tot en met ${max} zijn, niet "${raw ?? ''}"`);
  return n;
}

/** Loads a scenario by id, or ends with a one-line message that lists the ones there are. */
export function scenarioOrFail(id: string): ScenarioBundle {
  if (!scenarioIds().includes(id.replace(/_/g, '-')))
    fail(`Onbekend scenario "${id}". Kies uit: ${scenarioIds().join(', ')}`);
  try {
    return loadScenarioById(id);
  } catch (e) {
    return fail(
      `Scenario "${id}" heeft inhoudsfouten; draai npm run content:check (${e instanceof Error ? e.message.split('\n')[0] : e})`,
    );
  }
}

/** The strategies named in a comma-separated list (or "all"); an unknown name ends the tool. */
export function strategiesOrFail(bundle: ScenarioBundle, raw: string): string[] {
  const known = Object.keys(strategiesFor(bundle));
  const names = raw === 'all' ? known : raw.split(',').map((n) => n.trim());
  for (const n of names) if (!known.includes(n)) fail(`Onbekende strategie "${n}". Kies uit: ${known.join(', ')}`);
  return names;
}

/** The scenario at a length (sim/lengths.ts; absent: the full one); an unknown length ends the tool. */
export function lengthOrFail(bundle: ScenarioBundle, id: string | undefined): ScenarioBundle {
  return (
    atLength(bundle, id) ??
    fail(
      `Onbekende lengte "${id}". Kies uit: ${lengthsOf(bundle)
        .map((l) => l.id)
        .join(', ')}`,
    )
  );
}
