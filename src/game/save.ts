/**
 * Saves are the event log plus what it needs to replay: scenario, content version and fingerprint,
 * seed and length (absent: the full length, as in every save from before lengths).
 * Loading is replaying, and every outside byte is checked before it can reach the game.
 */
import { z } from 'zod';
import { type PlayerEvent, PlayerEventSchema } from '../machines/events';
import { atLength } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';
import { madeOn } from './content-match';
import { createGame, type Game } from './game';
import { cleanTeamName } from './team-name';

export const SAVE_FORMAT = 'koers-save';
export const SAVE_VERSION = 1;
const MAX_SAVE_CHARS = 512 * 1024;

const Str = z.string().max(64);
const SaveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.number().int(),
  scenario: Str,
  contentVersion: z.number().int(),
  /** The content fingerprint (sim/fingerprint.ts); saves from before fingerprints have none. */
  fingerprint: z.string().max(64).optional(),
  seed: z.number().int().min(0).max(0xffffffff),
  /** The game's length (sim/lengths.ts); absent: the scenario's full length. */
  length: Str.optional(),
  events: z.array(PlayerEventSchema).max(5000),
  /** Played as a team on one screen (the UI shows timer, votes and prompts). */
  team: z.boolean().optional(),
  /** The team's name as entered at the start (game/team-name.ts); it goes into the result code. */
  teamName: z.string().max(200).optional(),
  /** A "wat als" branch keeps the path it branched from, to compare the two. */
  basis: z.array(PlayerEventSchema).max(5000).optional(),
});
export type SaveData = z.infer<typeof SaveSchema>;

export function toSave(game: Game, basis?: Game, team = false, teamName = ''): SaveData {
  return {
    ...(team ? { team } : {}),
    ...(teamName ? { teamName } : {}),
    ...(basis ? { basis: [...basis.log] } : {}),
    ...(game.bundle.length ? { length: game.bundle.length } : {}),
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario: game.bundle.scenario.id,
    contentVersion: game.bundle.scenario.contentVersion,
    fingerprint: game.bundle.fingerprint,
    seed: game.seed,
    events: [...game.log],
  };
}

export type LoadOutcome =
  | { ok: true; game: Game; basis?: Game; team?: boolean; teamName?: string }
  | { ok: false; message: string };

/**
 * Replays a log at `length` (absent: the bundle's own); null when a step is not possible (a
 * tampered or mismatched log).
 */
export function replay(
  bundle: ScenarioBundle,
  seed: number,
  events: readonly PlayerEvent[],
  length?: string,
): Game | null {
  const game = createGame({ bundle, seed, ...(length ? { length } : {}) });
  for (const e of events) if (!game.send(e)) return null;
  return game;
}

/** Never throws: any input gives a game or a clear Dutch message. */
export function loadSave(text: unknown, bundles: (id: string) => ScenarioBundle | undefined): LoadOutcome {
  try {
    if (typeof text !== 'string' || text.length === 0) return fail('Er is geen opgeslagen spel gevonden.');
    if (text.length > MAX_SAVE_CHARS)
      return fail('Het opgeslagen spel is onleesbaar groot en kan niet worden geladen.');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return fail('Het opgeslagen spel is beschadigd (geen geldige gegevens).');
    }
    if ((raw as { format?: unknown } | null)?.format !== SAVE_FORMAT)
      return fail('Dit is geen opgeslagen spel van Koers.');
    const parsed = SaveSchema.safeParse(raw);
    if (!parsed.success) return fail('Het opgeslagen spel is beschadigd (onverwachte inhoud).');
    const save = parsed.data;
    if (save.version !== SAVE_VERSION) return fail('Dit opgeslagen spel komt uit een andere versie van Koers.');
    const bundle = bundles(save.scenario);
    if (!bundle) return fail(`Het scenario "${save.scenario}" van dit opgeslagen spel bestaat hier niet.`);
    // A log replays exactly only on the content it was played on: anything else would be another game.
    if (bundle.scenario.contentVersion !== save.contentVersion || !madeOn(bundle, save.fingerprint))
      return fail('Het scenario is sinds dit spel veranderd; het oude spel kan niet precies worden hervat.');
    const played = atLength(bundle, save.length);
    if (!played) return fail('Dit opgeslagen spel heeft een speellengte die dit scenario niet kent.');
    const game = createGame({ bundle: played, seed: save.seed });
    for (const [i, e] of save.events.entries())
      if (!game.send(e)) return fail(`Het opgeslagen spel klopt niet (stap ${i + 1} is hier niet mogelijk).`);
    const team = save.team ?? false;
    const named = save.teamName ? { teamName: cleanTeamName(save.teamName) } : {};
    if (!save.basis) return { ok: true, game, team, ...named };
    const basis = replay(played, save.seed, save.basis);
    return basis
      ? { ok: true, game, basis, team, ...named }
      : fail('Het oorspronkelijke pad van deze "wat als"-variant klopt niet.');
  } catch {
    return fail('Het opgeslagen spel kon niet worden geladen.');
  }
}

const fail = (message: string): LoadOutcome => ({ ok: false, message });
