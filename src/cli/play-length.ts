/**
 * How long a game takes, by length: plays many seeds of a scripted strategy at each of the
 * scenario's lengths and counts the words shown and the decisions made. Words: each dialogue line
 * and the choices under it once, and each other screen's text once per visit, from its view model
 * (vignettes, verdicts, titles, intros, item summaries). Details one action away (effects, causes,
 * sources, trends) are counted apart as an upper bound. Minutes = words / reading speed +
 * decisions × time per decision; the Terugblik is counted apart (it is read after the game).
 */
import { createGame, type Game } from '../game/game';
import { rand, strategiesFor } from '../game/strategies';
import { lengthsOf } from '../sim/lengths';
import { gameView, screenKey } from '../view/game-view';
import { cliArgs, intOption, lengthOrFail, scenarioOrFail, strategiesOrFail } from './args';

const USAGE = `
Gebruik: npm run play:length -- [opties]

  --scenario <id>     scenario (standaard het-baken)
  --strategy <naam>   gespeelde strategie (standaard hoge-weg)
  --games <n>         aantal seeds per lengte (standaard 20)
  --wpm <n>           leessnelheid in woorden per minuut (standaard 200)
  --decision <s>      seconden per beslissing (standaard 20)
  --help              dit overzicht
`;

/** Model keys that hold ids, keys and codes rather than words on the screen. */
const NOT_TEXT = new Set([
  'id',
  'key',
  'kind',
  'ref',
  'tone',
  'spec',
  'href',
  'code',
  'icon',
  'version',
  'story',
  'knot',
  // A button's DOM id, and an agenda item's place (its name is shown in the item's meta line).
  'control',
  'where',
]);
/** Model keys for details the player opens when wanted (folded away, or behind "waarom?"). */
const DETAILS = new Set(['effects', 'causes', 'courseText', 'why', 'source', 'meta', 'trend', 'top', 'value', 'face']);
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
/** Words in a view model; with `details` false, without what sits one action away. */
function wordsIn(x: unknown, details = true): number {
  if (typeof x === 'string') return words(x);
  if (Array.isArray(x)) return x.reduce((n: number, v) => n + wordsIn(v, details), 0);
  if (x && typeof x === 'object')
    return Object.entries(x).reduce(
      (n, [k, v]) => n + (NOT_TEXT.has(k) || (!details && DETAILS.has(k)) ? 0 : wordsIn(v, details)),
      0,
    );
  return 0;
}

/** Events that are not decisions: closing a conversation, "verder" on a report or verdict. */
const NOT_DECISIONS = new Set(['dialogue.close', 'verdict.continue', 'report.continue', 'final.continue']);

interface Tally {
  play: number;
  dialogue: number;
  details: number;
  debrief: number;
  decisions: number;
  choices: number;
  quarters: number;
  dismissed: boolean;
}

function measure(game: Game, strategy: string, seed: number): Tally {
  const play = strategiesFor(game.bundle)[strategy];
  if (!play) throw new Error(strategy);
  const r = rand(seed ^ 0x5eed);
  const seen = new Set<string>();
  const t: Tally = {
    play: 0,
    dialogue: 0,
    details: 0,
    debrief: 0,
    decisions: 0,
    choices: 0,
    quarters: 0,
    dismissed: false,
  };
  const look = () => {
    const snap = game.snapshot();
    if (snap.machine.value === 'dismissal') t.dismissed = true;
    const d = snap.dialogue;
    if (d) {
      t.dialogue += d.lines.slice(d.lines.length - d.fresh).reduce((n, l) => n + words(l.text), 0);
      t.dialogue += d.ended ? 0 : wordsIn(d.choices);
      return;
    }
    const key = screenKey(snap);
    if (seen.has(key)) return;
    seen.add(key);
    const view = gameView({ bundle: game.bundle, snap, seed, team: false, viewing: false, basis: null, code: '' });
    if (snap.machine.hasTag('debrief')) t.debrief += wordsIn(view.screen);
    else {
      t.play += wordsIn(view.screen, false);
      t.details += wordsIn(view.screen) - wordsIn(view.screen, false);
    }
  };
  look();
  for (let i = 0; i < 5000 && game.snapshot().machine.status !== 'done'; i++) {
    const e = play(game, r);
    if (!game.send(e)) throw new Error(`seed ${seed}: ${e.type} geweigerd`);
    look();
  }
  const ctx = game.snapshot().machine.context;
  t.decisions = game.log.filter((e) => !NOT_DECISIONS.has(e.type)).length;
  t.choices = game.log.filter((e) => e.type === 'dialogue.choose').length;
  t.quarters = ctx.sim.quarter;
  return t;
}

const values = cliArgs(USAGE, {
  scenario: { type: 'string', default: 'het-baken' },
  strategy: { type: 'string', default: 'hoge-weg' },
  games: { type: 'string', default: '20' },
  wpm: { type: 'string', default: '200' },
  decision: { type: 'string', default: '20' },
});
const bundle = scenarioOrFail(values.scenario);
const [strategy] = strategiesOrFail(bundle, values.strategy);
const games = intOption('games', values.games, 1, 10_000);
const wpm = intOption('wpm', values.wpm, 50, 1000);
const perDecision = intOption('decision', values.decision, 1, 600);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number) => Math.round(x);

console.log(
  `${bundle.scenario.title} · strategie ${strategy} · ${games} seeds per lengte · ${wpm} woorden/min · ${perDecision} s per beslissing`,
);
console.log(
  '| Lengte | Kwartalen | Woorden te lezen (gesprekken + schermen) | Beslissingen (waarvan in gesprekken) | Minuten | Woorden in details | Woorden Terugblik |',
);
console.log('|---|---|---|---|---|---|---|');
for (const l of lengthsOf(bundle)) {
  const played = lengthOrFail(bundle, l.id);
  const ts = Array.from({ length: games }, (_, i) => {
    const seed = (1 + i * 7919) >>> 0;
    return measure(createGame({ bundle: played, seed }), strategy ?? '', seed);
  });
  const talk = mean(ts.map((t) => t.dialogue));
  const w = talk + mean(ts.map((t) => t.play));
  const d = mean(ts.map((t) => t.decisions));
  const minutes = w / wpm + (d * perDecision) / 60;
  const dismissed = ts.filter((t) => t.dismissed).length;
  console.log(
    `| ${l.label} | ${l.periods.join(' + ')} | ${round(w)} (${round(talk)} + ${round(w - talk)}) | ${round(d)} (${round(mean(ts.map((t) => t.choices)))}) | ${round(minutes)} | ${round(mean(ts.map((t) => t.details)))} | ${round(mean(ts.map((t) => t.debrief)))} |${dismissed ? ` ${dismissed} van ${games} ontslagen` : ''}`,
  );
}
