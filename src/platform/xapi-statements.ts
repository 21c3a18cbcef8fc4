/**
 * The xAPI 1.0.3 statements the game sends to a learning record store: starting (or resuming) the
 * assignment, each decision (which option, in which phase and quarter), each written reflection
 * answer, and completion with the value triad. Ids and timestamps are given by the caller, so a
 * statement re-sent after a network failure is the same statement (the store recognises its id).
 */
import type { DecisionRecord } from './decision-ids';
import type { XapiActor } from './launch';

const NL = 'nl-NL';
const verb = (name: string, display: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { [NL]: display },
});
export const VERBS = {
  initialized: verb('initialized', 'begon aan'),
  resumed: verb('resumed', 'ging verder met'),
  answered: verb('answered', 'koos'),
  responded: verb('responded', 'beantwoordde'),
  completed: verb('completed', 'rondde af'),
} as const;

/** Extension keys (IRIs) for what xAPI has no field of its own for. */
export const EXT = {
  phase: 'urn:koers:xapi:fase',
  quarter: 'urn:koers:xapi:kwartaal',
  sessionCode: 'urn:koers:xapi:sessiecode',
  triad: 'urn:koers:xapi:waardendriehoek',
  resultCode: 'urn:koers:xapi:resultaatcode',
} as const;

export interface XapiContext {
  actor: XapiActor;
  /** The assignment as an activity: the launch's activity_id or one named after scenario and length. */
  activity: { id: string; name: string };
  registration?: string;
  sessionCode: number;
}

export interface Stamp {
  id: string;
  timestamp: string;
}

export type Statement = ReturnType<typeof statement>;

function statement(
  c: XapiContext,
  s: Stamp,
  v: (typeof VERBS)[keyof typeof VERBS],
  object: { id: string; definition: Record<string, unknown> },
  result?: Record<string, unknown>,
  extensions: Record<string, unknown> = {},
) {
  const isGame = object.id === c.activity.id;
  return {
    id: s.id,
    timestamp: s.timestamp,
    actor: { objectType: 'Agent' as const, ...c.actor },
    verb: v,
    object: { objectType: 'Activity' as const, ...object },
    ...(result ? { result } : {}),
    context: {
      ...(c.registration ? { registration: c.registration } : {}),
      language: NL,
      ...(isGame ? {} : { contextActivities: { parent: [{ objectType: 'Activity' as const, id: c.activity.id }] } }),
      extensions: { [EXT.sessionCode]: c.sessionCode, ...extensions },
    },
  };
}

const game = (c: XapiContext) => ({
  id: c.activity.id,
  definition: {
    name: { [NL]: c.activity.name },
    type: 'http://adlnet.gov/expapi/activities/simulation',
  },
});

export const started = (c: XapiContext, s: Stamp, resumed: boolean) =>
  statement(c, s, resumed ? VERBS.resumed : VERBS.initialized, game(c));

export const decided = (c: XapiContext, s: Stamp, d: DecisionRecord) =>
  statement(
    c,
    s,
    VERBS.answered,
    {
      id: `${c.activity.id}/beslissing/${d.id}`,
      definition: {
        name: { [NL]: d.label },
        description: { [NL]: d.detail },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
      },
    },
    { response: d.response },
    { [EXT.phase]: d.phase, [EXT.quarter]: d.quarter },
  );

export const reflected = (c: XapiContext, s: Stamp, index: number, question: string, answer: string) =>
  statement(
    c,
    s,
    VERBS.responded,
    {
      id: `${c.activity.id}/reflectie/${index + 1}`,
      definition: {
        name: { [NL]: `Reflectievraag ${index + 1}` },
        description: { [NL]: question },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'long-fill-in',
      },
    },
    { response: answer },
  );

export type Triad = Record<'client' | 'medewerker' | 'organisatie', number>;

/** Completion with the value triad (0–100 each); a score only when the package reports one. */
export const completed = (c: XapiContext, s: Stamp, triad: Triad, code: string, score: boolean) => {
  const mean = (triad.client + triad.medewerker + triad.organisatie) / 3;
  return statement(c, s, VERBS.completed, game(c), {
    completion: true,
    ...(score ? { score: { scaled: Math.round(mean) / 100, raw: Math.round(mean), min: 0, max: 100 } } : {}),
    extensions: { [EXT.triad]: triad, [EXT.resultCode]: code },
  });
};
