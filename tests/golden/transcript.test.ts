/**
 * Golden ink transcripts (in the style of ink-proof): a game is driven with a fixed list of player
 * events to a real conversation, a fixed list of choices is made, and the whole transcript (lines
 * with speaker ids, the choices offered, what the conversation changed) must equal the checked-in
 * text. After an intended content change, regenerate with:
 *
 *     UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
import { join } from 'node:path';
import { golden } from './golden';
import { describe, expect, it } from 'vitest';
import { baseCause } from '../../src/game/causes';
import { createGame, type Game } from '../../src/game/game';
import type { PlayerEvent } from '../../src/machines/events';
import type { Line } from '../../src/narrative/conversation';
import { bundle } from '../unit/scenario';

const DIR = join(import.meta.dirname, 'transcripts');


const choose = (index: number): PlayerEvent => ({ type: 'dialogue.choose', index });
const close: PlayerEvent = { type: 'dialogue.close' };

/** From the start to the first agenda of quarter 1, the same for both transcripts. */
const TO_FIRST_AGENDA: PlayerEvent[] = [
  choose(0), // intro: eerst rondkijken
  close,
  { type: 'intake.submit', commit: 'sign', leader: 'sanne_projectleider' },
  { type: 'scan.finish' },
  { type: 'diagnosis.submit', problems: ['verzuim_en_werkdruk', 'regeldruk'], theme: 'ruimte_voor_professionals' },
  {
    type: 'plan.submit',
    goals: [
      { id: 'verzuim_omlaag', level: 'ambitieus' },
      { id: 'zorgplannen_op_orde', level: 'ambitieus' },
    ],
    coach: 'coach_proces',
    style: 'verhalen',
  },
  choose(0), // Herman: mijlpalen per kwartaal toezeggen
  close,
  choose(1), // aankondiging IGJ: samen met de teams eerlijk opschrijven
  close,
];

interface Case {
  name: string;
  seed: number;
  before: PlayerEvent[];
  picks: number[];
  expect: { story: string; knot: string; purpose: string };
}

const CASES: Case[] = [
  {
    name: 'ans-gesprek',
    seed: 42,
    before: [...TO_FIRST_AGENDA, { type: 'agenda.open', item: 'gesprek_ans' }],
    // Eigen regie? → Of mevrouw Jansen die vraag ook krijgt.
    picks: [1, 0],
    expect: { story: 'ans', knot: 'gesprek', purpose: 'agenda' },
  },
  {
    name: 'inspecteur-vervolgbezoek',
    seed: 42,
    before: [
      ...TO_FIRST_AGENDA,
      { type: 'agenda.finish' },
      { type: 'budget.submit', buy: ['opruimdienst'] }, // in the hand: the theme's lever
      { type: 'report.continue' },
      choose(1), // verborgen incident: samen met Ruud een veilige meldcultuur
      close,
      { type: 'agenda.finish' },
      { type: 'budget.submit', buy: [] },
    ],
    // Uitleggen waar u bewust van het kader afwijkt, en waarom.
    picks: [2],
    expect: { story: 'inspecteur', knot: 'vervolgbezoek', purpose: 'visit' },
  },
];

const signed = (n: number) => `${n > 0 ? '+' : ''}${Math.round(n * 1000) / 1000}`;
const said = (l: Line) => `${l.speaker ?? '(verteller)'}: ${l.text}`;

/** Plays the open conversation with the given choices and writes it down, with what it changed. */
function transcript(g: Game, picks: readonly number[]): string {
  const start = g.snapshot();
  const d0 = start.dialogue!;
  const conv = d0.conversation;
  const before = start.machine.context.sim;
  const out = [
    `# ${conv.title}`,
    `# ${conv.story} → ${conv.knot} · seed ${g.seed} · kwartaal ${before.quarter}`,
    '',
    ...d0.lines.map(said),
  ];
  for (const pick of picks) {
    const d = g.snapshot().dialogue!;
    out.push('', ...d.choices.map((c, i) => `  ${i + 1}. ${c}`), `> ${pick + 1}`, '');
    expect(g.send(choose(pick)), `keuze ${pick} in ${conv.knot}`).toBe(true);
    out.push(...g.snapshot().dialogue!.lines.slice(d.lines.length).map(said));
  }
  const end = g.snapshot().dialogue!;
  expect(end.ended, 'the conversation should end after the given choices').toBe(true);
  if (end.error) out.push(`!! ${end.error}`);
  out.push('-- einde', '');

  // What the conversation's tags changed, read before closing (closing a visit also judges it).
  const after = g.snapshot().machine.context.sim;
  const cause = `ink:${conv.story}.${conv.knot}`;
  out.push('# gevolgen');
  for (const e of after.ledger.slice(before.ledger.length).filter((x) => baseCause(x.cause) === cause))
    out.push(`${e.target} ${signed(e.delta)}`);
  for (const p of after.pending.filter((x) => baseCause(x.cause) === cause && !before.pending.includes(x)))
    out.push(`${p.target} ${signed(p.perQuarter)} per kwartaal, kwartaal ${p.from}–${p.to}`);
  for (const flag of new Set([...Object.keys(before.flags), ...Object.keys(after.flags)]))
    if ((before.flags[flag] ?? 0) !== (after.flags[flag] ?? 0))
      out.push(`${after.flags[flag] ? 'flag' : 'unflag'} ${flag}`);
  for (const fact of Object.keys(after.facts)) if (before.facts[fact] === undefined) out.push(`reveal ${fact}`);
  expect(g.send(close)).toBe(true);
  for (const r of g.snapshot().machine.context.sim.inspections.slice(before.inspections.length)) {
    out.push('', `# inspectie: score ${r.score}, niveau ${r.level}`, ...r.reasons.map((x) => `- ${x}`));
  }
  return `${out.join('\n')}\n`;
}

describe('golden ink transcripts', () => {
  it.each(CASES)('$name', (c) => {
    const g = createGame({ bundle, seed: c.seed });
    for (const e of c.before)
      expect(g.send(e), `${JSON.stringify(e)} in ${JSON.stringify(g.snapshot().machine.value)}`).toBe(true);
    expect(g.snapshot().dialogue?.conversation).toMatchObject(c.expect);
    golden(join(DIR, `${c.name}.txt`), transcript(g, c.picks));
  });
});
