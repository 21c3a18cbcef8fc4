/**
 * npm run suspend:budget -- --games 10000 [--workers N]
 * Plays random and scripted games headless in parallel processes and measures what each would put in
 * SCORM 1.2's cmi.suspend_data (src/platform/suspend.ts): the characters, and the packed log's raw
 * bytes before compression. Exits non-zero when any game does not fit in 4,096 characters.
 * tests/unit/scorm-suspend.test.ts plays the same games (fewer, unless KOERS_SUSPEND_GAMES is set).
 */
import { availableParallelism } from 'node:os';
import { codeFingerprint } from '../game/content-match';
import { writeBody } from '../game/event-codec';
import { createGame } from '../game/game';
import { toResultCode } from '../game/result-code';
import { playToEnd, rand, type Strategy, strategiesFor } from '../game/strategies';
import { MAX_TEAM_NAME } from '../game/team-name';
import { type PlayerEvent, SUPPORTED_TYPES } from '../machines/events';
import { packSuspend, SUSPEND_LIMIT } from '../platform/suspend';
import { atLength, lengthsOf } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';
import { cliArgs, fail, intOption, scenarioOrFail } from './args';
import { inWorkers, isPoolWorker, serveWorker } from './pool';

export interface BudgetTask {
  strategy: string;
  seed: number;
  /**
   * Played as a team: votes on every conversation choice and for and against every form decision
   * (they ride along in the log), and the longest team name, in four-byte characters.
   */
  votes: boolean;
  length?: string;
}
export interface BudgetResult {
  chars: number;
  rawBytes: number;
  events: number;
}

/** A team of up to six: votes on every conversation choice, for and against every form decision. */
const voting =
  (play: Strategy): Strategy =>
  (game, r) => {
    const e = play(game, r);
    const six = () => 1 + Math.floor(r.next() * 6);
    if (SUPPORTED_TYPES.includes(e.type)) return { ...e, support: [six(), six()] } as PlayerEvent;
    const options = game.snapshot().dialogue?.choices.length ?? 0;
    if (e.type !== 'dialogue.choose' || !options) return e;
    return { ...e, votes: Array.from({ length: options }, six) };
  };

/** The longest name a team can give, in characters of four UTF-8 bytes each. */
const LONGEST_NAME = Array.from({ length: MAX_TEAM_NAME }, (_, i) => String.fromCodePoint(0x1d400 + i * 7)).join('');

/** Plays one game to its Terugblik and measures its suspend data. */
export function suspendSize(bundle: ScenarioBundle, t: BudgetTask): BudgetResult {
  const played = atLength(bundle, t.length) ?? bundle;
  const base = strategiesFor(bundle)[t.strategy];
  if (!base) throw new Error(`strategie "${t.strategy}" bestaat niet`);
  const game = playToEnd(createGame({ bundle: played, seed: t.seed }), t.votes ? voting(base) : base, rand(t.seed));
  const team = t.votes ? LONGEST_NAME : '';
  const packed = packSuspend(toResultCode(game, team), []);
  const raw = writeBody(played, {
    fingerprint: codeFingerprint(played),
    contentVersion: played.scenario.contentVersion,
    seed: game.seed,
    events: game.log,
    ...(played.length ? { length: played.length } : {}),
    ...(team ? { team } : {}),
  });
  return { chars: packed?.data.length ?? Number.POSITIVE_INFINITY, rawBytes: raw.length, events: game.log.length };
}

/**
 * `games` tasks: mostly random full-length games (half of them voting as a team), every scripted
 * strategy, and one in ten at a shorter length. Seeds are spread so no two games share one.
 */
export function budgetTasks(bundle: ScenarioBundle, games: number, first = 1): BudgetTask[] {
  const scripted = Object.keys(strategiesFor(bundle)).filter((s) => s !== 'random');
  const shorter = lengthsOf(bundle)[1]?.id;
  return Array.from({ length: games }, (_, i) => {
    const seed = (first + i * 7919) >>> 0;
    const kind = i % 10;
    const strategy = scripted[i % scripted.length];
    if (kind === 9 && shorter) return { strategy: 'random', seed, votes: i % 20 === 9, length: shorter };
    if (kind === 8 && strategy) return { strategy, seed, votes: false };
    return { strategy: 'random', seed, votes: kind % 2 === 1 };
  });
}

/**
 * The raw size at which suspend data stays under the limit even if compression gained nothing:
 * zlib's stored blocks add 5 bytes per 64 KB plus 6 of header and checksum, the CRC 4, base64url
 * 4 characters per 3 bytes, and the prefix its own.
 */
export const RAW_BOUND = Math.floor(((SUSPEND_LIMIT - 'KOERS1-'.length) * 3) / 4) - 4 - 6 - 5;

serveWorker(import.meta.url, { work: suspendSize });

async function main() {
  const values = cliArgs(
    `
Gebruik: npm run suspend:budget -- [opties]

  --games <n>     aantal spellen (standaard 10000)
  --workers <n>   aantal processen (standaard: aantal kernen)
  --help          dit overzicht
`,
    {
      games: { type: 'string', default: '10000' },
      workers: { type: 'string', default: String(availableParallelism()) },
    },
  );
  const bundle = scenarioOrFail('het-baken');
  const tasks = budgetTasks(bundle, intOption('games', values.games, 1, 1_000_000));
  const started = performance.now();
  const results = await inWorkers<BudgetTask, BudgetResult>(
    import.meta.url,
    bundle,
    tasks,
    intOption('workers', values.workers, 1, 64),
  ).catch((e: unknown) => fail(`Een spel liep vast: ${e instanceof Error ? e.message : String(e)}`));
  const max = (f: (r: BudgetResult) => number) => Math.max(...results.map(f));
  const over = results.filter((r) => r.chars > SUSPEND_LIMIT).length;
  console.log(
    `${results.length} spellen in ${((performance.now() - started) / 1000).toFixed(1)} s: suspend_data hoogstens ${max((r) => r.chars)} tekens (grens ${SUSPEND_LIMIT}), ongecomprimeerd hoogstens ${max((r) => r.rawBytes)} bytes (grens zonder compressie ${RAW_BOUND}), hoogstens ${max((r) => r.events)} stappen; ${over} te groot.`,
  );
  if (over) process.exit(1);
}

if (!isPoolWorker && process.argv[1]?.endsWith('suspend-budget.ts')) await main();
