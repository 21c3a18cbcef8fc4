/**
 * The reporter between a played game and a SCORM 1.2 platform (scorm-again): a whole game's
 * suspend data, interactions and completion; leaving and resuming in a new session at the same
 * step with the reflection answers; answers too long for the budget; a new game
 * starting with no answers; and the assignment's view model.
 */
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { fromResultCode } from '../../src/game/result-code';
import { rand, strategiesFor } from '../../src/game/strategies';
import { readPackage } from '../../src/platform/launch';
import { Reporter } from '../../src/platform/reporter';
import { ScormLink } from '../../src/platform/scorm';
import type { Scorm12Api } from '../../src/platform/scorm-api';
import { SUSPEND_LIMIT, unpackSuspend } from '../../src/platform/suspend';
import { ANSWER_MAX, assignmentView } from '../../src/view/assignment';
import { bundle } from './scenario';

type Cmi = { suspend_data: string; core: { lesson_status: string; score: { raw: string } }; interactions: object };
const cmiOf = (api: Scorm12API) => (api.renderCommitCMI(true) as unknown as { cmi: Cmi }).cmi;
const opts = { now: () => 0, clock: () => '09:00:00', tell: () => {} };
const reporterOn = (api: Scorm12API) =>
  new Reporter({
    scorm: ScormLink.open(api as unknown as Scorm12Api, opts),
    xapi: null,
    score: true,
    keepsGame: true,
    stamp: () => ({ id: '', timestamp: '' }),
  });
const play = strategiesFor(bundle).random!;

describe('the reporter with a SCORM platform', () => {
  it('reports a whole game, then resumes it in a new session at the same step with its answers', () => {
    const first = new Scorm12API({ logLevel: 5, autocommit: false });
    const one = reporterOn(first);
    const game = createGame({ bundle, seed: 21 });
    one.started(game, false);
    const r = rand(21);
    for (let i = 0; i < 40; i++) {
      game.send(play(game, r));
      one.progress(game);
    }
    one.leave(true);
    const half = cmiOf(first);
    expect(half.core.lesson_status).toBe('incomplete');
    expect(Object.keys(half.interactions)).toHaveLength(game.snapshot().machine.context.sim.decisions.length);

    const second = new Scorm12API({ logLevel: 5, autocommit: false });
    second.loadFromJSON({ ...half, core: { ...half.core, entry: 'resume' } }, 'cmi');
    const two = reporterOn(second);
    const back = fromResultCode(two.resume?.code, bundle);
    if (!back.ok) throw new Error(back.message);
    expect(back.game.log).toEqual(game.log);
    const resumed = back.game;
    two.started(resumed, true);
    while (!resumed.snapshot().machine.hasTag('debrief')) {
      resumed.send(play(resumed, r));
      two.progress(resumed);
    }
    expect(two.reflect(['Vraag 1', 'Vraag 2'], ['Meer luisteren naar de vloer.', ''], false)).toBe(true);
    const done = cmiOf(second);
    expect(done.core.lesson_status).toBe('completed');
    expect(Number(done.core.score.raw)).toBeGreaterThanOrEqual(0);
    expect(done.core.score.raw).not.toBe('');
    expect(Object.keys(done.interactions)).toHaveLength(resumed.snapshot().machine.context.sim.decisions.length);
    expect(done.suspend_data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(unpackSuspend(done.suspend_data)?.answers).toEqual(['Meer luisteren naar de vloer.', '']);

    // Answers that do not fit are refused; the last ones that fit stay.
    const wide = (n: number) =>
      Array.from({ length: ANSWER_MAX }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919 + n) % 20000))).join('');
    expect(two.reflect(['a', 'b', 'c'], [wide(1), wide(2), wide(3)], false)).toBe(false);
    expect(two.savedAnswers).toEqual(['Meer luisteren naar de vloer.', '']);
    expect(unpackSuspend(cmiOf(second).suspend_data)?.answers).toEqual(['Meer luisteren naar de vloer.', '']);

    // A new game starts with no answers, and the platform's game becomes the new one.
    const fresh = createGame({ bundle, seed: 22 });
    two.started(fresh, false);
    expect(two.savedAnswers).toEqual([]);
    expect(fromResultCode(two.resume?.code, bundle).ok && two.resume?.answers).toEqual([]);
  });

  it('the assignment: one field per question with its answer, a line when too long, one when handed in', () => {
    const a = assignmentView(['Wat nu?', 'En toen?'], { answers: ['Dit.'], tooLong: true, submitted: false });
    expect(a.questions).toEqual([
      { id: 'opdracht__antwoord-1', label: 'Wat nu?', answer: 'Dit.' },
      { id: 'opdracht__antwoord-2', label: 'En toen?', answer: '' },
    ]);
    expect(a.problem).toMatch(/te lang/);
    expect(a.status).toBeNull();
    expect(assignmentView([], { answers: [], tooLong: false, submitted: true }).status).toMatch(/ingeleverd/);
  });

  it('package settings from the page: malformed or foreign counts as absent', () => {
    const doc = (text: string | null) => ({
      getElementById: () => (text === null ? null : ({ textContent: text } as HTMLElement)),
    });
    expect(readPackage(doc(null))).toBeNull();
    expect(readPackage(doc('{kapot'))).toBeNull();
    expect(
      readPackage(doc('{"scenario":"het_baken","length":"masterclass","team":"ja","score":false,"title":"x"}')),
    ).toBeNull();
    expect(
      readPackage(doc('{"scenario":"het_baken","length":"masterclass","team":true,"score":false,"title":"x"}')),
    ).toMatchObject({ team: true });
  });
});
