/**
 * The trajectory: intake → scan → diagnosis → plan → action period 1 → interim evaluation →
 * action period 2 → borging → final evaluation → epilogue → debrief. How many quarters each
 * period has is the game's length (sim/lengths.ts: 3 + 3 for the full trajectory). A quarter is
 * events → agenda → budget → inspector (when due) → report.
 *
 * All model changes go through pure functions in src/sim; this machine decides only *when*.
 * State tags tell the UI which screen to show. Conversations are requested through
 * `context.conversation`; the game layer runs the ink and answers with `conversation.done`.
 *
 * Over 300 lines on purpose: the statechart is one XState `setup()`, and its guards, actions and
 * states read best side by side; every rule it calls lives in src/sim.
 */
import { assertEvent, assign, setup } from 'xstate';
import { boardDismisses, dismiss } from '../sim/board';
import {
  adjustPlan,
  applyCommands,
  diagnose,
  holdAgendaItem,
  intake,
  isAgendaOpen,
  readSource,
  recordAnswer,
  secureResults,
  startPlan,
  submitPlan,
  withSupport,
} from '../sim/decisions';
import { handProblem } from '../sim/hand';
import { periodEnds } from '../sim/lengths';
import { initialSimState } from '../sim/model';
import { closeTrajectory, endQuarter, markSeen, startQuarter } from '../sim/quarter';
import { buy, dueVisit, judgeVisit } from '../sim/rules';
import { must, scenarioIndex } from '../sim/scenario-index';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import type { MachineEvent } from './events';

export { isAgendaOpen };

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

/** The cause ink's effects carry in the ledger: the conversation they were said in. */
export const inkCause = (c: Pick<Conversation, 'story' | 'knot'> | null) => `ink:${c?.story ?? '?'}.${c?.knot ?? '?'}`;
/**
 * What a step's lines set in motion belongs to the latest decision in that conversation (the
 * answer just given, or putting it on the agenda), so the Terugblik shows each decision's own
 * effects; lines of a conversation without one keep the conversation's cause.
 */
const decisionCause = (sim: SimState, base: string) => {
  const mine = `${base}#`;
  for (let i = sim.decisions.length - 1; i >= 0; i--) {
    const cause = sim.decisions[i]?.cause;
    if (cause?.startsWith(mine)) return cause;
  }
  return base;
};

/** A new conversation request; `seq` only ever grows, so the game layer can tell requests apart. */
const open = (ctx: TrajectoryContext, c: Omit<Conversation, 'seq'>) => {
  const seq = ctx.conversations + 1;
  return { conversation: { ...c, seq }, conversations: seq };
};
const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;
/** What an empty basket records when a team voted on it. */
const NO_PURCHASE = { phase: 'budget', label: 'Niets gekocht', detail: 'Het team koos dit kwartaal geen interventies' };

export const trajectoryMachine = setup({
  types: {
    context: {} as TrajectoryContext,
    events: {} as MachineEvent,
    input: {} as TrajectoryInput,
  },
  guards: {
    validIntake: ({ context: { b }, event }) => {
      assertEvent(event, 'intake.submit');
      return b.plan.leaders.some((l) => l.id === event.leader);
    },
    canOpenSource: ({ context: { b, sim }, event }) => {
      assertEvent(event, 'scan.open');
      const src = scenarioIndex(b).find('source', event.source);
      return !!src && sim.attempts[`scan_${src.id}`] === undefined && src.hours <= sim.scanHoursLeft;
    },
    validDiagnosis: ({ context: { b }, event }) => {
      assertEvent(event, 'diagnosis.submit');
      return (
        event.problems.length >= 1 &&
        event.problems.length <= b.scan.maxProblems &&
        unique(event.problems) &&
        event.problems.every((p) => b.scan.problems.some((x) => x.id === p)) &&
        b.scan.themes.some((t) => t.id === event.theme)
      );
    },
    validPlan: ({ context: { b, sim }, event }) => {
      assertEvent(event, 'plan.submit');
      return (
        event.goals.length >= 1 &&
        event.goals.length <= b.plan.maxGoals &&
        unique(event.goals.map((g) => g.id)) &&
        event.goals.every((g) => b.plan.goals.some((t) => t.id === g.id && t.levels.some((l) => l.id === g.level))) &&
        // Without the programme's commitment there is no programme coach.
        (sim.picks.commit === 'refuse' ? event.coach === '' : b.plan.coaches.some((c) => c.id === event.coach)) &&
        b.plan.reporting.some((r) => r.id === event.style)
      );
    },
    planRejected: ({ event }) => {
      assertEvent(event, 'conversation.done');
      return event.outcome === 'rejected';
    },
    hasQueuedEvent: ({ context }) => context.queue.length > 0,
    canOpenAgenda: ({ context: { b, sim, agendaLeft, agendaDone }, event }) => {
      assertEvent(event, 'agenda.open');
      return agendaLeft >= 1 && isAgendaOpen(b, sim, agendaDone, event.item);
    },
    validBasket: ({ context: { b, sim }, event }) => {
      assertEvent(event, 'budget.submit');
      return handProblem(b, sim, event.buy) === null;
    },
    visitDue: ({ context: { b, sim } }) => dueVisit(b, sim) !== null,
    boardDismisses: ({ context: { b, sim } }) => boardDismisses(b, sim),
    endOfPeriodOne: ({ context: { b, sim } }) => sim.quarter === periodEnds(b)[0],
    endOfPeriodTwo: ({ context: { b, sim } }) => sim.quarter >= periodEnds(b)[1],
    validInterim: ({ context: { b, sim }, event }) => {
      assertEvent(event, 'interim.submit');
      return (
        unique(event.lower) &&
        event.lower.every((id) => {
          const goal = sim.plan?.goals.find((g) => g.id === id);
          // A goal already at its most modest level cannot be lowered further.
          return !!goal && b.plan.goals.find((t) => t.id === id)?.levels[0]?.id !== goal.level;
        })
      );
    },
    validBorging: ({ context: { b }, event }) => {
      assertEvent(event, 'borging.submit');
      return (
        event.measures.length <= b.plan.maxBorging &&
        unique(event.measures) &&
        event.measures.every((m) => b.plan.borging.some((x) => x.id === m))
      );
    },
  },
  actions: {
    /** One step of ink: the answer given (if any), then what the lines said, in that order. */
    applyInkStep: assign(({ context: { b, sim, conversation }, event }) => {
      assertEvent(event, 'ink.step');
      const answered = event.answer && conversation ? recordAnswer(sim, conversation, event.answer) : sim;
      return { sim: applyCommands(b, answered, event.commands, decisionCause(answered, inkCause(conversation))) };
    }),
    openIntro: assign(({ context }) =>
      open(context, { purpose: 'intro', ...context.b.scenario.intro, title: context.b.scenario.title, ref: 'intro' }),
    ),
    closeConversation: assign({ conversation: null }),
    applyIntake: assign(({ context: { b, sim }, event }) => {
      assertEvent(event, 'intake.submit');
      return { sim: withSupport(intake(b, sim, event.commit, event.leader), sim.decisions.length, event.support) };
    }),
    openSource: assign(({ context, event }) => {
      assertEvent(event, 'scan.open');
      const src = scenarioIndex(context.b).get('source', event.source);
      const conv: Omit<Conversation, 'seq'> = {
        purpose: 'scan',
        story: src.story,
        knot: src.knot,
        title: src.title,
        ref: src.id,
      };
      if (src.who) conv.who = src.who;
      return { sim: readSource(context.b, context.sim, src.id), ...open(context, conv) };
    }),
    applyDiagnosis: assign(({ context: { b, sim }, event }) => {
      assertEvent(event, 'diagnosis.submit');
      const next = diagnose(b, sim, event.problems, event.theme);
      return { sim: withSupport(next, sim.decisions.length, event.support) };
    }),
    submitPlan: assign(({ context, event }) => {
      assertEvent(event, 'plan.submit');
      const a = context.b.plan.approval;
      return {
        sim: withSupport(submitPlan(context.b, context.sim, event), context.sim.decisions.length, event.support),
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
    startPlan: assign(({ context: { b, sim } }) => ({ sim: startPlan(b, sim) })),
    startQuarter: assign(({ context: { b, sim } }) => {
      const next = startQuarter(b, sim);
      return { sim: next.sim, queue: next.events, agendaLeft: b.scenario.agendaSlots, agendaDone: [] };
    }),
    openEvent: assign(({ context }) => {
      const ev = scenarioIndex(context.b).get('event', context.queue[0] ?? '');
      return {
        sim: markSeen(context.sim, ev.id),
        ...open(context, { purpose: 'event', story: ev.story, knot: ev.knot, title: ev.title, ref: ev.id }),
      };
    }),
    shiftEvent: assign(({ context }) => ({ queue: context.queue.slice(1), conversation: null })),
    openAgenda: assign(({ context, event }) => {
      assertEvent(event, 'agenda.open');
      const item = scenarioIndex(context.b).get('agendaItem', event.item);
      const conv: Omit<Conversation, 'seq'> = {
        purpose: 'agenda',
        story: item.story,
        knot: item.knot,
        title: item.title,
        ref: item.id,
      };
      if (item.who) conv.who = item.who;
      return {
        sim: holdAgendaItem(context.b, context.sim, item.id),
        agendaLeft: context.agendaLeft - 1,
        agendaDone: [...context.agendaDone, item.id],
        ...open(context, conv),
      };
    }),
    buyInterventions: assign(({ context: { b, sim }, event }) => {
      assertEvent(event, 'budget.submit');
      return { sim: withSupport(buy(b, sim, event.buy), sim.decisions.length, event.support, NO_PURCHASE) };
    }),
    openVisit: assign(({ context }) => {
      const v = scenarioIndex(context.b).get('visit', dueVisit(context.b, context.sim) ?? '');
      return {
        visit: v.id,
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
    judge: assign(({ context: { b, sim, visit } }) => ({ sim: judgeVisit(b, sim, visit ?? ''), conversation: null })),
    tickQuarter: assign(({ context: { b, sim } }) => ({ sim: endQuarter(b, sim) })),
    openInterim: assign(({ context }) =>
      open(context, {
        purpose: 'interim',
        story: context.b.plan.interim.story,
        knot: context.b.plan.interim.knot,
        title: 'Tussenevaluatie',
        ref: 'interim',
        who: context.sim.plan?.coach ?? '',
      }),
    ),
    adjustPlan: assign(({ context: { b, sim }, event }) => {
      assertEvent(event, 'interim.submit');
      return { sim: withSupport(adjustPlan(b, sim, event.lower), sim.decisions.length, event.support) };
    }),
    applyBorging: assign(({ context: { b, sim }, event }) => {
      assertEvent(event, 'borging.submit');
      const next = secureResults(b, sim, event.measures);
      return { sim: withSupport(next, sim.decisions.length, event.support) };
    }),
    openEpilogue: assign(({ context }) => ({
      sim: closeTrajectory(context.b, context.sim),
      ...open(context, {
        purpose: 'epilogue',
        story: context.b.scenario.epilogue.story,
        knot: context.b.scenario.epilogue.knot,
        title: 'Een jaar later',
        ref: 'epilogue',
      }),
    })),
    openDismissal: assign(({ context }) => {
      const d = must(context.b.board.dismissal, 'de ontslagregeling van de raad (board.dismissal)');
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
    openEarlyEpilogue: assign(({ context }) => {
      const { epilogue } = must(context.b.board.dismissal, 'de ontslagregeling van de raad (board.dismissal)');
      return open(context, {
        purpose: 'epilogue',
        story: epilogue.story,
        knot: epilogue.knot,
        title: 'Een jaar later',
        ref: 'epilogue',
      });
    }),
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
    'ink.step': { actions: 'applyInkStep' },
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
