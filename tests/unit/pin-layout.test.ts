/** The pins on the town map: apart from each other, inside the town, clear of the places' names. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPins } from '../../scenes/pin-layout';

const W = 60;
const H = 40;
const bounds = { x: 0, y: 60, w: 512, h: 700 };

describe('layoutPins', () => {
  it("puts a place's pins in rows of three above it when there is room", () => {
    const [row] = layoutPins([{ x: 250, y: 400, count: 4 }], W, H, bounds);
    expect(row?.map((p) => [p.x, p.y])).toEqual([
      [190, 376],
      [250, 376],
      [310, 376],
      [250, 336],
    ]);
  });

  it('never lets two pins overlap, or leave the town, or cover a name (random towns)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 40, max: 470 }),
            y: fc.integer({ min: 200, max: 700 }),
            count: fc.integer({ min: 1, max: 5 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (groups) => {
          // Names under each place, as the scene draws them.
          const names = groups.map((g) => ({ x: g.x, y: g.y + 30, w: 90, h: 18 }));
          const total = groups.reduce((a, g) => a + g.count, 0);
          // Only towns with room enough: a full map cannot be solved, and the scenario's is not full.
          fc.pre(total * W * H * 3 < bounds.w * bounds.h);
          const all = layoutPins(groups, W, H, bounds, names).flat();
          expect(all).toHaveLength(total);
          for (const p of all) {
            expect(p.x).toBeGreaterThanOrEqual(bounds.x + W / 2 - 0.01);
            expect(p.x).toBeLessThanOrEqual(bounds.x + bounds.w - W / 2 + 0.01);
          }
          let overlaps = 0;
          for (const [i, a] of all.entries())
            for (const b of all.slice(i + 1))
              if (Math.abs(a.x - b.x) < W - 1 && Math.abs(a.y - b.y) < H - 1) overlaps++;
          return overlaps === 0;
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
