/**
 * A conversation the player can have again and again (an agenda item that is not `once`, the plan's
 * approval after a rejection, a visit by the inspector) must never run out of choices: ink's
 * once-only choices (`*`) are gone once taken, and a knot whose options have all been taken ends in
 * "ran out of content". Each such knot is started as often as a game has quarters, in one story,
 * with the conditions all false, all true and mixed, taking the first, the last or a varying option.
 */
import { describe, expect, it } from 'vitest';
import { Narrative } from '../../src/narrative/conversation';
import { bundle } from './scenario';

const repeatable = [
  ...bundle.agenda.items.filter((i) => !i.once).map((i) => ({ story: i.story, knot: i.knot, why: `agenda ${i.id}` })),
  { ...bundle.plan.approval, why: 'goedkeuring van het plan' },
  ...bundle.inspection.visits.map((v) => ({ story: v.story, knot: v.knot, why: `bezoek ${v.id}` })),
];

describe('conversations that can come back', () => {
  it.each(repeatable)('$why ($story → $knot) never runs out of choices', ({ story, knot }) => {
    for (const answers of ['false', 'true', 'mixed'] as const)
      for (const pick of ['first', 'last', 'turn'] as const) {
        let asked = 0;
        const n = new Narrative(
          bundle.stories,
          {
            get: () => 50,
            test: () => (answers === 'mixed' ? asked++ % 2 === 0 : answers === 'true'),
          },
          () => {},
          1,
        );
        for (let time = 0; time < bundle.scenario.quarters + 1; time++) {
          let step = n.start(story, knot);
          for (let i = 0; !step.ended && i < 20; i++) {
            expect(step.choices.length).toBeGreaterThan(0);
            const at = pick === 'first' ? 0 : pick === 'last' ? step.choices.length - 1 : time % step.choices.length;
            step = n.choose(at) ?? step;
          }
          expect(step.error, `${answers}/${pick}, keer ${time + 1}`).toBeUndefined();
          expect(step.ended).toBe(true);
        }
      }
  });
});
