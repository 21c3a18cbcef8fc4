/** The start screen's length choices come from the scenario, the full trajectory first. */
import { describe, expect, it } from 'vitest';
import { lengthChoices } from '../../../src/view/lengths';
import { bundle } from '../scenario';

describe('lengthChoices', () => {
  it('offers the full trajectory first and the masterclass, each with a plain line', () => {
    const choices = lengthChoices(bundle);
    expect(choices.map((c) => c.id)).toEqual(['volledig', 'masterclass']);
    for (const c of choices) {
      expect(Object.keys(c).sort()).toEqual(['blurb', 'id', 'label']);
      // It says how long it takes: "ongeveer 45 minuten", "ruim een uur tot anderhalf uur".
      expect(c.blurb).toMatch(/minuten|uur/);
    }
  });
});
