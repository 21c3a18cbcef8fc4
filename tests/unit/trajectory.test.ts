/**
 * The trajectory machine, driven through createGame on the real scenario with small, explicit
 * event sequences: the order of the phases, the guards, plan approval, the quarters, the
 * inspection, the interim evaluation and the epilogue.
 */
import { describe, expect, it } from 'vitest';
import type { Dialogue, Game } from '../../src/game/game';
import { createGame } from '../../src/game/game';
import type { PlayerEvent } from '../../src/machines/events';
import { epilogueValues } from '../../src/sim/rules';
import { bundle, wholeDeck } from './scenario';

const machine = (g: Game) => g.snapshot().machine;
const sim = (g: Game) => machine(g).context.sim;

/** Sends an event that must be accepted. */
function send(g: Game, event: PlayerEvent): void {
  expect(g.send(event), `${JSON.stringify(event)} in ${JSON.stringify(machine(g).value)}`).toBe(true);
}

/** Plays the open conversation with the given choice indices (then 0), closes it, and returns it as it ended. */
function talk(g: Game, picks: readonly number[] = []): Dialogue {
  expect(g.snapshot().dialogue, 'a conversation should be open').not.toBeNull();
  let i = 0;
  while (!g.snapshot().dialogue!.ended) send(g, { type: 'dialogue.choose', index: picks[i++] ?? 0 });
  const d = g.snapshot().dialogue!;
  expect(d.error).toBeUndefined();
  send(g, { type: 'dialogue.close' });
  return d;
}

/** Sends an event that must be refused: false, nothing logged, nothing changed. */
function refuses(g: Game, event: PlayerEvent): void {
  const before = { value: machine(g).value, sim: sim(g), log: g.log.length, dialogue: g.snapshot().dialogue };
  expect(g.send(event), `${JSON.stringify(event)} should be refused`).toBe(false);
  expect(g.log.length).toBe(before.log);
  expect(machine(g).value).toEqual(before.value);
  expect(sim(g)).toEqual(before.sim);
  expect(g.snapshot().dialogue).toEqual(before.dialogue);
}

const plan = (over: Partial<Extract<PlayerEvent, { type: 'plan.submit' }>> = {}): PlayerEvent => ({
  type: 'plan.submit',
  goals: [
    { id: 'verzuim_omlaag', level: 'ambitieus' },
    { id: 'zorgplannen_op_orde', level: 'realistisch' },
  ],
  coach: 'coach_proces',
  style: 'verhalen',
  ...over,
});

/** Intro → intake → (no scan) → diagnosis; leaves the game in plan editing. */
function toPlan(g: Game, commit: 'sign' | 'refuse' = 'sign'): void {
  talk(g);
  send(g, { type: 'intake.submit', commit, leader: 'kees_projectleider' });
  send(g, { type: 'scan.finish' });
  send(g, {
    type: 'diagnosis.submit',
    problems: ['regeldruk', 'verzuim_en_werkdruk'],
    theme: 'ruimte_voor_professionals',
  });
  expect(machine(g).hasTag('plan')).toBe(true);
}

/** Submits a plan that Herman approves at the first attempt (two goals, coach under 100 k€, milestones promised). */
function toFirstQuarter(g: Game, commit: 'sign' | 'refuse' = 'sign'): void {
  toPlan(g, commit);
  send(g, plan(commit === 'refuse' ? { coach: '' } : {}));
  const approval = talk(g, [0]);
  expect(approval.conversation.purpose).toBe('approval');
  expect(machine(g).value).toEqual({ quarter: 'event' });
}

/** Plays a quarter from wherever it is to its report: events, no agenda, nothing bought, the visit if due. */
function finishQuarter(g: Game): void {
  while (g.snapshot().dialogue) talk(g);
  send(g, { type: 'agenda.finish' });
  send(g, { type: 'budget.submit', buy: [] });
  if (g.snapshot().dialogue) {
    talk(g);
    send(g, { type: 'verdict.continue' });
  }
  send(g, { type: 'report.continue' });
}

/** The top-level phase, with the quarter number for quarters. */
function phaseOf(g: Game): string {
  const m = machine(g);
  const top = typeof m.value === 'string' ? m.value : Object.keys(m.value)[0]!;
  return top === 'quarter' ? `quarter ${m.context.sim.quarter}` : top;
}

describe('the order of the phases', () => {
  it('runs intro → intake → scan → diagnosis → plan → 3 quarters → interim → 3 quarters → borging → final → epilogue → debrief', () => {
    const g = createGame({ bundle, seed: 11 });
    const phases: string[] = [];
    const screens: string[] = [];
    const note = () => {
      const p = phaseOf(g);
      if (phases.at(-1) !== p) phases.push(p);
      const m = machine(g);
      const screen = `${p}/${[...m.tags].join('+')}`;
      if (screens.at(-1) !== screen) screens.push(screen);
    };
    g.subscribe(note);
    note();

    expect(machine(g).hasTag('dialogue')).toBe(true);
    expect(g.snapshot().dialogue?.conversation).toMatchObject({ purpose: 'intro', story: 'intro', knot: 'welkom' });
    talk(g);
    expect(machine(g).hasTag('intake')).toBe(true);
    send(g, { type: 'intake.submit', commit: 'sign', leader: 'sanne_projectleider' });
    expect(machine(g).value).toEqual({ scan: 'choosing' });
    send(g, { type: 'scan.open', source: 'data_verzuim' });
    expect(machine(g).value).toEqual({ scan: 'reading' });
    talk(g);
    send(g, { type: 'scan.finish' });
    expect(machine(g).hasTag('diagnosis')).toBe(true);
    send(g, { type: 'diagnosis.submit', problems: ['verzuim_en_werkdruk'], theme: 'bedrijfsvoering' });
    send(g, plan());
    expect(machine(g).value).toEqual({ plan: 'approval' });
    talk(g, [0]);
    for (let q = 1; q <= 3; q++) finishQuarter(g);
    expect(machine(g).value).toEqual({ interim: 'talking' });
    talk(g);
    expect(machine(g).hasTag('interim')).toBe(true);
    send(g, { type: 'interim.submit', lower: [] });
    for (let q = 4; q <= 6; q++) finishQuarter(g);
    expect(machine(g).hasTag('borging')).toBe(true);
    send(g, { type: 'borging.submit', measures: ['coach_afbouwen'] });
    expect(machine(g).hasTag('final')).toBe(true);
    send(g, { type: 'final.continue' });
    expect(g.snapshot().dialogue?.conversation).toMatchObject({ purpose: 'epilogue', story: 'epiloog' });
    talk(g);
    expect(machine(g).hasTag('debrief')).toBe(true);
    expect(machine(g).status).toBe('done');

    expect(phases).toEqual([
      'intro',
      'intake',
      'scan',
      'diagnosis',
      'plan',
      'quarter 1',
      'quarter 2',
      'quarter 3',
      'interim',
      'quarter 4',
      'quarter 5',
      'quarter 6',
      'borging',
      'final',
      'epilogue',
      'debrief',
    ]);
    // Within a quarter: events → agenda → budget → (inspector when due) → report.
    const q1 = screens.filter((s) => s.startsWith('quarter 1/'));
    expect(q1).toEqual(['quarter 1/dialogue', 'quarter 1/agenda', 'quarter 1/budget', 'quarter 1/report']);
    const q2 = screens.filter((s) => s.startsWith('quarter 2/'));
    expect(q2.slice(-5)).toEqual([
      'quarter 2/agenda',
      'quarter 2/budget',
      'quarter 2/dialogue',
      'quarter 2/verdict',
      'quarter 2/report',
    ]);
  });

  it('does not leave the debrief and accepts nothing there', () => {
    const g = createGame({ bundle, seed: 5 });
    toFirstQuarter(g);
    for (let q = 1; q <= 3; q++) finishQuarter(g);
    talk(g);
    send(g, { type: 'interim.submit', lower: [] });
    for (let q = 4; q <= 6; q++) finishQuarter(g);
    send(g, { type: 'borging.submit', measures: [] });
    send(g, { type: 'final.continue' });
    talk(g);
    expect(machine(g).hasTag('debrief')).toBe(true);
    refuses(g, { type: 'final.continue' });
    refuses(g, { type: 'report.continue' });
    refuses(g, { type: 'dialogue.close' });
  });
});

describe('guards refuse invalid moves (false, nothing logged, nothing changed)', () => {
  it('intake: an unknown project leader', () => {
    const g = createGame({ bundle, seed: 1 });
    talk(g);
    refuses(g, { type: 'intake.submit', commit: 'sign', leader: 'niemand' });
    send(g, { type: 'intake.submit', commit: 'sign', leader: 'externe_projectleider' });
    expect(sim(g).picks.leader).toBe('externe_projectleider');
  });

  it('scan: a source that needs more hours than are left, or one opened before', () => {
    const g = createGame({ bundle, seed: 1 });
    talk(g);
    send(g, { type: 'intake.submit', commit: 'sign', leader: 'sanne_projectleider' });
    expect(sim(g).scanHoursLeft).toBe(40);
    for (const source of ['interview_ruud', 'interview_ans', 'interview_kees', 'data_verzuim', 'data_incidenten']) {
      send(g, { type: 'scan.open', source });
      talk(g);
    }
    expect(sim(g).scanHoursLeft).toBe(12);
    refuses(g, { type: 'scan.open', source: 'interview_ruud' }); // 6 hours would fit, but it was opened
    refuses(g, { type: 'scan.open', source: 'bestaat_niet' });
    send(g, { type: 'scan.open', source: 'data_regelinventaris' }); // 7 hours
    talk(g);
    expect(sim(g).scanHoursLeft).toBe(5);
    refuses(g, { type: 'scan.open', source: 'rondgang_meerkoet' }); // 6 > 5
    refuses(g, { type: 'scan.open', source: 'data_zorgplannen' }); // 8 > 5
    send(g, { type: 'scan.open', source: 'interview_sanne' }); // 4 ≤ 5
    talk(g);
    expect(sim(g).scanHoursLeft).toBe(1);
  });

  it('diagnosis: too many, no, duplicate or unknown problems, or an unknown theme', () => {
    const g = createGame({ bundle, seed: 1 });
    talk(g);
    send(g, { type: 'intake.submit', commit: 'sign', leader: 'sanne_projectleider' });
    send(g, { type: 'scan.finish' });
    const theme = 'welzijn';
    expect(bundle.scan.maxProblems).toBe(3);
    refuses(g, {
      type: 'diagnosis.submit',
      problems: ['regeldruk', 'verzuim_en_werkdruk', 'families_buitenspel', 'onbenut_talent'],
      theme,
    });
    refuses(g, { type: 'diagnosis.submit', problems: [], theme });
    refuses(g, { type: 'diagnosis.submit', problems: ['regeldruk', 'regeldruk'], theme });
    refuses(g, { type: 'diagnosis.submit', problems: ['geen_probleem'], theme });
    refuses(g, { type: 'diagnosis.submit', problems: ['regeldruk'], theme: 'geen_thema' });
    send(g, { type: 'diagnosis.submit', problems: ['regeldruk', 'verzuim_en_werkdruk', 'families_buitenspel'], theme });
    expect(sim(g).diagnosis).toEqual({ problems: ['regeldruk', 'verzuim_en_werkdruk', 'families_buitenspel'], theme });
  });

  it('plan: no goals, too many, unknown level, unknown coach or style', () => {
    const g = createGame({ bundle, seed: 1 });
    toPlan(g);
    refuses(g, plan({ goals: [] }));
    refuses(g, plan({ coach: 'coach_onbekend' }));
    refuses(g, plan({ coach: '' })); // the commitment was signed: a programme coach is required
    refuses(g, plan({ style: 'powerpoint' }));
    refuses(g, plan({ goals: [{ id: 'verzuim_omlaag', level: 'onhaalbaar' }] }));
    refuses(g, plan({ goals: bundle.plan.goals.slice(0, 4).map((t) => ({ id: t.id, level: t.levels[0]!.id })) }));
    refuses(
      g,
      plan({
        goals: [
          { id: 'verzuim_omlaag', level: 'realistisch' },
          { id: 'verzuim_omlaag', level: 'ambitieus' },
        ],
      }),
    );
    expect(sim(g).attempts.plan).toBeUndefined();
    send(g, plan());
    expect(sim(g).attempts.plan).toBe(1);
  });

  it('agenda: no slots left, an item whose condition does not hold, or the same item twice', () => {
    const g = createGame({ bundle, seed: 1 });
    toFirstQuarter(g);
    while (g.snapshot().dialogue) talk(g);
    expect(machine(g).hasTag('agenda')).toBe(true);
    expect(machine(g).context.agendaLeft).toBe(bundle.scenario.agendaSlots);
    refuses(g, { type: 'agenda.open', item: 'gesprek_herman' }); // when: quarter >= 2
    refuses(g, { type: 'agenda.open', item: 'geen_afspraak' });
    send(g, { type: 'agenda.open', item: 'gesprek_ingrid' });
    talk(g);
    refuses(g, { type: 'agenda.open', item: 'gesprek_ingrid' }); // once per quarter
    send(g, { type: 'agenda.open', item: 'werkbezoek_meerkoet' });
    talk(g);
    expect(machine(g).context.agendaLeft).toBe(0);
    refuses(g, { type: 'agenda.open', item: 'gesprek_dennis' }); // open, but no slot left
    expect(machine(g).context.agendaDone).toEqual(['gesprek_ingrid', 'werkbezoek_meerkoet']);
  });

  it('budget: over budget, an excluded pair, an unmet requirement, unknown or duplicate ids', () => {
    const g = createGame({ bundle: wholeDeck, seed: 1 });
    toFirstQuarter(g);
    while (g.snapshot().dialogue) talk(g);
    send(g, { type: 'agenda.finish' });
    expect(machine(g).hasTag('budget')).toBe(true);
    const budget = sim(g).budget;
    const cost = (ids: string[]) =>
      ids.reduce((a, id) => a + bundle.interventions.interventions.find((i) => i.id === id)!.cost, 0);
    const tooMuch = ['zelforganisatie_bigbang', 'scheiden_wonen_zorg', 'ecd_koppeling', 'lean_processen'];
    expect(cost(tooMuch)).toBeGreaterThan(budget);
    refuses(g, { type: 'budget.submit', buy: tooMuch });
    refuses(g, { type: 'budget.submit', buy: ['zelforganisatie_pilot', 'zelforganisatie_bigbang'] });
    refuses(g, { type: 'budget.submit', buy: ['beeldbellen'] }); // requires bought.ecd_koppeling
    refuses(g, { type: 'budget.submit', buy: ['ecd_koppeling', 'beeldbellen'] }); // not yet bought at the start
    refuses(g, { type: 'budget.submit', buy: ['wondermiddel'] });
    refuses(g, { type: 'budget.submit', buy: ['vrijwilligers', 'vrijwilligers'] });
    send(g, { type: 'budget.submit', buy: ['ecd_koppeling', 'vrijwilligers'] });
    expect(sim(g).budget).toBe(budget - cost(['ecd_koppeling', 'vrijwilligers']));
    expect(sim(g).bought).toEqual({ ecd_koppeling: 1, vrijwilligers: 1 });
  });

  it('interim: a goal that is not in the plan; borging: more measures than allowed', () => {
    const g = createGame({ bundle, seed: 1 });
    toFirstQuarter(g);
    for (let q = 1; q <= 3; q++) finishQuarter(g);
    talk(g);
    refuses(g, { type: 'interim.submit', lower: ['wachttijd_korter'] });
    send(g, { type: 'interim.submit', lower: [] });
    for (let q = 4; q <= 6; q++) finishQuarter(g);
    expect(bundle.plan.maxBorging).toBe(2);
    refuses(g, { type: 'borging.submit', measures: ['coach_afbouwen', 'routines_in_pdca', 'ambassadeursnetwerk'] });
    refuses(g, { type: 'borging.submit', measures: ['coach_afbouwen', 'coach_afbouwen'] });
    refuses(g, { type: 'borging.submit', measures: ['alles_blijft'] });
    const borging = sim(g).values.borging!;
    send(g, { type: 'borging.submit', measures: ['coach_afbouwen', 'routines_in_pdca'] });
    expect(sim(g).values.borging).toBeCloseTo(Math.min(100, borging + 10 + 12), 6);
  });

  it('refuses phase events that belong elsewhere, and player moves while a conversation is open', () => {
    const g = createGame({ bundle, seed: 1 });
    refuses(g, { type: 'intake.submit', commit: 'sign', leader: 'sanne_projectleider' }); // intro still open
    refuses(g, { type: 'dialogue.close' }); // not ended yet
    refuses(g, { type: 'dialogue.choose', index: 7 });
    talk(g);
    refuses(g, { type: 'scan.finish' });
    refuses(g, { type: 'budget.submit', buy: [] });
    refuses(g, { type: 'dialogue.choose', index: 0 }); // no conversation
  });
});

describe('plan approval', () => {
  it('a rejected plan returns to editing; the second submission is approved', () => {
    const g = createGame({ bundle, seed: 2 });
    toPlan(g);
    // One goal and the most expensive coach: two objections; explaining (trust ≥ 55) removes only one.
    send(g, plan({ goals: [{ id: 'verzuim_omlaag', level: 'realistisch' }], coach: 'coach_lean' }));
    const first = talk(g, [1]);
    expect(first.conversation).toMatchObject({ purpose: 'approval', story: 'herman', knot: 'goedkeuring' });
    expect(first.lines.at(-2)?.text).toContain('Zo kan ik dit niet verdedigen');
    expect(machine(g).value).toEqual({ plan: 'editing' });
    expect(sim(g).attempts.plan).toBe(1);
    expect(sim(g).quarter).toBe(0);
    // Nothing of the plan started: no coach fee, no style effects.
    expect(sim(g).ledger.some((e) => e.cause.startsWith('coach:') || e.cause.startsWith('style:'))).toBe(false);

    send(g, plan({ goals: [{ id: 'verzuim_omlaag', level: 'realistisch' }], coach: 'coach_lean' }));
    expect(sim(g).attempts.plan).toBe(2);
    const second = talk(g, [0]);
    expect(second.lines[0]?.text).toContain('herziene plan');
    expect(second.lines.at(-1)?.text).toBe('De raad keurt het plan goed.');
    expect(machine(g).value).toEqual({ quarter: 'event' });
    expect(sim(g).quarter).toBe(1);
    // The coach fee is charged once, on approval, not per submission.
    const { start, perQuarter } = bundle.scenario.changeBudget;
    const leader = bundle.plan.leaders.find((l) => l.id === 'kees_projectleider')!.cost;
    expect(sim(g).budget).toBe(
      start - leader - bundle.plan.coaches.find((c) => c.id === 'coach_lean')!.cost + perQuarter,
    );
    expect(sim(g).decisions.some((d) => d.label.startsWith('Coach: Bart Willemsen'))).toBe(true);
  });

  it('with the commitment signed, the coach fee comes off the change budget once', () => {
    const g = createGame({ bundle, seed: 3 });
    toFirstQuarter(g, 'sign');
    const { start, perQuarter } = bundle.scenario.changeBudget;
    const fee = bundle.plan.coaches.find((c) => c.id === 'coach_proces')!.cost;
    const leader = bundle.plan.leaders.find((l) => l.id === 'kees_projectleider')!.cost;
    expect(sim(g).budget).toBe(start - leader - fee + perQuarter);
    expect(sim(g).picks.coach).toBe('coach_proces');
  });

  it('refusing the commitment: the plan needs coach "", and no coach fee is charged', () => {
    const g = createGame({ bundle, seed: 3 });
    toPlan(g, 'refuse');
    expect(sim(g).picks.commit).toBe('refuse');
    const afterIntake = sim(g).budget;
    const { start, perQuarter } = bundle.scenario.changeBudget;
    const refuseCut = bundle.plan.commitment.refuse.effects.find((e) => e.target === 'budget')!.delta;
    const leader = bundle.plan.leaders.find((l) => l.id === 'kees_projectleider')!.cost;
    expect(afterIntake).toBe(start + refuseCut - leader);
    for (const c of bundle.plan.coaches) refuses(g, plan({ coach: c.id }));
    send(g, plan({ coach: '' }));
    talk(g, [0]);
    expect(machine(g).value).toEqual({ quarter: 'event' });
    expect(sim(g).budget).toBe(afterIntake + perQuarter);
    expect(sim(g).plan?.coach).toBe('');
    expect(sim(g).ledger.some((e) => e.cause.startsWith('coach:'))).toBe(false);
    expect(sim(g).decisions.some((d) => d.label.startsWith('Coach:'))).toBe(false);
  });
});

describe('the quarters', () => {
  it('counts to 6, adds perQuarter to the budget each quarter, and ticks the model once per quarter', () => {
    const g = createGame({ bundle, seed: 4 });
    toFirstQuarter(g);
    const seen: number[] = [];
    for (let q = 1; q <= 6; q++) {
      seen.push(sim(g).quarter);
      expect(machine(g).context.agendaLeft).toBe(bundle.scenario.agendaSlots);
      finishQuarter(g);
      if (q === 3) {
        expect(machine(g).value).toEqual({ interim: 'talking' });
        talk(g);
        send(g, { type: 'interim.submit', lower: [] });
      }
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sim(g).quarter).toBe(6);
    expect(machine(g).hasTag('borging')).toBe(true);
    const perQuarter = bundle.scenario.changeBudget.perQuarter;
    expect(sim(g).ledger.filter((e) => e.cause === 'kwartaalbudget')).toEqual(
      [1, 2, 3, 4, 5, 6].map((quarter) => ({ quarter, target: 'budget', delta: perQuarter, cause: 'kwartaalbudget' })),
    );
    expect(sim(g).history).toHaveLength(7); // the start and the end of every quarter
    // Every quarter drew at least one event, and each was seen in its own quarter.
    const quarters = Object.values(sim(g).seen);
    for (let q = 1; q <= 6; q++) expect(quarters).toContain(q);
  });

  it('the scheduled inspection visit happens in quarter 2 and leaves a record with a ladder level', () => {
    const g = createGame({ bundle, seed: 4 });
    toFirstQuarter(g);
    finishQuarter(g);
    expect(sim(g).inspections).toEqual([]);
    while (g.snapshot().dialogue) talk(g);
    send(g, { type: 'agenda.finish' });
    send(g, { type: 'budget.submit', buy: [] });
    expect(machine(g).value).toEqual({ quarter: 'visit' });
    expect(g.snapshot().dialogue?.conversation).toMatchObject({
      purpose: 'visit',
      story: 'inspecteur',
      knot: 'vervolgbezoek',
      ref: 'vervolgbezoek',
      who: bundle.inspection.inspector,
    });
    talk(g, [0]); // open about what is not going well
    expect(machine(g).hasTag('verdict')).toBe(true);
    const [record] = sim(g).inspections;
    expect(record).toMatchObject({ visit: 'vervolgbezoek', quarter: 2 });
    expect(record!.reasons).toContain('U was open over wat niet goed gaat en wat u eraan doet.');
    const step = [...bundle.scenario.ladder]
      .sort((a, b) => a.level - b.level)
      .find((l) => record!.score >= l.minScore)!;
    expect(record!.level).toBe(step.level);
    expect(sim(g).ladder).toBe(step.level);
    // The visit's conversation flags are spent: the next visit is a new conversation.
    expect(sim(g).flags.openheid).toBeUndefined();
    send(g, { type: 'verdict.continue' });
    expect(machine(g).hasTag('report')).toBe(true);
  });

  it('interim: lowering a goal lowers its level one step and applies adjustEffects', () => {
    const g = createGame({ bundle, seed: 6 });
    toFirstQuarter(g);
    for (let q = 1; q <= 3; q++) finishQuarter(g);
    expect(g.snapshot().dialogue?.conversation).toMatchObject({
      purpose: 'interim',
      story: 'coach',
      who: 'coach_proces',
    });
    talk(g);
    expect(sim(g).plan?.goals).toEqual([
      { id: 'verzuim_omlaag', level: 'ambitieus' },
      { id: 'zorgplannen_op_orde', level: 'realistisch' },
    ]);
    send(g, { type: 'interim.submit', lower: ['verzuim_omlaag'] });
    expect(sim(g).plan?.goals).toEqual([
      { id: 'verzuim_omlaag', level: 'realistisch' },
      { id: 'zorgplannen_op_orde', level: 'realistisch' },
    ]);
    const adjust = sim(g).ledger.filter((e) => e.cause === 'interim:verzuim_omlaag');
    expect(adjust.map(({ target, delta }) => ({ target, delta }))).toEqual(
      bundle.plan.interim.adjustEffects.map(({ target, delta }) => ({ target, delta })),
    );
    expect(sim(g).decisions.some((d) => d.label === 'Doel bijgesteld: Verzuim omlaag')).toBe(true);
    expect(sim(g).quarter).toBe(4);
  });

  it('interim: keeping the plan applies nothing', () => {
    const g = createGame({ bundle, seed: 6 });
    toFirstQuarter(g);
    for (let q = 1; q <= 3; q++) finishQuarter(g);
    talk(g);
    send(g, { type: 'interim.submit', lower: [] });
    expect(sim(g).ledger.some((e) => e.cause.startsWith('interim:'))).toBe(false);
    expect(sim(g).plan?.goals.map((x) => x.level)).toEqual(['ambitieus', 'realistisch']);
    expect(sim(g).decisions.some((d) => d.label === 'Plan ongewijzigd')).toBe(true);
  });
});

describe('the end', () => {
  it('the epilogue sets sim.epilogue from the final state, then the debrief follows', () => {
    const g = createGame({ bundle, seed: 8 });
    toFirstQuarter(g);
    for (let q = 1; q <= 3; q++) finishQuarter(g);
    talk(g);
    send(g, { type: 'interim.submit', lower: [] });
    for (let q = 4; q <= 6; q++) finishQuarter(g);
    send(g, { type: 'borging.submit', measures: ['projectleider_blijft', 'ambassadeursnetwerk'] });
    expect(machine(g).hasTag('final')).toBe(true);
    expect(sim(g).epilogue).toBeNull();
    const atFinal = sim(g);
    send(g, { type: 'final.continue' });
    expect(machine(g).value).toBe('epilogue');
    expect(sim(g).epilogue).toEqual(epilogueValues(bundle, atFinal));
    expect(sim(g).values).toEqual(atFinal.values);
    const d = talk(g);
    expect(d.conversation).toMatchObject({ purpose: 'epilogue', story: 'epiloog', knot: 'een_jaar_later' });
    expect(d.lines.length).toBeGreaterThan(2);
    expect(machine(g).value).toBe('debrief');
  });
});
