import { describe, expect, it } from 'vitest';
import { breaks, playShown, type Shown, surveyContinuity } from '../../src/game/continuity';
import { compileInline } from './inline-ink';
import { bundle } from './scenario';

// 1,000 random games: 17 s in this test on the shared 2-core machine (load ~9); `npm run continuity`
// runs the same check from the command line (--games, --seed) and lists what broke, with seeds.
const GAMES = Number(process.env.CONTINUITY_GAMES ?? 1000);

describe('a story that never contradicts the player', () => {
  const survey = surveyContinuity(bundle, GAMES);
  it(`shows no text whose conditions fail, and breaks no continuity rule, in ${GAMES} random games`, () => {
    expect(survey.breaks.slice(0, 10)).toEqual([]);
  });

  it('keeps its word: each person has something true to say in at least 85% of quarters, 90% together', () => {
    for (const [id, c] of Object.entries(survey.coverage))
      expect(c.shown / c.quarters, id).toBeGreaterThanOrEqual(0.85);
    const all = Object.values(survey.coverage);
    const share = all.reduce((a, c) => a + c.shown, 0) / all.reduce((a, c) => a + c.quarters, 0);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  // The checker itself: texts from a real game, placed in a state that contradicts them.
  const shown = playShown(bundle, 7);
  const end = shown[shown.length - 1]!.state;
  const at = (text: string, where: string, state = end, kind: Shown['kind'] = 'dialogue'): Shown => ({
    kind,
    where,
    quarter: state.quarter,
    text,
    state,
  });
  const { locatie_sluiten: _, ...stillOpen } = end.bought;
  const open = { ...end, bought: stillOpen };
  const closed = { ...end, bought: { ...end.bought, locatie_sluiten: end.quarter - 2 } };

  it('finds a closed location used as the scene, but lets the move and reflection look back', () => {
    const text = 'Op De Meerkoet staan weer invallers op het rooster.';
    expect(breaks(bundle, [at(text, 'epiloog.een_jaar_later', closed)]).map((b) => b.rule)).toEqual([
      'gesloten_locatie',
    ]);
    expect(breaks(bundle, [at(text, 'epiloog.een_jaar_later', open)])).toEqual([]);
    expect(breaks(bundle, [at(text, 'jansen.verhuisd', closed)])).toEqual([]);
  });

  it('finds a decision described as its opposite, and a person at work while off sick', () => {
    const paid = { ...end, flags: { ...end.flags, functies_eigen_begroting: 1 } };
    expect(breaks(bundle, [at('Het projectgeld is op.', 'sanne.x', paid)]).map((b) => b.rule)).toEqual([
      'functies_uit_eigen_begroting',
    ]);
    const sick = { ...end, flags: { ...end.flags, ans_ziek: 1 }, values: { ...end.values, werkdruk: 9 } };
    expect(breaks(bundle, [at('Ans draait weer extra diensten.', 'events.x', sick)]).map((b) => b.rule)).toContain(
      'ans_ziek_niet_aan_het_werk',
    );
  });

  it('finds a vignette repeated word for word, and one shown while its condition fails', () => {
    const v = shown.find((x) => x.kind === 'vignette')!;
    expect(breaks(bundle, [v, { ...v, quarter: v.quarter + 1 }]).map((b) => b.rule)).toEqual([
      'vignet_herhaalt_woordelijk',
    ]);
    const fall = at('Mevrouw Jansen is gevallen.', 'jansen.verhuisd', open, 'vignette');
    expect(breaks(bundle, [fall]).map((b) => b.rule)).toEqual(['voorwaarde: bought.locatie_sluiten >= 2']);
  });

  it('finds a conversation that stopped with an error (the message the player saw)', () => {
    const { story, knot } = bundle.scenario.intro;
    const broken = compileInline(`=== ${knot} ===\nHallo. {test("((")}\n-> END\n`, 'kapot.ink');
    const played = playShown({ ...bundle, stories: { ...bundle.stories, [story]: broken } }, 7);
    expect(breaks(bundle, played).map((b) => [b.rule, b.where])).toEqual([['gesprek_liep_vast', `${story}.${knot}`]]);
  });
});
