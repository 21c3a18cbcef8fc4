/**
 * The trajectory: intake → scan → diagnosis → plan → three quarters → interim evaluation →
 * three quarters → borging → final evaluation → epilogue → debrief. A quarter is
 * events → agenda → budget → inspector (when due) → report.
 *
 * All model changes go through pure functions in src/sim; this machine decides only *when*.
 * State tags tell the UI which screen to show. Conversations are requested through
 * `context.conversation`; the game layer runs the ink and answers with `conversation.done`.
 */
import { assign, setup } from 'xstate';
import { boardDismisses, dismiss, reviewBoard } from '../sim/board';
import { applyEffects, initialSimState, test, tick } from '../sim/model';
import { chooseVignettes } from '../sim/people';
import { basketProblem, buy, drawEvents, dueVisit, epilogueValues, judgeVisit } from '../sim/rules';
import type { Effect, ScenarioBundle } from '../sim/schema';
import type { Decision, SimState } from '../sim/state';
import type { MachineEvent } from './events';

export type Purpose =
  | 'intro'
  | 'scan'
  | 'approval'
  | 'event'
  | 'agenda'
  | 'visit'
  | 'interim'
  | 'epilogue'
  | 'dismissal';
export interface Conversation {
  seq: number;
  purpose: Purpose;
  story: string;
  knot: string;
  title: string;
  ref: string;
  who?: string;
}
export interface TrajectoryContext {
  b: ScenarioBundle;
  sim: SimState;
  conversation: Conversation | null;
  /** How many conversations have been requested so far. */
  conversations: number;
  queue: string[];
  agendaLeft: number;
  agendaDone: string[];
  visit: string | null;
}
export interface TrajectoryInput {
  bundle: ScenarioBundle;
  seed: number;
}

const decide = (s: SimState, d: Omit<Decision, 'quarter'>): SimState => ({
  ...s,
  decisions: [...s.decisions, { quarter: s.quarter, ...d }],
});
const effects = (b: ScenarioBundle, s: SimState, list: readonly Effect[], cause: string) =>
  applyEffects(b, s, list, cause);
/** A new conversation request; `seq` only ever grows, so the game layer can tell requests apart. */
const open = (ctx: TrajectoryContext, c: Omit<Conversation, 'seq'>) => {
  const seq = ctx.conversations + 1;
  return { conversation: { ...c, seq }, conversations: seq };
};
/** A cost as an effect on the change budget, so it shows in the ledger like every other change. */
export const pay = (cost: number): Effect[] => (cost > 0 ? [{ target: 'budget', delta: -cost, lag: 0, ramp: 1 }] : []);
const bump = (s: SimState, key: string): SimState => ({
  ...s,
  attempts: { ...s.attempts, [key]: (s.attempts[key] ?? 0) + 1 },
});

export const trajectoryMachine = setup({
  types: {
    context: {} as TrajectoryContext,
    events: {} as MachineEvent,
    input: {} as TrajectoryInput,
  },
  guards: {
    validIntake: ({ context: { b }, event }) =>
      event.type === 'intake.submit' && b.plan.leaders.some((l) => l.id === event.leader),
    canOpenSource: ({ context: { b, sim }, event }) => {
      if (event.type !== 'scan.open') return false;
      const src = b.scan.sources.find((s) => s.id === event.source);
      return !!src && sim.attempts[`scan_${src.id}`] === undefined && src.hours <= sim.scanHoursLeft;
    },
    validDiagnosis: ({ context: { b }, event }) =>
      event.type === 'diagnosis.submit' &&
      event.problems.length >= 1 &&
      event.problems.length <= b.scan.maxProblems &&
      new Set(event.problems).size === event.problems.length &&
      event.problems.every((p) => b.scan.problems.some((x) => x.id === p)) &&
      b.scan.themes.some((t) => t.id === event.theme),
    validPlan: ({ context, context: { b }, event }) =>
      event.type === 'plan.submit' &&
      event.goals.length >= 1 &&
      event.goals.length <= b.plan.maxGoals &&
      new Set(event.goals.map((g) => g.id)).size === event.goals.length &&
      event.goals.every((g) => b.plan.goals.some((t) => t.id === g.id && t.levels.some((l) => l.id === g.level))) &&
      // Without the programme's commitment there is no programme coach.
      (context.sim.picks.commit === 'refuse' ? event.coach === '' : b.plan.coaches.some((c) => c.id === event.coach)) &&
      b.plan.reporting.some((r) => r.id === event.style),
    planRejected: ({ event }) => event.type === 'conversation.done' && event.outcome === 'rejected',
    hasQueuedEvent: ({ context }) => context.queue.length > 0,
    canOpenAgenda: ({ context: { b, sim, agendaLeft, agendaDone }, event }) => {
      if (event.type !== 'agenda.open' || agendaLeft < 1) return false;
      const item = b.agenda.items.find((i) => i.id === event.item);
      return !!item && isAgendaOpen(b, sim, agendaDone, item.id);
    },
    validBasket: ({ context: { b, sim }, event }) =>
      event.type === 'budget.submit' && basketProblem(b, sim, event.buy) === null,
    visitDue: ({ context: { b, sim } }) => dueVisit(b, sim) !== null,
    boardDismisses: ({ context: { b, sim } }) => boardDismisses(b, sim),
    endOfPeriodOne: ({ context: { sim } }) => sim.quarter === 3,
    endOfPeriodTwo: ({ context: { sim } }) => sim.quarter >= 6,
    validInterim: ({ context: { b, sim }, event }) =>
      event.type === 'interim.submit' &&
      new Set(event.lower).size === event.lower.length &&
      event.lower.every((id) => {
        const goal = sim.plan?.goals.find((g) => g.id === id);
        // A goal already at its most modest level cannot be lowered further.
        return !!goal && b.plan.goals.find((t) => t.id === id)?.levels[0]?.id !== goal.level;
      }),
    validBorging: ({ context: { b }, event }) =>
      event.type === 'borging.submit' &&
      event.measures.length <= b.plan.maxBorging &&
      new Set(event.measures).size === event.measures.length &&
      event.measures.every((m) => b.plan.borging.some((x) => x.id === m)),
  },
  actions: {
    applyInkCommands: assign(({ context: { b, sim, conversation }, event }) => {
      if (event.type !== 'ink.commands') return {};
      const cause = `ink:${conversation?.story ?? '?'}.${conversation?.knot ?? '?'}`;
      // Effects, flags and facts do not read each other, so one pass applies them all.
      const flags = { ...sim.flags };
      const facts = { ...sim.facts };
      const list: Effect[] = [];
      for (const c of event.commands) {
        if (c.kind === 'effect') list.push(c.effect);
        else if (c.kind === 'flag') flags[c.name] = c.on ? 1 : 0;
        else if (c.kind === 'reveal' && facts[c.fact] === undefined) facts[c.fact] = sim.quarter;
      }
      return { sim: effects(b, { ...sim, flags, facts }, list, cause) };
    }),
    recordChoice: assign(({ context: { sim, conversation }, event }) => {
      if (event.type !== 'ink.choice' || !conversation) return {};
      const phase = { event: 'gebeurtenis', visit: 'inspectie', approval: 'plan', agenda: 'gesprek' }[
        conversation.purpose as string
      ];
      if (!phase) return {};
      const d: Omit<Decision, 'quarter'> = {
        phase,
        label: conversation.title,
        detail: event.text,
        cause: `ink:${conversation.story}.${conversation.knot}`,
      };
      if (event.votes) d.votes = { options: event.options, tally: event.votes, chosen: event.index };
      return { sim: decide(sim, d) };
    }),
    openIntro: assign(({ context }) => ({
      ...open(context, {
        purpose: 'intro',
        ...context.b.scenario.intro,
        title: context.b.scenario.title,
        ref: 'intro',
      }),
    })),
    closeConversation: assign({ conversation: null }),
    applyIntake: assign(({ context: { b, sim }, event }) => {
      if (event.type !== 'intake.submit') return {};
      const commit = b.plan.commitment[event.commit];
      const leader = b.plan.leaders.find((l) => l.id === event.leader)!;
      let s: SimState = { ...sim, picks: { ...sim.picks, commit: event.commit, leader: leader.id } };
      s = effects(b, s, [...pay(commit.cost), ...commit.effects], `intake:${event.commit}`);
      s = effects(b, s, [...pay(leader.cost), ...leader.effects], `leader:${leader.id}`);
      s = decide(s, { phase: 'intake', label: commit.title, detail: commit.summary, cause: `intake:${event.commit}` });
      return {
        sim: decide(s, { phase: 'intake', label: 'Projectleider', detail: leader.title, cause: `leader:${leader.id}` }),
      };
    }),
    openSource: assign(({ context, event }) => {
      if (event.type !== 'scan.open') return {};
      const src = context.b.scan.sources.find((s) => s.id === event.source)!;
      let sim = bump({ ...context.sim, scanHoursLeft: context.sim.scanHoursLeft - src.hours }, `scan_${src.id}`);
      sim = decide(sim, { phase: 'scan', label: src.title, detail: `${src.hours} scanuren` });
      const conv: Omit<Conversation, 'seq'> = {
        purpose: 'scan',
        story: src.story,
        knot: src.knot,
        title: src.title,
        ref: src.id,
      };
      if (src.who) conv.who = src.who;
      return { sim, ...open(context, conv) };
    }),
    applyDiagnosis: assign(({ context: { b, sim }, event }) => {
      if (event.type !== 'diagnosis.submit') return {};
      const theme = b.scan.themes.find((t) => t.id === event.theme)!;
      const names = event.problems.map((p) => b.scan.problems.find((x) => x.id === p)!.title);
      let s: SimState = {
        ...sim,
        diagnosis: { problems: [...event.problems], theme: theme.id },
        picks: { ...sim.picks, theme: theme.id },
      };
      s = decide(s, { phase: 'diagnose', label: `Thema: ${theme.title}`, detail: names.join('; ') });
      return { sim: s };
    }),
    submitPlan: assign(({ context, event }) => {
      if (event.type !== 'plan.submit') return {};
      const { b } = context;
      let sim: SimState = bump(
        {
          ...context.sim,
          plan: { goals: event.goals.map((g) => ({ ...g })), coach: event.coach, style: event.style },
          picks: { ...context.sim.picks, coach: event.coach, style: event.style },
        },
        'plan',
      );
      const coach = b.plan.coaches.find((c) => c.id === event.coach);
      sim = decide(sim, {
        phase: 'plan',
        label: 'Plan van aanpak ingediend',
        detail: `${event.goals.length} doelen, ${coach ? `coach: ${coach.title}` : 'zonder programmacoach'}`,
      });
      const a = b.plan.approval;
      return {
        sim,
        ...open(context, {
          purpose: 'approval',
          story: a.story,
          knot: a.knot,
          who: a.who,
          title: 'Goedkeuring door de Raad van Toezicht',
          ref: 'approval',
        }),
      };
    }),
    startPlan: assign(({ context: { b, sim } }) => {
      const plan = sim.plan!;
      const coach = b.plan.coaches.find((c) => c.id === plan.coach);
      const style = b.plan.reporting.find((r) => r.id === plan.style)!;
      let s: SimState = sim;
      if (coach) {
        s = effects(b, s, [...pay(coach.cost), ...coach.effects], `coach:${coach.id}`);
        s = decide(s, {
          phase: 'plan',
          label: `Coach: ${coach.title}`,
          detail: coach.summary,
          cause: `coach:${coach.id}`,
        });
      }
      s = effects(b, s, [...pay(style.cost), ...style.effects], `style:${style.id}`);
      return {
        sim: decide(s, {
          phase: 'plan',
          label: `Rapportage: ${style.title}`,
          detail: style.summary,
          cause: `style:${style.id}`,
        }),
      };
    }),
    startQuarter: assign(({ context: { b, sim } }) => {
      let s: SimState = { ...sim, quarter: sim.quarter + 1, closed: false };
      s = effects(
        b,
        s,
        [{ target: 'budget', delta: b.scenario.changeBudget.perQuarter, lag: 0, ramp: 1 }],
        'kwartaalbudget',
      );
      return { sim: s, queue: drawEvents(b, s), agendaLeft: b.scenario.agendaSlots, agendaDone: [] };
    }),
    openEvent: assign(({ context }) => {
      const ev = context.b.events.events.find((e) => e.id === context.queue[0])!;
      return {
        sim: { ...context.sim, seen: { ...context.sim.seen, [ev.id]: context.sim.quarter } },
        ...open(context, { purpose: 'event', story: ev.story, knot: ev.knot, title: ev.title, ref: ev.id }),
      };
    }),
    shiftEvent: assign(({ context }) => ({ queue: context.queue.slice(1), conversation: null })),
    openAgenda: assign(({ context, event }) => {
      if (event.type !== 'agenda.open') return {};
      const item = context.b.agenda.items.find((i) => i.id === event.item)!;
      const conv: Omit<Conversation, 'seq'> = {
        purpose: 'agenda',
        story: item.story,
        knot: item.knot,
        title: item.title,
        ref: item.id,
      };
      if (item.who) conv.who = item.who;
      const sim = decide(bump(context.sim, `agenda_${item.id}`), {
        phase: item.kind === 'werkbezoek' ? 'werkbezoek' : 'gesprek',
        label: item.title,
        detail: item.kind === 'werkbezoek' ? 'Werkbezoek' : 'Gesprek op de agenda',
        cause: `ink:${item.story}.${item.knot}`,
      });
      return {
        sim,
        agendaLeft: context.agendaLeft - 1,
        agendaDone: [...context.agendaDone, item.id],
        ...open(context, conv),
      };
    }),
    buyInterventions: assign(({ context: { b, sim }, event }) =>
      event.type === 'budget.submit' ? { sim: buy(b, sim, event.buy) } : {},
    ),
    openVisit: assign(({ context }) => {
      const id = dueVisit(context.b, context.sim)!;
      const v = context.b.inspection.visits.find((x) => x.id === id)!;
      return {
        visit: id,
        ...open(context, {
          purpose: 'visit',
          story: v.story,
          knot: v.knot,
          title: v.title,
          ref: v.id,
          who: context.b.inspection.inspector,
        }),
      };
    }),
    judge: assign(({ context: { b, sim, visit } }) => ({ sim: judgeVisit(b, sim, visit!), conversation: null })),
    tickQuarter: assign(({ context: { b, sim } }) => {
      // The board reads the quarter as it stands, before its close; its verdict shows in this report.
      const next = tick(b, reviewBoard(b, sim));
      return { sim: { ...next, vignettes: { ...next.vignettes, [next.quarter]: chooseVignettes(b, next) } } };
    }),
    openInterim: assign(({ context }) => ({
      ...open(context, {
        purpose: 'interim',
        story: context.b.plan.interim.story,
        knot: context.b.plan.interim.knot,
        title: 'Tussenevaluatie',
        ref: 'interim',
        who: context.sim.plan?.coach ?? '',
      }),
    })),
    adjustPlan: assign(({ context: { b, sim }, event }) => {
      if (event.type !== 'interim.submit') return {};
      let s = sim;
      const goals = (sim.plan?.goals ?? []).map((g) => {
        if (!event.lower.includes(g.id)) return g;
        const levels = b.plan.goals.find((t) => t.id === g.id)!.levels;
        const i = levels.findIndex((l) => l.id === g.level);
        return { ...g, level: levels[Math.max(0, i - 1)]!.id };
      });
      for (const id of event.lower) {
        s = effects(b, s, b.plan.interim.adjustEffects, `interim:${id}`);
        const t = b.plan.goals.find((x) => x.id === id)!;
        s = decide(s, {
          phase: 'tussenevaluatie',
          label: `Doel bijgesteld: ${t.title}`,
          detail: 'Ambitie een stap lager',
        });
      }
      if (!event.lower.length)
        s = decide(s, { phase: 'tussenevaluatie', label: 'Plan ongewijzigd', detail: 'Doelen blijven staan' });
      return { sim: { ...s, plan: { ...sim.plan!, goals } } };
    }),
    applyBorging: assign(({ context: { b, sim }, event }) => {
      if (event.type !== 'borging.submit') return {};
      let s = sim;
      for (const id of event.measures) {
        const m = b.plan.borging.find((x) => x.id === id)!;
        s = effects(b, s, [...pay(m.cost), ...m.effects], `borging:${m.id}`);
        s = decide(s, { phase: 'borging', label: m.title, detail: m.summary, cause: `borging:${m.id}` });
      }
      if (!event.measures.length)
        s = decide(s, { phase: 'borging', label: 'Geen borgingsmaatregelen', detail: 'Resultaten niet vastgelegd' });
      return { sim: s };
    }),
    openDismissal: assign(({ context }) => {
      const d = context.b.board.dismissal!;
      return {
        sim: dismiss(context.b, context.sim),
        ...open(context, {
          purpose: 'dismissal',
          story: d.story,
          knot: d.knot,
          title: 'De Raad van Toezicht zegt het vertrouwen op',
          ref: 'dismissal',
          ...(context.b.board.chair ? { who: context.b.board.chair } : {}),
        }),
      };
    }),
    openEarlyEpilogue: assign(({ context }) => ({
      ...open(context, {
        purpose: 'epilogue',
        story: context.b.board.dismissal!.epilogue.story,
        knot: context.b.board.dismissal!.epilogue.knot,
        title: 'Een jaar later',
        ref: 'epilogue',
      }),
    })),
    openEpilogue: assign(({ context }) => ({
      sim: { ...context.sim, epilogue: epilogueValues(context.b, context.sim) },
      ...open(context, {
        purpose: 'epilogue',
        story: context.b.scenario.epilogue.story,
        knot: context.b.scenario.epilogue.knot,
        title: 'Een jaar later',
        ref: 'epilogue',
      }),
    })),
  },
}).createMachine({
  id: 'traject',
  context: ({ input }) => ({
    b: input.bundle,
    sim: initialSimState(input.bundle, input.seed),
    conversation: null,
    conversations: 0,
    queue: [],
    agendaLeft: 0,
    agendaDone: [],
    visit: null,
  }),
  on: {
    'ink.commands': { actions: 'applyInkCommands' },
    'ink.choice': { actions: 'recordChoice' },
  },
  initial: 'intro',
  states: {
    intro: {
      tags: ['dialogue'],
      entry: 'openIntro',
      on: { 'conversation.done': { target: 'intake', actions: 'closeConversation' } },
    },
    intake: {
      tags: ['intake'],
      on: { 'intake.submit': { guard: 'validIntake', target: 'scan', actions: 'applyIntake' } },
    },
    scan: {
      initial: 'choosing',
      states: {
        choosing: {
          tags: ['scan'],
          on: { 'scan.open': { guard: 'canOpenSource', target: 'reading', actions: 'openSource' } },
        },
        reading: {
          tags: ['dialogue'],
          on: { 'conversation.done': { target: 'choosing', actions: 'closeConversation' } },
        },
      },
      on: { 'scan.finish': { target: 'diagnosis' } },
    },
    diagnosis: {
      tags: ['diagnosis'],
      on: { 'diagnosis.submit': { guard: 'validDiagnosis', target: 'plan', actions: 'applyDiagnosis' } },
    },
    plan: {
      initial: 'editing',
      states: {
        editing: {
          tags: ['plan'],
          on: { 'plan.submit': { guard: 'validPlan', target: 'approval', actions: 'submitPlan' } },
        },
        approval: {
          tags: ['dialogue'],
          on: {
            'conversation.done': [
              { guard: 'planRejected', target: 'editing', actions: 'closeConversation' },
              { target: '#traject.quarter', actions: ['closeConversation', 'startPlan'] },
            ],
          },
        },
      },
    },
    quarter: {
      entry: 'startQuarter',
      initial: 'events',
      states: {
        events: {
          always: [{ guard: 'hasQueuedEvent', target: 'event' }, { target: 'agenda' }],
        },
        event: {
          tags: ['dialogue'],
          entry: 'openEvent',
          on: { 'conversation.done': { target: 'events', actions: 'shiftEvent' } },
        },
        agenda: {
          tags: ['agenda'],
          on: {
            'agenda.open': { guard: 'canOpenAgenda', target: 'talking', actions: 'openAgenda' },
            'agenda.finish': { target: 'budget' },
          },
        },
        talking: {
          tags: ['dialogue'],
          on: { 'conversation.done': { target: 'agenda', actions: 'closeConversation' } },
        },
        budget: {
          tags: ['budget'],
          on: { 'budget.submit': { guard: 'validBasket', target: 'inspection', actions: 'buyInterventions' } },
        },
        inspection: {
          always: [{ guard: 'visitDue', target: 'visit' }, { target: 'report' }],
        },
        visit: {
          tags: ['dialogue'],
          entry: 'openVisit',
          on: { 'conversation.done': { target: 'verdict', actions: 'judge' } },
        },
        verdict: {
          tags: ['verdict'],
          on: { 'verdict.continue': { target: 'report' } },
        },
        report: {
          tags: ['report'],
          entry: 'tickQuarter',
          on: { 'report.continue': { target: 'done' } },
        },
        done: { type: 'final' },
      },
      onDone: [
        { guard: 'boardDismisses', target: 'dismissal' },
        { guard: 'endOfPeriodOne', target: 'interim' },
        { guard: 'endOfPeriodTwo', target: 'borging' },
        { target: 'quarter', reenter: true },
      ],
    },
    interim: {
      initial: 'talking',
      states: {
        talking: {
          tags: ['dialogue'],
          entry: 'openInterim',
          on: { 'conversation.done': { target: 'review', actions: 'closeConversation' } },
        },
        review: {
          tags: ['interim'],
          on: { 'interim.submit': { guard: 'validInterim', target: '#traject.quarter', actions: 'adjustPlan' } },
        },
      },
    },
    borging: {
      tags: ['borging'],
      on: { 'borging.submit': { guard: 'validBorging', target: 'final', actions: 'applyBorging' } },
    },
    final: {
      tags: ['final'],
      on: { 'final.continue': { target: 'epilogue' } },
    },
    epilogue: {
      tags: ['dialogue'],
      entry: 'openEpilogue',
      on: { 'conversation.done': { target: 'debrief', actions: 'closeConversation' } },
    },
    // An early end: the board dismisses the bestuurder; its own epilogue, then the full debrief.
    dismissal: {
      tags: ['dialogue'],
      entry: 'openDismissal',
      on: { 'conversation.done': { target: 'earlyEpilogue', actions: 'closeConversation' } },
    },
    earlyEpilogue: {
      tags: ['dialogue'],
      entry: 'openEarlyEpilogue',
      on: { 'conversation.done': { target: 'debrief', actions: 'closeConversation' } },
    },
    debrief: { tags: ['debrief'], type: 'final' },
  },
});

/** Is an agenda item available now (its condition holds, and a one-off has not been held)? */
export function isAgendaOpen(
  b: ScenarioBundle,
  sim: SimState,
  doneThisQuarter: readonly string[],
  id: string,
): boolean {
  const item = b.agenda.items.find((i) => i.id === id);
  if (!item || doneThisQuarter.includes(id)) return false;
  if (item.once && sim.attempts[`agenda_${id}`] !== undefined) return false;
  return !item.when || test(b, sim, item.when);
}
