/**
 * The SCORM 1.2 adapter against scorm-again acting as the platform (its ESM build runs in Node):
 * finding the API, initialising, saving progress with one interaction per decision, resuming
 * from suspend data in a new session, finishing; and platforms that are missing or refuse.
 */
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { type DecisionRecord, decisionRecord } from '../../src/platform/decision-ids';
import { NOT_REPORTED, ScormLink, type ScormOptions, timespan } from '../../src/platform/scorm';
import { type ApiHost, findScormApi, type Scorm12Api } from '../../src/platform/scorm-api';
import type { Decision } from '../../src/view';

type Cmi = {
  suspend_data: string;
  core: { lesson_status: string; exit: string; session_time: string; score: { raw: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; time: string }>;
};
const cmiOf = (api: Scorm12API) => (api.renderCommitCMI(true) as unknown as { cmi: Cmi }).cmi;

const records: DecisionRecord[] = (
  [
    { quarter: 0, phase: 'intake', label: 'Commitment tekenen', detail: 'U tekent', cause: 'intake:sign' },
    { quarter: 0, phase: 'scan', label: 'Gesprek met Sanne Yılmaz, verpleegkundige', detail: '4 scanuren' },
    {
      quarter: 1,
      phase: 'gesprek',
      label: 'ICT-overleg met Dennis Visser',
      detail: 'Vragen wat de vloer nodig heeft (cliënten)',
      cause: 'ink:dennis.gesprek#27',
    },
    {
      quarter: 1,
      phase: 'budget',
      label: 'Kleine wijkteams met vaste gezichten',
      detail: '80 k€',
      cause: 'iv:vaste_gezichten',
    },
  ] as Decision[]
).map(decisionRecord);

function options(at = { t: 0 }) {
  const told: string[] = [];
  const opts: ScormOptions = { now: () => at.t, clock: () => '10:11:12', tell: (m) => told.push(m) };
  return { opts, told, at };
}

describe('finding the API', () => {
  const api = new Scorm12API({ logLevel: 5 }) as unknown as Scorm12Api;
  it('on the window, a parent, or the opener and its parents; not across origins; null outside', () => {
    expect(findScormApi({ API: api })).toBe(api);
    const top: ApiHost = { API: api };
    top.parent = top;
    expect(findScormApi({ parent: { parent: top } })).toBe(api);
    expect(findScormApi({ parent: null, opener: { parent: top } })).toBe(api);
    const foreign = {
      get parent(): ApiHost {
        throw new Error('SecurityError');
      },
    };
    expect(findScormApi(foreign)).toBeNull();
    expect(findScormApi({ API: { LMSInitialize: 'nee' } })).toBeNull();
    expect(findScormApi({})).toBeNull();
  });
  it('gives up after seven parents, as the ADL script does', () => {
    let w: ApiHost = { API: api };
    for (let n = 0; n < 9; n++) w = { parent: w };
    expect(findScormApi(w)).toBeNull();
  });
});

describe('a session with scorm-again as the platform', () => {
  it('initialises, reports progress and one interaction per decision with ASCII ids, completes and finishes', () => {
    const platform = new Scorm12API({ logLevel: 5, autocommit: false });
    const { opts, told, at } = options();
    const link = ScormLink.open(platform as unknown as Scorm12Api, opts)!;
    expect(link.resume).toBe('');
    expect(cmiOf(platform).core.lesson_status).toBe('incomplete');

    link.save({ suspend: 'KOERS1-abc', decisions: records.slice(0, 2), completed: false, score: null });
    at.t = 3_723_000;
    link.save({ suspend: 'KOERS1-abcd', decisions: records, completed: false, score: null });
    let cmi = cmiOf(platform);
    expect(cmi.suspend_data).toBe('KOERS1-abcd');
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.session_time).toBe('01:02:03');
    const list = Object.values(cmi.interactions);
    expect(list.map((i) => i.id)).toEqual([
      '001-k0-intake-commitment_tekenen',
      '002-k0-scan-gesprek_met_sanne_yilmaz_verpleegkundige',
      '003-k1-gesprek-ict_overleg_met_dennis_visser',
      '004-k1-budget-kleine_wijkteams_met_vaste_gezichten',
    ]);
    expect(list.map((i) => i.student_response)).toEqual([
      'sign',
      'gesprek_met_sanne_yilmaz_verpleegkundige',
      'vragen_wat_de_vloer_nodig_heeft_clienten',
      'vaste_gezichten',
    ]);
    for (const i of list) {
      expect(i.id).toMatch(/^[\x21-\x7e]{1,255}$/);
      expect([i.type, i.result, i.time]).toEqual(['choice', 'neutral', '10:11:12']);
    }

    link.save({ suspend: 'KOERS1-done', decisions: records, completed: true, score: 64.4 });
    cmi = cmiOf(platform);
    expect(cmi.core.lesson_status).toBe('completed');
    expect(cmi.core.score.raw).toBe('64');
    expect(cmi.core.exit).toBe('');
    link.leave(true);
    expect(platform.isTerminated()).toBe(true);
    link.save({ suspend: 'KOERS1-later', decisions: records, completed: true, score: null });
    expect(told).toEqual([]);
  });

  it('resumes in a new session from the suspend data, continuing the interactions where they stopped', () => {
    const first = new Scorm12API({ logLevel: 5, autocommit: false });
    const one = ScormLink.open(first as unknown as Scorm12Api, options().opts)!;
    one.save({ suspend: 'KOERS1-half', decisions: records.slice(0, 3), completed: false, score: null });
    one.leave(true);

    // The platform hands the stored data to the next launch, as an LMS does.
    const second = new Scorm12API({ logLevel: 5, autocommit: false });
    second.loadFromJSON({ ...cmiOf(first), core: { ...cmiOf(first).core, entry: 'resume' } }, 'cmi');
    const { opts, told } = options();
    const two = ScormLink.open(second as unknown as Scorm12Api, opts)!;
    expect(two.resume).toBe('KOERS1-half');
    two.begin(3, true);
    two.save({ suspend: 'KOERS1-whole', decisions: records, completed: true, score: null });
    const cmi = cmiOf(second);
    expect(Object.values(cmi.interactions).map((i) => i.id.slice(0, 3))).toEqual(['001', '002', '003', '004']);
    expect(cmi.core.lesson_status).toBe('completed');
    expect(cmi.core.score.raw).toBe('');
    expect(told).toEqual([]);
  });

  it('a new game in the same attempt adds its interactions after those of the game before', () => {
    const platform = new Scorm12API({ logLevel: 5, autocommit: false });
    const link = ScormLink.open(platform as unknown as Scorm12Api, options().opts)!;
    link.begin(0, false);
    link.save({ suspend: 'KOERS1-a', decisions: records.slice(0, 2), completed: false, score: null });
    link.begin(0, false);
    link.save({ suspend: 'KOERS1-b', decisions: records.slice(0, 1), completed: false, score: null });
    expect(Object.values(cmiOf(platform).interactions).map((i) => i.id.slice(0, 3))).toEqual(['001', '002', '001']);
  });

  it('session time is a SCORM 1.2 timespan', () => {
    expect(timespan(0)).toBe('00:00:00');
    expect(timespan(59_999)).toBe('00:00:59');
    expect(timespan(100 * 3_600_000 + 61_000)).toBe('100:01:01');
  });
});

describe('a platform that is missing or refuses', () => {
  it('no API: told once that progress is not reported, no session', () => {
    const { opts, told } = options();
    expect(ScormLink.open(null, opts)).toBeNull();
    expect(told).toEqual([NOT_REPORTED]);
  });

  it('an API that throws on initialise: the same', () => {
    const { opts, told } = options();
    const broken = {
      LMSInitialize: () => {
        throw new Error('kapot');
      },
    } as unknown as Scorm12Api;
    expect(ScormLink.open(broken, opts)).toBeNull();
    expect(told).toEqual([NOT_REPORTED]);
  });

  it('an API that answers every write with an error: play goes on, told once, no exception', () => {
    const calls: string[] = [];
    const refusing: Scorm12Api = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'false',
      LMSGetValue: () => '',
      LMSSetValue: (k) => {
        calls.push(k);
        return 'false';
      },
      LMSCommit: () => {
        throw new Error('netwerk weg');
      },
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General exception',
      LMSGetDiagnostic: () => '',
    };
    const { opts, told } = options();
    const link = ScormLink.open(refusing, opts)!;
    for (let n = 1; n <= records.length; n++)
      link.save({ suspend: 'KOERS1-x', decisions: records.slice(0, n), completed: n === records.length, score: 50 });
    link.leave(true);
    expect(told).toEqual([NOT_REPORTED]);
    // After the first refused interaction, no more are tried.
    expect(calls.filter((k) => k.startsWith('cmi.interactions.')).length).toBe(1);
  });

  it('a platform that refuses interactions only (not implemented): progress is still saved, nobody is told', () => {
    const platform = new Scorm12API({ logLevel: 5, autocommit: false });
    const real = platform as unknown as Scorm12Api;
    const partial: Scorm12Api = {
      ...Object.fromEntries(
        [
          'LMSInitialize',
          'LMSFinish',
          'LMSGetValue',
          'LMSCommit',
          'LMSGetLastError',
          'LMSGetErrorString',
          'LMSGetDiagnostic',
        ].map((f) => [f, (a: string) => (real as unknown as Record<string, (a: string) => unknown>)[f]!(a)]),
      ),
      LMSSetValue: (k, v) => (k.startsWith('cmi.interactions.') ? 'false' : real.LMSSetValue(k, v)),
    } as Scorm12Api;
    const { opts, told } = options();
    const link = ScormLink.open(partial, opts)!;
    link.save({ suspend: 'KOERS1-y', decisions: records, completed: false, score: null });
    expect(cmiOf(platform).suspend_data).toBe('KOERS1-y');
    expect(told).toEqual([]);
  });
});
