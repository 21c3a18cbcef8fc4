/**
 * Where the pins stand: each location's pins in rows of up to three above its building, then
 * nudged apart until no two overlap and none covers a place's name (neighbouring places can be
 * close on a small map). Pure, so
 * that a test can check it without a browser.
 */
export interface PinBox {
  x: number;
  y: number;
}

const PER_ROW = 3;
const ROUNDS = 200;

/**
 * `groups`: per location, its centre and how many pins stand there. `w`, `h`: one pin's box with its
 * name; `bounds`: the area the pins must stay in. Returns the centres, per group, in order.
 */
export function layoutPins(
  groups: readonly { x: number; y: number; count: number }[],
  w: number,
  h: number,
  bounds: { x: number; y: number; w: number; h: number },
  /** Boxes the pins must not cover (the places' names), by their centre and size. */
  keepClear: readonly { x: number; y: number; w: number; h: number }[] = [],
): PinBox[][] {
  const out = groups.map((g) =>
    Array.from({ length: g.count }, (_, k) => {
      const row = Math.floor(k / PER_ROW);
      const inRow = Math.min(PER_ROW, g.count - row * PER_ROW);
      return { x: g.x + ((k % PER_ROW) - (inRow - 1) / 2) * w, y: g.y - h * (0.6 + row) };
    }),
  );
  const all = out.flat();
  const clamp = (p: PinBox) => {
    p.x = Math.min(bounds.x + bounds.w - w / 2, Math.max(bounds.x + w / 2, p.x));
    p.y = Math.min(bounds.y + bounds.h - h / 2, Math.max(bounds.y + h / 2, p.y));
  };
  for (const p of all) clamp(p);
  // Push overlapping boxes apart along the axis where they overlap least, half each way. Names are
  // kept clear in the first rounds only: on a crowded map, pins apart matters more than a name.
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i] as PinBox;
        const b = all[j] as PinBox;
        const ox = w - Math.abs(a.x - b.x);
        const oy = h - Math.abs(a.y - b.y);
        if (ox <= 0.5 || oy <= 0.5) continue;
        moved = true;
        if (ox < oy) {
          const d = (ox / 2) * (a.x <= b.x ? 1 : -1);
          a.x -= d;
          b.x += d;
        } else {
          const d = (oy / 2) * (a.y <= b.y ? 1 : -1);
          a.y -= d;
          b.y += d;
        }
        clamp(a);
        clamp(b);
      }
    if (round < ROUNDS / 2)
      for (const p of all)
        for (const k of keepClear) {
          const ox = (w + k.w) / 2 - Math.abs(p.x - k.x);
          const oy = (h + k.h) / 2 - Math.abs(p.y - k.y);
          if (ox <= 0.5 || oy <= 0.5) continue;
          moved = true;
          if (ox < oy) p.x += ox * (p.x < k.x ? -1 : 1);
          else p.y += oy * (p.y < k.y ? -1 : 1);
          clamp(p);
        }
    if (!moved) break;
  }
  return out;
}
